using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Analysis.Networks;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Pages.Network;

/// <summary>
/// The actor network, drawn in the browser by cytoscape.js (bundled into /assets/app/network.js) from
/// <c>/api/v1/network</c>, with GraphML and GEXF downloads from the same endpoint and a PNG of the drawing.
/// The kinds of tie shown are chosen by checkboxes (applied at once in the browser, and on the server when the form
/// is sent), and the strongest brokers of the shown network are listed under the graph and outlined in red.
/// </summary>
[Authorize(Policy = Policies.Viewer)]
public sealed class IndexModel(IKnowledgeStore store) : PageModel
{
    /// <summary>How many brokers are listed and marked.</summary>
    public const int BrokerCount = 5;

    /// <summary>The kinds of tie offered by the filter, as the JSON names them.</summary>
    public static IReadOnlyList<string> EdgeKinds { get; } = ["meeting", "statement", "support"];

    /// <summary>First month, YYYY-MM, or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Last month, YYYY-MM, or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The kinds of tie to show; none given means all.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public IReadOnlyList<string>? Kinds { get; set; }

    /// <summary>Why the period was ignored.</summary>
    public string? Error { get; private set; }

    /// <summary>The strongest brokers of the shown network, strongest first.</summary>
    public IReadOnlyList<BrokerRow> Brokers { get; private set; } = [];

    /// <summary>One broker as listed under the graph.</summary>
    /// <param name="Id">The node id, as the JSON names it (the script outlines that node).</param>
    /// <param name="Label">The actor's name.</param>
    /// <param name="Group">The actor's camp, if any.</param>
    /// <param name="Score">Inter-group betweenness, 0–1.</param>
    /// <param name="GroupsReached">How many other camps it touches directly.</param>
    public sealed record BrokerRow(string Id, string Label, string? Group, double Score, int GroupsReached)
    {
        /// <summary>The score, three decimals.</summary>
        public string ScoreText => Score.ToString("0.000", CultureInfo.InvariantCulture);
    }

    /// <summary>True when ties of <paramref name="kind"/> are shown.</summary>
    public bool Shows(string kind) => Selected.Contains(kind);

    /// <summary>The kinds shown, for the script (space-separated).</summary>
    public string SelectedText => string.Join(' ', Selected);

    // An empty or unknown selection shows everything: unticking every box is more likely a slip than a wish for no ties.
    private IReadOnlyList<string> Selected
    {
        get
        {
            var chosen = EdgeKinds.Where(k => Kinds?.Contains(k, StringComparer.OrdinalIgnoreCase) == true).ToList();
            return chosen.Count == 0 ? EdgeKinds : chosen;
        }
    }

    /// <summary>Checks the period and finds the brokers of the network shown.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if ((!string.IsNullOrWhiteSpace(From) && !YearMonth.TryParse(From.Trim(), out _)) || (!string.IsNullOrWhiteSpace(To) && !YearMonth.TryParse(To.Trim(), out _)))
        {
            Error = "Months are written like 2017-06; showing the whole period.";
            From = To = null;
        }

        var from = string.IsNullOrWhiteSpace(From) ? YearMonth.MinValue : YearMonth.Parse(From.Trim());
        var to = string.IsNullOrWhiteSpace(To) ? YearMonth.MaxValue : YearMonth.Parse(To.Trim());
        var network = Only(await new NetworkService(store).BuildAsync(from, to, cancellationToken).ConfigureAwait(false), Selected);

        // The same measure and groups as `rapport network` prints, so the page and the CLI name the same brokers.
        Brokers = NetworkMetrics.TopBrokers(network, BrokerCount, NetworkService.Groups(network))
            .Select(b => new BrokerRow(b.Id.Value, network.Node(b.Id).Label, b.Group, b.Score, b.GroupsReached))
            .ToList();
    }

    /// <summary>The network endpoint for the period, in <paramref name="format"/>.</summary>
    public string Api(string format)
    {
        var values = new Dictionary<string, string?> { ["format"] = format, ["from"] = From?.Trim(), ["to"] = To?.Trim() };
        return "/api/v1/network" + QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
    }

    // The network with only the ties of the chosen kinds; every actor stays, as the drawing keeps them too.
    private static ActorNetwork Only(ActorNetwork network, IReadOnlyList<string> kinds)
    {
        if (kinds.Count == EdgeKinds.Count)
        {
            return network;
        }

        var result = new ActorNetwork();
        foreach (var node in network.Nodes)
        {
            result.AddNode(node);
        }

        foreach (var edge in network.Edges.Where(e => kinds.Contains(e.Kind.ToString(), StringComparer.OrdinalIgnoreCase)))
        {
            result.AddEdge(edge);
        }

        return result;
    }
}
