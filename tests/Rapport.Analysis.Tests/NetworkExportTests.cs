using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Rapport.Analysis.Networks;
using Rapport.Model;
using Rapport.Testing;

namespace Rapport.Analysis.Tests;

public sealed class NetworkExportTests
{
    private static readonly string SchemaDir = Path.Combine(AppContext.BaseDirectory, "data", "schemas");

    private static ActorNetwork Sample()
    {
        var network = new ActorNetwork()
            .AddNode(new NetworkNode(new ActorId("state/a"), "State A", ActorKind.State, "axis"))
            .AddNode(new NetworkNode(new ActorId("org/b"), "Movement B & Co <wing>", ActorKind.Organization, "axis"))
            .AddNode(new NetworkNode(new ActorId("person/c"), "Person C", ActorKind.Person))
            .AddNode(new NetworkNode(new ActorId("unit/d"), "Unit D", ActorKind.Unit, "other"));
        network.AddEdge(new NetworkEdge(new ActorId("state/a"), new ActorId("org/b"), EdgeKind.Support, 3, PartialDate.OfYear(2015), PartialDate.OfMonth(2017, 8), SupportKind.Weapons));
        network.AddEdge(new NetworkEdge(new ActorId("person/c"), new ActorId("state/a"), EdgeKind.Meeting, 1, PartialDate.OfDay(2017, 8, 14)));
        network.AddEdge(new NetworkEdge(new ActorId("org/b"), new ActorId("unit/d"), EdgeKind.Statement, 0.25));
        network.AddEdge(new NetworkEdge(new ActorId("state/a"), new ActorId("org/b"), EdgeKind.Support, 1.5, PartialDate.OfMonth(2019, 2), Support: SupportKind.Funds));
        return network;
    }

    private static string GraphMl(ActorNetwork network)
    {
        using var writer = new StringWriter();
        GraphMlWriter.Write(network, writer);
        return writer.ToString();
    }

    private static string Gexf(ActorNetwork network)
    {
        using var writer = new StringWriter();
        GexfWriter.Write(network, writer);
        return writer.ToString();
    }

