using System.Xml.Linq;
using Rapport.Analysis.Networks;
using Rapport.Model;
using Rapport.Services.Exports;

namespace Rapport.Services.Tests.Exports;

[Collection(ExportCollection.Name)]
public sealed class NetworkExportScopeTests
{
    private readonly ExportStore _kb;

    public NetworkExportScopeTests(ExportStore kb) => _kb = kb;

    [Fact]
    public async Task Without_a_scope_the_export_is_the_network_of_rapport_network()
    {
        var exported = await new NetworkExporter(_kb.Store).BuildAsync(ExportScope.All);
        var network = await new NetworkService(_kb.Store).BuildAsync(YearMonth.MinValue, YearMonth.MaxValue);

        Assert.Equal(network.Nodes, exported.Nodes);
        Assert.Equal(network.Edges, exported.Edges);
    }

    [Fact]
    public async Task A_period_drops_undated_edges_and_a_dyad_keeps_edges_between_its_sides()
    {
        var all = await new NetworkExporter(_kb.Store).BuildAsync(ExportScope.All);
        var period = await new NetworkExporter(_kb.Store).BuildAsync(new ExportScope(new YearMonth(2017, 1), new YearMonth(2017, 12)));
        var dyad = await new NetworkExporter(_kb.Store).BuildAsync(new ExportScope(SideA: "Iran", SideB: "Hamas"));

        Assert.Contains(all.Edges, e => !e.Start.IsKnown);
        Assert.All(period.Edges, e => Assert.Equal(2017, e.Start.Year));
        Assert.NotEmpty(dyad.Edges);
        Assert.True(dyad.Edges.Count < all.Edges.Count);
        Assert.All(dyad.Nodes, n => Assert.Contains(dyad.Edges, e => e.Source == n.Id || e.Target == n.Id));
    }

    [Theory]
    [InlineData(ExportFormat.GraphMl)]
    [InlineData(ExportFormat.Gexf)]
    public async Task The_files_read_back_and_are_byte_identical_across_exports(ExportFormat format)
    {
        var scope = new ExportScope(SideA: "Iran", SideB: "Hamas");
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        await new NetworkExporter(_kb.Store).WriteAsync(scope, format, first);
        await new NetworkExporter(_kb.Store).WriteAsync(scope, format, second);

        Assert.Equal(first.ToArray(), second.ToArray());
        first.Position = 0;
        using var text = new StreamReader(first);
        var read = format == ExportFormat.Gexf ? GexfReader.Read(text) : GraphMlReader.Read(text);
        var expected = await new NetworkExporter(_kb.Store).BuildAsync(scope);
        Assert.Equal(expected.Edges.Count, read.Edges.Count);
        Assert.NotNull(XDocument.Parse(System.Text.Encoding.UTF8.GetString(second.ToArray()).TrimStart('\uFEFF')).Root);
    }
}
