using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class ReferenceReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Ingesting_the_reference_corpus_makes_it_searchable_and_a_second_ingest_adds_nothing()
    {
        var cli = new RapportCli(_folder);
        var corpus = Path.Combine(RepoPaths.SharedDir, "corpus");

        var first = await cli.RunAsync("ingest", corpus);
        var search = await cli.RunAsync("search", "Qods Force");
        var second = await cli.RunAsync("ingest", corpus);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 added, 0 already present, 0 rejected", first.Stdout);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("Iran-Hamas Rapprochement", search.OutputLines[0]);
        Assert.Contains("Qods Force", search.OutputLines[1]);
        Assert.Contains("1 hits", search.Stdout);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 1 already present, 0 rejected", second.Stdout);
    }

    [Fact]
    public async Task A_document_found_by_search_can_be_shown_by_its_short_id()
    {
        var cli = new RapportCli(_folder);
        await cli.RunAsync("ingest", Path.Combine(RepoPaths.SharedDir, "corpus"));
        var listing = await cli.RunAsync("documents");
        var shortId = listing.OutputLines[0].Split('\t')[0];

        var shown = await cli.RunAsync("show", shortId[..8], "--no-text");

        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("title:      Iran-Hamas Rapprochement: the Current Situation", shown.Stdout);
        Assert.Contains("1 of 1 documents", listing.Stdout);
    }

    [Fact]
    public async Task Init_creates_an_empty_knowledge_base_at_the_given_path()
    {
        var cli = new RapportCli(_folder);

        var result = await cli.RunAsync("init", "--db", "team.db");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_folder, "team.db")));
        Assert.Contains($"schema version {Rapport.Storage.Sqlite.SqliteKnowledgeStore.LatestSchemaVersion}, 0 documents", result.Stdout);
    }
}
