using System.Xml.Linq;
using Rapport.Model;

namespace Rapport.Analysis.Networks;

/// <summary>Reads back the GEXF that <see cref="GexfWriter"/> writes.</summary>
public static class GexfReader
{
    private static readonly XNamespace Ns = GexfWriter.Namespace;

    /// <summary>Reads a network.</summary>
    /// <exception cref="FormatException">The document is not a network in Rapport's GEXF shape.</exception>
    public static ActorNetwork Read(TextReader text)
    {
        using var reader = System.Xml.XmlReader.Create(text, NetworkFormat.ReaderSettings);
        var root = XDocument.Load(reader).Root;
        if (root is null || root.Name != Ns + "gexf")
        {
            throw new FormatException("Not a GEXF 1.3 document.");
        }

        var graph = root.Element(Ns + "graph") ?? throw new FormatException("The document has no graph.");
        var titles = graph.Elements(Ns + "attributes").ToDictionary(
            a => (string?)a.Attribute("class") ?? throw new FormatException("An attributes block has no class."),
            a => a.Elements(Ns + "attribute").ToDictionary(
                x => (string?)x.Attribute("id") ?? throw new FormatException("An attribute has no id."),
                x => (string?)x.Attribute("title") ?? (string)x.Attribute("id")!));

        var network = new ActorNetwork();
        foreach (var node in graph.Element(Ns + "nodes")?.Elements(Ns + "node") ?? [])
        {
            var id = (string?)node.Attribute("id") ?? throw new FormatException("A node has no id.");
            var values = Values(node, titles.GetValueOrDefault("node"));
            network.AddNode(new NetworkNode(
                new ActorId(id),
                (string?)node.Attribute("label") ?? id,
                NetworkFormat.ParseEnum<ActorKind>(values.GetValueOrDefault("kind"), "actor kind"),
                values.GetValueOrDefault("group")));
        }

        foreach (var edge in graph.Element(Ns + "edges")?.Elements(Ns + "edge") ?? [])
        {
            var values = Values(edge, titles.GetValueOrDefault("edge"));
            network.AddEdge(new NetworkEdge(
                new ActorId((string?)edge.Attribute("source") ?? throw new FormatException("An edge has no source.")),
                new ActorId((string?)edge.Attribute("target") ?? throw new FormatException("An edge has no target.")),
                NetworkFormat.ParseEnum<EdgeKind>((string?)edge.Attribute("kind"), "edge kind"),
                edge.Attribute("weight") is { } weight ? NetworkFormat.ParseNumber(weight.Value, "weight") : 1,
                NetworkFormat.ParseDate(values.GetValueOrDefault("start")),
                NetworkFormat.ParseDate(values.GetValueOrDefault("end")),
                values.TryGetValue("support", out var support) ? NetworkFormat.ParseEnum<SupportKind>(support, "support kind") : null));
        }

        return network;
    }

    private static Dictionary<string, string> Values(XElement element, Dictionary<string, string>? titles)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in element.Element(Ns + "attvalues")?.Elements(Ns + "attvalue") ?? [])
        {
            var id = (string?)value.Attribute("for") ?? throw new FormatException("An attvalue has no 'for'.");
            var title = titles is not null && titles.TryGetValue(id, out var t) ? t : throw new FormatException($"An attvalue is for an undeclared attribute '{id}'.");
            result[title] = (string?)value.Attribute("value") ?? string.Empty;
        }

        return result;
    }
}
