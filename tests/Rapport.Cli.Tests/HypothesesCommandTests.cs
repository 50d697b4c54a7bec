using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary><c>rapport hypotheses</c> through the real CLI, over the reference report.</summary>
public sealed class HypothesesCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepoPaths.RepoRoot, "samples", "hypotheses", "iran-hamas.yaml");
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-hypotheses-").FullName;
    private readonly RapportCli _cli;

    public HypothesesCommandTests() => _cli = new RapportCli(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_sample_hypotheses_rank_every_hypothesis_over_the_reference_report_and_write_the_matrix()
    {
        await _cli.RunAsync("ingest", Path.Combine(RepoPaths.SharedDir, "corpus"));

        var result = await _cli.RunAsync("hypotheses", Sample, "--csv", "matrix.csv");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Stderr);
        foreach (var id in new[] { "H1", "H2", "H3" })
        {
            Assert.Single(result.OutputLines, l => l.StartsWith("rank ", StringComparison.Ordinal) && l.Contains($"\t{id}\tweighted inconsistency ", StringComparison.Ordinal));
        }

        // Explicit tags print bare, rule suggestions with '?'.
        Assert.Contains(result.OutputLines, l => l.StartsWith("E", StringComparison.Ordinal) && l.Contains("\tC\t", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("E", StringComparison.Ordinal) && l.Contains("?\t", StringComparison.Ordinal));
        var csv = await File.ReadAllLinesAsync(Path.Combine(_folder, "matrix.csv"));
        Assert.Equal("evidence,reference,date,kind,text,credibility,weight,H1,H2,H3", csv[0]);
    }

    [Fact]
    public async Task Facts_print_the_reference_a_hypotheses_file_uses()
    {
        await _cli.RunAsync("ingest", Path.Combine(RepoPaths.SharedDir, "corpus"));

        var facts = await _cli.RunAsync("facts", "--kind", "statement");

        Assert.Contains(facts.OutputLines, l => l.EndsWith("\tstatement:7598c229bd8d@5644", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hypotheses:\n  - id: H1\n    title: [unclosed\n", "bad.yaml line ")]
    [InlineData("hypotheses:\n  - id: H1\n    title: t\n    consistent: [statement:0000000000@1]\n", "bad.yaml line 4: no statement, meeting or support claim")]
    public async Task A_bad_hypotheses_file_is_one_line_naming_the_line(string text, string message)
    {
        await _cli.RunAsync("init");
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad.yaml"), text);

        var result = await _cli.RunAsync("hypotheses", "bad.yaml");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: " + message, line, StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace);
    }
}
