using System.Text.Json;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>A folder with the sample corpus ingested by the real program, shared by the export command's tests.</summary>
public sealed class IngestedSamples : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("rapport-export-cli-").FullName;

    public async Task InitializeAsync()
    {
        var result = await new RapportCli(Folder).RunAsync("ingest", Path.Combine(RepoPaths.RepoRoot, "samples", "corpus"));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class ExportCommandTests : IClassFixture<IngestedSamples>
{
    private readonly IngestedSamples _samples;
    private readonly RapportCli _cli;

    public ExportCommandTests(IngestedSamples samples)
    {
        _samples = samples;
        _cli = new RapportCli(samples.Folder);
    }

    [Theory]
    [InlineData("stix", "out/bundle.json")]
    [InlineData("ftm", "out/entities.ftm.json")]
    [InlineData("graphml", "out/network.graphml")]
    [InlineData("gexf", "out/network.gexf")]
    public async Task Each_format_writes_its_file_and_exits_0(string format, string output)
    {
        var result = await _cli.RunAsync("export", format, "-o", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Contains($"written to {output}", result.Stdout, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(_samples.Folder, output)).Length > 100);
        Assert.False(File.Exists(Path.Combine(_samples.Folder, output + ".partial")));
    }

    [Fact]
    public async Task Csv_writes_both_tables_into_the_folder_given()
    {
        var result = await _cli.RunAsync("export", "csv", "-o", "tables");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var entities = await File.ReadAllLinesAsync(Path.Combine(_samples.Folder, "tables", "entities.csv"));
        var links = await File.ReadAllLinesAsync(Path.Combine(_samples.Folder, "tables", "links.csv"));
        Assert.Equal("id,label,type,aliases,affiliation,documents", entities[0].TrimStart('\uFEFF'));
        Assert.Equal("from,to,type,date,weight,credibility,description,sources,evidence", links[0].TrimStart('\uFEFF'));
        Assert.True(entities.Length > 10 && links.Length > 5);
    }

    [Fact]
    public async Task A_stix_export_for_a_dyad_and_period_is_the_same_twice_and_has_only_the_dyads_relationships()
    {
        var first = await _cli.RunAsync("export", "stix", "--dyad", "Iran", "Hamas", "--from", "2014-01", "--to", "2018-12", "-o", "dyad-1.json");
        var second = await _cli.RunAsync("export", "stix", "-o", "dyad-2.json", "--dyad", "Iran", "--dyad", "Hamas", "--from", "2014-01", "--to", "2018-12", "--strict");
        var third = await _cli.RunAsync("export", "stix", "--dyad", "Iran", "Hamas", "--from", "2014-01", "--to", "2018-12", "-o", "dyad-3.json");

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(_samples.Folder, "dyad-1.json"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_samples.Folder, "dyad-3.json")));
        using var bundle = JsonDocument.Parse(bytes);
        var relationships = bundle.RootElement.GetProperty("objects").EnumerateArray().Where(o => o.GetProperty("type").GetString() == "relationship").ToList();
        Assert.NotEmpty(relationships);
        Assert.DoesNotContain(relationships, r => r.GetProperty("description").GetString()!.Contains("Erdogan", StringComparison.Ordinal));
        using var strict = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(_samples.Folder, "dyad-2.json")));
        Assert.All(
            strict.RootElement.GetProperty("objects").EnumerateArray().Where(o => o.GetProperty("type").GetString() == "relationship"),
            r => Assert.Equal("related-to", r.GetProperty("relationship_type").GetString()));
        Assert.Equal(0, third.ExitCode);
    }

    [Theory]
    [InlineData("export", "xml", "-o", "x.xml")]
    [InlineData("export", "stix")]
    [InlineData("export", "stix", "-o", "x.json", "--from", "2018-13")]
    [InlineData("export", "stix", "-o", "x.json", "--to", "May")]
    [InlineData("export", "stix", "-o", "x.json", "--from", "2018-05", "--to", "2018-01")]
    [InlineData("export", "stix", "-o", "x.json", "--dyad", "Iran")]
    [InlineData("export", "stix", "-o", "x.json", "Hamas")]
    [InlineData("export", "stix", "-o", "x.json", "--dyad", "Iran", "Atlantis")]
    public async Task Bad_arguments_are_one_line_user_errors_and_write_nothing(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(result.ErrorLines));
        Assert.True(result.HasNoStackTrace);
        Assert.False(File.Exists(Path.Combine(_samples.Folder, "x.json")));
    }

    [Fact]
    public async Task Without_a_knowledge_base_it_says_so_and_creates_none()
    {
        var empty = Directory.CreateTempSubdirectory("rapport-export-empty-").FullName;
        try
        {
            var result = await new RapportCli(empty).RunAsync("export", "stix", "-o", "bundle.json");

            Assert.Equal(ExitCodes.UserError, result.ExitCode);
            Assert.Equal("error: no knowledge base at rapport.db; create one with 'rapport init' or 'rapport ingest'", Assert.Single(result.ErrorLines));
            Assert.False(File.Exists(Path.Combine(empty, "rapport.db")));
            Assert.False(File.Exists(Path.Combine(empty, "bundle.json")));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
