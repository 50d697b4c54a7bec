using System.Text.RegularExpressions;
using Rapport.Analysis.Networks;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed partial class AnalysisCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-analysis-").FullName;
    private readonly RapportCli _cli;

    public AnalysisCommandTests() => _cli = new RapportCli(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Network_writes_graphml_and_gexf_that_load_back_with_every_actor_and_edge()
    {
        await _cli.RunAsync("ingest", Path.Combine(RepoPaths.SharedDir, "corpus"));

        var graphml = await _cli.RunAsync("network", "-o", "network.graphml");
        var gexf = await _cli.RunAsync("network", "-o", "network.gexf");

        Assert.Equal(ExitCodes.Ok, graphml.ExitCode);
        Assert.Equal(ExitCodes.Ok, gexf.ExitCode);
        var counts = Counts().Match(graphml.Stdout);
        Assert.True(counts.Success, graphml.Stdout);
        var (actors, edges) = (int.Parse(counts.Groups[1].Value), int.Parse(counts.Groups[2].Value));
        Assert.True(actors > 10);
        using (var file = File.OpenText(Path.Combine(_folder, "network.graphml")))
        {
            var loaded = GraphMlReader.Read(file);
            Assert.Equal(actors, loaded.Nodes.Count);
            Assert.Equal(edges, loaded.Edges.Count);
        }

        using (var file = File.OpenText(Path.Combine(_folder, "network.gexf")))
        {
            var loaded = GexfReader.Read(file);
            Assert.Equal(actors, loaded.Nodes.Count);
            Assert.Equal(edges, loaded.Edges.Count);
        }

        Assert.Contains(graphml.OutputLines, l => l.StartsWith("broker\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dyad_prints_a_month_per_row_and_writes_its_chart_and_table()
    {
        await _cli.RunAsync("ingest", Path.Combine(RepoPaths.SharedDir, "corpus"));

        var result = await _cli.RunAsync("dyad", "Iran", "Hamas", "--from", "2017-01", "--to", "2018-02", "--svg", "dyad.svg", "--csv", "dyad.csv");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(14, result.OutputLines.Count(l => MonthRow().IsMatch(l)));
        Assert.StartsWith("<svg", await File.ReadAllTextAsync(Path.Combine(_folder, "dyad.svg")));
        Assert.Equal(15, (await File.ReadAllLinesAsync(Path.Combine(_folder, "dyad.csv"))).Length);
    }

    [Theory]
    [InlineData("dyad", "Iran", "Atlantis")]
    [InlineData("dyad", "Iran", "Hamas", "--from", "2017-13")]
    [InlineData("network", "-o", "network.png")]
    public async Task Bad_analysis_arguments_are_one_line_user_errors(params string[] args)
    {
        await _cli.RunAsync("init");

        var result = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(result.ErrorLines));
    }

    [GeneratedRegex(@"(\d+) actors, (\d+) edges")]
    private static partial Regex Counts();

    [GeneratedRegex(@"^\d{4}-\d{2}\t")]
    private static partial Regex MonthRow();
}
