using System.Xml.Linq;
using Rapport.Model;

namespace Rapport.Analysis.Networks;

/// <summary>Reads back the GraphML that <see cref="GraphMlWriter"/> writes.</summary>
public static class GraphMlReader
{
    private static readonly XNamespace Ns = GraphMlWriter.Namespace;

    /// <summary>Reads a network.</summary>
    /// <exception cref="FormatException">The document is not a network in Rapport's GraphML shape.</exception>
    public static ActorNetwork Read(TextReader text)
    {
        using var reader = System.Xml.XmlReader.Create(text, NetworkFormat.ReaderSettings);
        var root = XDocument.Load(reader).Root;
        if (root is null || root.Name != Ns + "graphml")
        {
            throw new FormatException("Not a GraphML document.");
        }

        // Key ids are resolved to attribute names through the declarations, as GraphML intends.
        var keyNames = root.Elements(Ns + "key").ToDictionary(
            k => (string?)k.Attribute("id") ?? throw new FormatException("A key has no id."),
            k => (string?)k.Attribute("attr.name") ?? (string)k.Attribute("id")!);
        var graph = root.Element(Ns + "graph") ?? throw new FormatException("The document has no graph.");

        var network = new ActorNetwork();
        var actors = new Dictionary<string, ActorId>(StringComparer.Ordinal);
        foreach (var node in graph.Elements(Ns + "node"))
        {
            var id = (string?)node.Attribute("id") ?? throw new FormatException("A node has no id.");
            var data = Data(node, keyNames, "node");
            var actor = new ActorId(Required(data, "actor", id));
            actors[id] = actor;
            network.AddNode(new NetworkNode(
                actor,
                Required(data, "label", id),
                NetworkFormat.ParseEnum<ActorKind>(Required(data, "kind", id), "actor kind"),
                data.GetValueOrDefault("group")));
        }

        foreach (var edge in graph.Elements(Ns + "edge"))
        {
            var id = (string?)edge.Attribute("id") ?? "edge";
            var data = Data(edge, keyNames, "edge");
            var kind = NetworkFormat.ParseEnum<EdgeKind>(Required(data, "kind", id), "edge kind");
            network.AddEdge(new NetworkEdge(
                End(edge, "source", actors),
                End(edge, "target", actors),
                kind,
                NetworkFormat.ParseNumber(Required(data, "weight", id), "weight"),
                NetworkFormat.ParseDate(data.GetValueOrDefault("start")),
                NetworkFormat.ParseDate(data.GetValueOrDefault("end")),
                data.TryGetValue("support", out var support) ? NetworkFormat.ParseEnum<SupportKind>(support, "support kind") : null));
        }

        return network;
    }

    private static Dictionary<string, string> Data(XElement element, Dictionary<string, string> keyNames, string what) =>
        element.Elements(Ns + "data").ToDictionary(
            d => keyNames.TryGetValue((string?)d.Attribute("key") ?? string.Empty, out var name)
                ? name
                : throw new FormatException($"A {what} has data for an undeclared key '{(string?)d.Attribute("key")}'."),
            d => d.Value);

    private static string Required(Dictionary<string, string> data, string name, string owner) =>
        data.TryGetValue(name, out var value) ? value : throw new FormatException($"{owner} has no '{name}'.");

    private static ActorId End(XElement edge, string attribute, Dictionary<string, ActorId> actors)
    {
        var id = (string?)edge.Attribute(attribute) ?? throw new FormatException($"An edge has no {attribute}.");
        return actors.TryGetValue(id, out var actor) ? actor : throw new FormatException($"An edge's {attribute} {id} is not a node.");
    }
}