    private static List<string> Validate(string xml, XmlSchemaSet schemas)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception?.LineNumber}:{e.Exception?.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet GraphMlSchemas()
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalSchemaResolver(Path.Combine(SchemaDir, "graphml")) };
        set.Add(GraphMlWriter.Namespace, Path.Combine(SchemaDir, "graphml", "graphml.xsd"));
        set.Compile();
        return set;
    }

    private static XmlSchemaSet GexfSchemas(string folder)
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalSchemaResolver(folder) };
        set.Add(GexfWriter.Namespace, Path.Combine(folder, "gexf.xsd"));
        set.Compile();
        return set;
    }

    [Fact]
    public void The_graphml_output_is_valid_against_the_graphml_schema()
    {
        var errors = Validate(GraphMl(Sample()), GraphMlSchemas());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_graphml_schema_catches_an_edge_to_a_missing_node()
    {
        var xml = GraphMl(Sample()).Replace("target=\"n1\"", "target=\"n99\"", StringComparison.Ordinal);
        Assert.NotEmpty(Validate(xml, GraphMlSchemas()));
    }

    [Fact]
    public void Every_graphml_attribute_has_a_key_declaration()
    {
        var doc = XDocument.Parse(GraphMl(Sample()));
        XNamespace ns = GraphMlWriter.Namespace;
        var keys = doc.Root!.Elements(ns + "key").ToDictionary(k => (string)k.Attribute("id")!);
        Assert.All(keys.Values, k => Assert.NotNull(k.Attribute("attr.type")));
        Assert.Equal("double", (string)keys["weight"].Attribute("attr.type")!);
        Assert.All(doc.Descendants(ns + "data"), d => Assert.Contains((string)d.Attribute("key")!, keys.Keys));
        Assert.Equal("false", (string?)doc.Descendants(ns + "edge").ElementAt(1).Attribute("directed"));
    }

    [Fact]
    public void The_gexf_output_is_valid_against_the_repaired_gexf_1_3_schema()
    {
        var errors = Validate(Gexf(Sample()), GexfSchemas(Path.Combine(SchemaDir, "gexf-1.3")));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_gexf_schema_catches_a_bad_spell_date()
    {
        var xml = Gexf(Sample()).Replace("start=\"2015-01-01\"", "start=\"first of January\"", StringComparison.Ordinal);
        Assert.NotEmpty(Validate(xml, GexfSchemas(Path.Combine(SchemaDir, "gexf-1.3"))));
    }

    [Fact]
    public void The_published_gexf_1_3_schema_does_not_compile_which_is_why_a_repaired_copy_is_kept()
    {
        var error = Assert.ThrowsAny<XmlSchemaException>(() => GexfSchemas(Path.Combine(SchemaDir, "gexf-1.3", "upstream")));
        Assert.Contains("graph-content", error.Message + string.Join(" ", error.InnerException?.Message));
    }

    [Fact]
    public void The_gexf_graph_is_dynamic_with_date_spells_on_edges_and_nodes()
    {
        var doc = XDocument.Parse(Gexf(Sample()));
        XNamespace ns = GexfWriter.Namespace;
        var graph = doc.Root!.Element(ns + "graph")!;
        Assert.Equal("dynamic", (string)graph.Attribute("mode")!);
        Assert.Equal("date", (string)graph.Attribute("timeformat")!);

        var edges = graph.Element(ns + "edges")!.Elements(ns + "edge").ToList();
        var firstSpell = edges[0].Element(ns + "spells")!.Element(ns + "spell")!;
        Assert.Equal("2015-01-01", (string)firstSpell.Attribute("start")!);
        Assert.Equal("2017-08-31", (string)firstSpell.Attribute("end")!);
        Assert.Null(edges[2].Element(ns + "spells"));
        Assert.Equal("undirected", (string)edges[1].Attribute("type")!);

        var stateA = graph.Element(ns + "nodes")!.Elements(ns + "node").Single(n => (string)n.Attribute("id")! == "state/a");
        var nodeSpell = stateA.Element(ns + "spells")!.Element(ns + "spell")!;
        Assert.Equal("2015-01-01", (string)nodeSpell.Attribute("start")!);
        Assert.Equal("2019-02-28", (string)nodeSpell.Attribute("end")!);
    }

    [Fact]
    public void A_network_round_trips_through_graphml()
    {
        var original = Sample();
        var copy = GraphMlReader.Read(new StringReader(GraphMl(original)));
        Assert.Equal(original.Nodes, copy.Nodes);
        Assert.Equal(original.Edges, copy.Edges);
    }

    [Fact]
    public void A_network_round_trips_through_gexf()
    {
        var original = Sample();
        var copy = GexfReader.Read(new StringReader(Gexf(original)));
        Assert.Equal(original.Nodes, copy.Nodes);
        Assert.Equal(original.Edges, copy.Edges);
    }

    [Fact]
    public void Writing_to_a_stream_gives_utf8_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        GexfWriter.Write(Sample(), stream);
        var bytes = stream.ToArray();
        Assert.Equal((byte)'<', bytes[0]);
        var copy = GexfReader.Read(new StreamReader(new MemoryStream(bytes)));
        Assert.Equal(4, copy.Nodes.Count);
    }

    [Fact]
    public void An_empty_network_is_still_valid()
    {
        Assert.Empty(Validate(GraphMl(new ActorNetwork()), GraphMlSchemas()));
        Assert.Empty(Validate(Gexf(new ActorNetwork()), GexfSchemas(Path.Combine(SchemaDir, "gexf-1.3"))));
    }

    [Fact]
    public void The_schema_files_are_the_ones_in_the_repository()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.RepoRoot, "data", "schemas", "README.md")));
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "data", "schemas", "gexf-1.3", "gexf.xsd")),
            File.ReadAllText(Path.Combine(SchemaDir, "gexf-1.3", "gexf.xsd")));
    }

    /// <summary>Resolves every schema location, relative or absolute, to the file of that name in one folder: no network.</summary>
    private sealed class LocalSchemaResolver(string folder) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var path = Path.Combine(folder, Path.GetFileName(absoluteUri.LocalPath));
            return File.Exists(path)
                ? File.OpenRead(path)
                : throw new FileNotFoundException($"No local copy of {absoluteUri} in {folder}.");
        }

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) => base.ResolveUri(baseUri, relativeUri);
    }
}
