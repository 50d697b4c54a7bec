using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class KnowledgeJsonCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-json-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Export_json_then_import_into_a_fresh_store_then_export_again_gives_the_same_bytes()
    {
        var cli = new RapportCli(_folder);
        await cli.RunAsync("ingest", Path.Combine(RepoPaths.RepoRoot, "samples", "corpus"), Path.Combine(RepoPaths.SharedDir, "corpus"));
        await cli.RunAsync("sources", "grade", "Fars", "D");

        var first = await cli.RunAsync("export", "json", "-o", "first.json");
        var import = await cli.RunAsync("import", "json", "first.json", "--db", "fresh.db");
        var second = await cli.RunAsync("export", "json", "-o", "second.json", "--db", "fresh.db");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("14 documents with their facts", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("14 documents added", import.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_folder, "first.json")), await File.ReadAllBytesAsync(Path.Combine(_folder, "second.json")));
    }

    [Fact]
    public async Task Importing_a_file_that_is_not_an_export_is_one_line_and_changes_nothing()
    {
        var cli = new RapportCli(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad.json"), "{\"format\":\"rapport-knowledge\",\"version\":1,\"documents\":[{\"id\":\"00\"}]}");

        var run = await cli.RunAsync("import", "json", "bad.json", "--db", "fresh.db");
        var documents = await cli.RunAsync("documents", "--db", "fresh.db");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("documents[0]", run.Stderr, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace);
        Assert.DoesNotContain("added", documents.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_export_of_a_dyad_is_refused_with_a_reason()
    {
        var cli = new RapportCli(_folder);
        await cli.RunAsync("ingest", Path.Combine(RepoPaths.SharedDir, "corpus"));

        var run = await cli.RunAsync("export", "json", "-o", "kb.json", "--dyad", "Iran", "Hamas");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--dyad does not apply", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "kb.json")));
    }
}
