using System.Xml;

namespace Rapport.Analysis.Networks;

/// <summary>
/// Writes an actor network as GEXF 1.3 for Gephi: a dynamic graph (<c>mode="dynamic"</c>, <c>timeformat="date"</c>)
/// in which every dated edge carries a <c>&lt;spell&gt;</c> from the first to the last day its dates can denote, and
/// every node one spell from its earliest to its latest dated edge. Undated edges and nodes without dated edges have
/// no spell, which GEXF reads as "always present". The exact partial dates ride along as edge attributes.
/// </summary>
public static class GexfWriter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public const string Namespace = "http://gexf.net/1.3";

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
        var nodeSpells = NodeSpells(network);

        w.WriteStartDocument();
        w.WriteStartElement("gexf", Namespace);
        w.WriteAttributeString("version", "1.3");
        w.WriteStartElement("meta", Namespace);
        w.WriteElementString("creator", Namespace, "Rapport");
        w.WriteEndElement();

        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("mode", "dynamic");
        w.WriteAttributeString("defaultedgetype", "directed");
        w.WriteAttributeString("timeformat", "date");

        Attributes(w, "node", ("kind", "string"), ("group", "string"));
        Attributes(w, "edge", ("support", "string"), ("start", "string"), ("end", "string"));

        w.WriteStartElement("nodes", Namespace);
        w.WriteAttributeString("count", network.Nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var node in network.Nodes)
        {
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", node.Id.Value);
            w.WriteAttributeString("label", node.Label);
            w.WriteStartElement("attvalues", Namespace);
            AttValue(w, "kind", NetworkFormat.Name(node.Kind));
            if (node.Group is not null)
            {
                AttValue(w, "group", node.Group);
            }

            w.WriteEndElement();
            if (nodeSpells.TryGetValue(node.Id, out var spell))
            {
                Spells(w, spell);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();

        w.WriteStartElement("edges", Namespace);
        w.WriteAttributeString("count", network.Edges.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < network.Edges.Count; i++)
        {
            var edge = network.Edges[i];
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", $"e{i}");
            w.WriteAttributeString("source", edge.Source.Value);
            w.WriteAttributeString("target", edge.Target.Value);
            w.WriteAttributeString("type", edge.IsDirected ? "directed" : "undirected");
            w.WriteAttributeString("weight", NetworkFormat.Number(edge.Weight));
            w.WriteAttributeString("kind", NetworkFormat.Name(edge.Kind));
            w.WriteStartElement("attvalues", Namespace);
            if (edge.Support is { } support)
            {
                AttValue(w, "support", NetworkFormat.Name(support));
            }

            if (edge.Start.IsKnown)
            {
                AttValue(w, "start", edge.Start.ToIsoString()!);
            }

            if (edge.End.IsKnown)
            {
                AttValue(w, "end", edge.End.ToIsoString()!);
            }

            w.WriteEndElement();
            if (edge.Spell is { } edgeSpell)
            {
                Spells(w, edgeSpell);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static Dictionary<Model.ActorId, (DateOnly From, DateOnly To)> NodeSpells(ActorNetwork network)
    {
        var spells = new Dictionary<Model.ActorId, (DateOnly From, DateOnly To)>();
        foreach (var edge in network.Edges)
        {
            if (edge.Spell is not { } spell)
            {
                continue;
            }

            foreach (var id in new[] { edge.Source, edge.Target })
            {
                spells[id] = spells.TryGetValue(id, out var known)
                    ? (Min(known.From, spell.From), Max(known.To, spell.To))
                    : spell;
            }
        }

        return spells;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static void Attributes(XmlWriter w, string forClass, params (string Id, string Type)[] attributes)
    {
        w.WriteStartElement("attributes", Namespace);
        w.WriteAttributeString("class", forClass);
        w.WriteAttributeString("mode", "static");
        foreach (var (id, type) in attributes)
        {
            w.WriteStartElement("attribute", Namespace);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("title", id);
            w.WriteAttributeString("type", type);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void AttValue(XmlWriter w, string id, string value)
    {
        w.WriteStartElement("attvalue", Namespace);
        w.WriteAttributeString("for", id);
        w.WriteAttributeString("value", value);
        w.WriteEndElement();
    }

    private static void Spells(XmlWriter w, (DateOnly From, DateOnly To) spell)
    {
        w.WriteStartElement("spells", Namespace);
        w.WriteStartElement("spell", Namespace);
        w.WriteAttributeString("start", NetworkFormat.Day(spell.From));
        w.WriteAttributeString("end", NetworkFormat.Day(spell.To));
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
