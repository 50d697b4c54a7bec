using System.Globalization;
using System.Security;
using System.Text;
using Rapport.Analysis.Networks;

namespace Rapport.Services.Briefs;

/// <summary>
/// Draws an actor network as a self-contained SVG for briefs: the most connected actors on a circle, ties as lines
/// (meetings grey, statements blue, support orange) whose width grows with the facts they summarise.
/// </summary>
public static class NetworkChart
{
    private const int Size = 640;
    private const int Margin = 150;

    /// <summary>The SVG for the <paramref name="limit"/> most connected actors of <paramref name="network"/>.</summary>
    /// <param name="network">The network.</param>
    /// <param name="highlight">Actor keys to draw in red (the dyad's sides).</param>
    /// <param name="limit">How many actors to draw at most; a circle of more than a few dozen names cannot be read.</param>
    public static string Svg(ActorNetwork network, IReadOnlySet<string> highlight, int limit = 24)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(highlight);
        var degree = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var edge in network.Edges)
        {
            degree[edge.Source.Value] = degree.GetValueOrDefault(edge.Source.Value) + edge.Weight;
            degree[edge.Target.Value] = degree.GetValueOrDefault(edge.Target.Value) + edge.Weight;
        }

        var nodes = network.Nodes
            .Where(n => degree.ContainsKey(n.Id.Value))
            .OrderByDescending(n => highlight.Contains(n.Id.Value))
            .ThenByDescending(n => degree[n.Id.Value])
            .ThenBy(n => n.Label, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
        var centre = (Size / 2.0) + Margin;
        var radius = Size / 2.0;
        var position = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var angle = (2 * Math.PI * i / Math.Max(1, nodes.Count)) - (Math.PI / 2);
            position[nodes[i].Id.Value] = (centre + (radius * Math.Cos(angle)), centre + (radius * Math.Sin(angle)));
        }

        var full = Size + (2 * Margin);
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{full}\" height=\"{full}\" viewBox=\"0 0 {full} {full}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.Append("<title>Actor network</title><rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        if (nodes.Count == 0)
        {
            svg.Append(Inv($"<text x=\"{full / 2}\" y=\"{full / 2}\" text-anchor=\"middle\">No ties between actors in the period.</text></svg>"));
            return svg.ToString();
        }

        var maxWeight = network.Edges.Max(e => e.Weight);
        foreach (var edge in network.Edges.Where(e => position.ContainsKey(e.Source.Value) && position.ContainsKey(e.Target.Value) && e.Source != e.Target))
        {
            var (x1, y1) = position[edge.Source.Value];
            var (x2, y2) = position[edge.Target.Value];
            var colour = edge.Kind switch { EdgeKind.Meeting => "#7f7f7f", EdgeKind.Support => "#f28e2b", _ => "#4e79a7" };
            var width = 1 + (4 * edge.Weight / maxWeight);
            svg.Append(Inv($"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{colour}\" stroke-opacity=\"0.7\" stroke-width=\"{width:0.#}\"/>"));
        }

        foreach (var node in nodes)
        {
            var (x, y) = position[node.Id.Value];
            var mark = highlight.Contains(node.Id.Value);
            var r = 4 + Math.Min(10, Math.Sqrt(degree[node.Id.Value]) * 2);
            var anchor = x < centre - 1 ? "end" : x > centre + 1 ? "start" : "middle";
            var dx = anchor switch { "end" => -(r + 4), "start" => r + 4, _ => 0 };
            var dy = anchor == "middle" ? (y < centre ? -(r + 4) : r + 14) : 4;
            svg.Append(Inv($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\" fill=\"{(mark ? "#e15759" : "#4e79a7")}\"/>"));
            svg.Append(Inv($"<text x=\"{x + dx:0.#}\" y=\"{y + dy:0.#}\" text-anchor=\"{anchor}\"{(mark ? " font-weight=\"bold\"" : string.Empty)}>{Escape(node.Label)}</text>"));
        }

        var legend = full - 14;
        svg.Append(Inv($"<line x1=\"20\" y1=\"{legend - 4}\" x2=\"40\" y2=\"{legend - 4}\" stroke=\"#7f7f7f\" stroke-width=\"3\"/><text x=\"44\" y=\"{legend}\">meeting</text>"));
        svg.Append(Inv($"<line x1=\"120\" y1=\"{legend - 4}\" x2=\"140\" y2=\"{legend - 4}\" stroke=\"#4e79a7\" stroke-width=\"3\"/><text x=\"144\" y=\"{legend}\">statement about</text>"));
        svg.Append(Inv($"<line x1=\"270\" y1=\"{legend - 4}\" x2=\"290\" y2=\"{legend - 4}\" stroke=\"#f28e2b\" stroke-width=\"3\"/><text x=\"294\" y=\"{legend}\">support</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
