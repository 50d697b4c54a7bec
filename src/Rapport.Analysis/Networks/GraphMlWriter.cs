using System.Xml;

namespace Rapport.Analysis.Networks;

/// <summary>
/// Writes an actor network as GraphML 1.0, with a <c>&lt;key&gt;</c> declaration (name and type) for every attribute.
/// Node ids are <c>n0</c>, <c>n1</c>, …, because GraphML ids are NMTOKENs and actor ids may hold a slash; the actor
/// id travels in the <c>actor</c> attribute. Meetings are undirected edges in a graph whose default is directed.
/// Partial dates are written as ISO strings (<c>2017</c>, <c>2017-08</c>, <c>2017-08-14</c>) so their precision survives.
/// </summary>
public static class GraphMlWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("actor", "node", "actor", "string"),
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("group", "node", "group", "string"),
        ("edge_kind", "edge", "kind", "string"),
        ("support", "edge", "support", "string"),
        ("weight", "edge", "weight", "double"),
        ("start", "edge", "start", "string"),
        ("end", "edge", "end", "string"),
    ];

    /// <summary>Writes the network to a stream as UTF-8.</summary>
    public static void Write(ActorNetwork network, Stream stream)
    {
        using var writer = XmlWriter.Create(stream, NetworkFormat.WriterSettings);
        Write(network, writer);
    }

    /// <summary>Writes the network to a text writer.</summary>
    public static void Write(ActorNetwork network, TextWriter text)
    {
        using var writer = XmlWriter.Create(text, NetworkFormat.WriterSettings);
        Write(network, writer);
    }

    private static void Write(ActorNetwork network, XmlWriter w)
    {
        ArgumentNullException.ThrowIfNull(network);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        foreach (var (id, target, name, type) in Keys)
        {
            w.WriteStartElement("key", Namespace);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("for", target);
            w.WriteAttributeString("attr.name", name);
            w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }

        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", "rapport");
        w.WriteAttributeString("edgedefault", "directed");

        var nodeIds = new Dictionary<Model.ActorId, string>();
        for (var i = 0; i < network.Nodes.Count; i++)
        {
            var node = network.Nodes[i];
            var id = $"n{i}";
            nodeIds[node.Id] = id;
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", id);
            Data(w, "actor", node.Id.Value);
            Data(w, "label", node.Label);
            Data(w, "kind", NetworkFormat.Name(node.Kind));
            if (node.Group is not null)
            {
                Data(w, "group", node.Group);
            }

            w.WriteEndElement();
        }

        for (var i = 0; i < network.Edges.Count; i++)
        {
            var edge = network.Edges[i];
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", $"e{i}");
            if (!edge.IsDirected)
            {
                w.WriteAttributeString("directed", "false");
            }

            w.WriteAttributeString("source", nodeIds[edge.Source]);
            w.WriteAttributeString("target", nodeIds[edge.Target]);
            Data(w, "edge_kind", NetworkFormat.Name(edge.Kind));
            if (edge.Support is { } support)
            {
                Data(w, "support", NetworkFormat.Name(support));
            }

            Data(w, "weight", NetworkFormat.Number(edge.Weight));
            if (edge.Start.IsKnown)
            {
                Data(w, "start", edge.Start.ToIsoString()!);
            }

            if (edge.End.IsKnown)
            {
                Data(w, "end", edge.End.ToIsoString()!);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }
}
