using Rapport.Analysis.Networks;
using Rapport.Extraction;
using Rapport.Extraction.Gazetteers;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Builds the actor network from Rapport's own coded facts: actors as nodes, grouped by the state or movement they
/// belong to; meetings and support as typed, dated edges.
/// </summary>
public sealed class NetworkService
{
    private readonly IKnowledgeStore _store;
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates the service.</summary>
    public NetworkService(IKnowledgeStore store, Gazetteer? gazetteer = null)
    {
        _store = store;
        _gazetteer = gazetteer ?? Extractor.Default.Gazetteer;
    }

    /// <summary>The network of facts dated within [<paramref name="from"/>, <paramref name="to"/>] (undated facts included).</summary>
    public async Task<ActorNetwork> BuildAsync(YearMonth from, YearMonth to, CancellationToken cancellationToken = default)
    {
        var network = new ActorNetwork();
        await foreach (var e in _store.ReadEventsAsync(FactEvents.Origin, cancellationToken).ConfigureAwait(false))
        {
            if (e.SourceActor is null || e.TargetActor is null || (YearMonth.From(e.Date) is { } month && (month < from || month > to)))
            {
                continue;
            }

            var source = Node(network, e.SourceActor, e.SourceName);
            var target = Node(network, e.TargetActor, e.TargetName);
            network.AddEdge(EdgeKindOf(e) switch
            {
                EdgeKind.Meeting => new NetworkEdge(source, target, EdgeKind.Meeting, 1, e.Date, e.Date),
                EdgeKind.Statement => new NetworkEdge(source, target, EdgeKind.Statement, 1, e.Date, e.Date),
                _ => new NetworkEdge(source, target, EdgeKind.Support, 1, e.Date, e.Date, SupportKindOf(e.CameoCode)),
            });
        }

        return network;
    }

    /// <summary>Each node's group: the top-level state or organisation it belongs to, by part or affiliation.</summary>
    public static IReadOnlyDictionary<ActorId, string> Groups(ActorNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return network.Nodes.Where(n => n.Group is not null).ToDictionary(n => n.Id, n => n.Group!);
    }

    // Rapport's own events say what fact they came from in their record id (document:span:code:…); statements are
    // coded 010 or 051, meetings 04x, support 05x/07x.
    private static EdgeKind EdgeKindOf(EventRecord e) =>
        e.CameoCode.StartsWith("04", StringComparison.Ordinal) ? EdgeKind.Meeting
        : e.CameoCode is "010" || (e.CameoCode is "051" && e.RecordId.Contains(":statement:", StringComparison.Ordinal)) ? EdgeKind.Statement
        : EdgeKind.Support;

    // The CAMEO code keeps only the family of support: military aid (weapons, training and know-how alike),
    // economic aid, or verbal backing.
    private static SupportKind SupportKindOf(string cameo) => cameo switch
    {
        "071" => SupportKind.Funds,
        "072" => SupportKind.Weapons,
        "051" or "057" => SupportKind.Political,
        _ => SupportKind.General,
    };

    private ActorId Node(ActorNetwork network, string key, string? name)
    {
        var id = new ActorId(key);
        if (!network.Contains(id))
        {
            var entry = _gazetteer.Find(key);
            network.AddNode(new NetworkNode(id, entry?.Name ?? name ?? key, entry?.Kind ?? ActorKind.Organization, GroupOf(entry)));
        }

        return id;
    }

    private string? GroupOf(GazetteerEntry? entry)
    {
        if (entry is null)
        {
            return null;
        }

        var root = entry.Kind == ActorKind.Person && entry.Affiliations.Count > 0 ? _gazetteer.Find(entry.Affiliations[0].OrganizationId) : entry;
        for (var hops = 0; root?.PartOf is not null && hops < 10; hops++)
        {
            root = _gazetteer.Find(root.PartOf) ?? root;
            if (root.PartOf is null)
            {
                break;
            }
        }

        return root?.Name;
    }
}
