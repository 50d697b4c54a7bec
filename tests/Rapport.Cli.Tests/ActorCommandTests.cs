namespace Rapport.Cli.Tests;

/// <summary>Actor resolution and corroboration across documents, through the real CLI.</summary>
public sealed class ActorCommandTests : IDisposable
{
    private static readonly string[] SameMeeting =
    [
        "Saleh al-Arouri met Ali Larijani in Tehran on October 21, 2017 (Tasnim, October 21, 2017).",
        "Salih al-Aruri met Ali Larijani in Tehran on October 21, 2017 (Fars, October 22, 2017).",
        "Saleh al-Aruri met Ali Larijani in Tehran on October 21, 2017 (Al-Mayadeen, October 21, 2017).",
    ];

    private const string NamePartsShared =
        "Sadeq Larijani met Ismail Haniyeh in Tehran on May 3, 2018 (IRNA, May 3, 2018). "
        + "Ismail Radwan, the Hamas official, met Sadeq Larijani in Tehran on May 5, 2018 (Tasnim, May 5, 2018).";

    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-actors-").FullName;
    private readonly RapportCli _cli;

    public ActorCommandTests() => _cli = new RapportCli(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Three_documents_reporting_one_meeting_in_different_spellings_are_one_fact_with_three_documents()
    {
        await IngestAsync(SameMeeting);

        var facts = await _cli.RunAsync("facts", "--kind", "meeting");
        var actors = await _cli.RunAsync("actors");

        Assert.Equal(ExitCodes.Ok, facts.ExitCode);
        var meeting = Assert.Single(facts.OutputLines, l => l.StartsWith("2017-10-21\t", StringComparison.Ordinal));
        Assert.Contains("\t3 documents\t3 outlets\t", meeting, StringComparison.Ordinal);
        Assert.Contains("1 facts from 3 reports", facts.Stdout, StringComparison.Ordinal);
        Assert.Single(actors.OutputLines, l => l.StartsWith("Saleh al-Arouri\tperson\t3\t", StringComparison.Ordinal));
        Assert.DoesNotContain(actors.OutputLines, l => l.StartsWith("Salih al-Aruri\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Grading_the_outlets_raises_the_credibility_of_the_corroborated_meeting()
    {
        await IngestAsync(SameMeeting);

        var before = await _cli.RunAsync("facts", "--kind", "meeting");
        var graded = await _cli.RunAsync("sources", "grade", "tasnim", "B", "--by", "tester");
        var after = await _cli.RunAsync("facts", "--kind", "meeting", "--actor", "Salih al-Aruri");
        var sources = await _cli.RunAsync("sources");

        Assert.Contains("\t3 possibly true\t", before.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, graded.ExitCode);
        Assert.Contains("\t1 confirmed\t", after.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tasnim (B)", after.Stdout, StringComparison.Ordinal);
        Assert.Contains(sources.OutputLines, l => l.StartsWith("Tasnim\tB\t", StringComparison.Ordinal));
        Assert.Contains(sources.OutputLines, l => l.StartsWith("Fars\tF (ungraded)\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_merge_is_undone_by_one_split_and_stays_undone_after_reingest_and_new_documents()
    {
        var paths = await IngestAsync(SameMeeting);
        await IngestAsync(NamePartsShared);

        var merge = await _cli.RunAsync("actors", "merge", "Ali Larijani", "Sadeq Larijani", "--why", "test of a wrong merge", "--by", "tester");
        var merged = await _cli.RunAsync("actors");
        var split = await _cli.RunAsync("actors", "split", "Ali Larijani", "Sadeq Larijani", "--by", "tester");
        await _cli.RunAsync(["ingest", .. paths]);
        await IngestAsync("Ali Larijani met Saleh al-Arouri in Tehran on January 5, 2018 (Fars, January 5, 2018).");
        var after = await _cli.RunAsync("actors");

        Assert.Equal(ExitCodes.Ok, merge.ExitCode);
        Assert.Contains(merged.OutputLines, l => l.StartsWith("Ali Larijani\t", StringComparison.Ordinal) && l.Contains("Sadeq Larijani", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Ok, split.ExitCode);
        Assert.Contains(after.OutputLines, l => l.StartsWith("Ali Larijani\tperson\t4\t", StringComparison.Ordinal));
        Assert.Contains(after.OutputLines, l => l.StartsWith("Sadeq Larijani\tperson\t1\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task People_who_share_only_a_name_part_are_never_proposed_nor_merged()
    {
        await IngestAsync(SameMeeting);
        await IngestAsync(NamePartsShared);

        var candidates = await _cli.RunAsync("actors", "candidates");
        var actors = await _cli.RunAsync("actors");

        Assert.Equal(ExitCodes.Ok, candidates.ExitCode);
        Assert.DoesNotContain("Larijani", candidates.Stdout.Replace("0 candidates", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Ismail", candidates.Stdout, StringComparison.Ordinal);
        foreach (var person in new[] { "Ali Larijani", "Sadeq Larijani", "Ismail Radwan" })
        {
            Assert.Single(actors.OutputLines, l => l.StartsWith(person + "\t", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("actors", "merge", "Nobody Known", "Ali Larijani")]
    [InlineData("actors", "split", "Ali Larijani", "Ali Larijani")]
    [InlineData("facts", "--kind", "support")]
    [InlineData("facts", "--actor", "Nobody Known")]
    [InlineData("sources", "grade", "Tasnim", "G")]
    public async Task Bad_actor_and_source_arguments_are_one_line_user_errors(params string[] args)
    {
        await IngestAsync(SameMeeting);

        var result = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(result.ErrorLines));
        Assert.True(result.HasNoStackTrace);
    }

    private async Task<string[]> IngestAsync(params string[] texts)
    {
        var paths = texts.Select(text =>
        {
            var path = Path.Combine(_folder, $"doc-{Guid.NewGuid():N}.txt");
            File.WriteAllText(path, text + "\n");
            return path;
        }).ToArray();
        var result = await _cli.RunAsync(["ingest", .. paths]);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        return paths;
    }
}
