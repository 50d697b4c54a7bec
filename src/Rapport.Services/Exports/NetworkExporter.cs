using Rapport.Analysis.Networks;
using Rapport.Extraction;
using Rapport.Extraction.Gazetteers;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services.Exports;

/// <summary>
/// The actor network of <c>rapport network</c> (<see cref="NetworkService"/>), narrowed to an export's scope and
/// written with the same GraphML and GEXF writers. With a period, edges whose date may not fall in it — undated ones
/// included — are dropped, as in every other export format; with a dyad, only edges from one side to the other stay.
/// Nodes left without an edge are dropped; the rest keep their order.
/// </summary>
public sealed class NetworkExporter
{
    private readonly IKnowledgeStore _store;
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates the exporter over a store; the gazetteer (the default one when null) names nodes and resolves dyad sides.</summary>
    public NetworkExporter(IKnowledgeStore store, Gazetteer? gazetteer = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _gazetteer = gazetteer ?? Extractor.Default.Gazetteer;
    }

    /// <summary>The network of the scope.</summary>
    /// <exception cref="UserErrorException">A dyad side is unknown, or the period ends before it starts.</exception>
    public async Task<ActorNetwork> BuildAsync(ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.From is { } start && scope.To is { } end && end < start)
        {
            throw new UserErrorException($"the period ends ({end}) before it starts ({start})");
        }

        var network = await new NetworkService(_store, _gazetteer)
            .BuildAsync(scope.From ?? YearMonth.MinValue, scope.To ?? YearMonth.MaxValue, cancellationToken).ConfigureAwait(false);
        if (!scope.IsFiltered)
        {
            return network;
        }

        DyadFilter? dyad = null;
        ActorIdentity? identity = null;
        if (scope.HasDyad)
        {
            identity = await new ActorService(_store).IdentityAsync(cancellationToken).ConfigureAwait(false);
            var resolver = new ActorGroupResolver(_gazetteer);
            dyad = new DyadFilter(DyadService.WithMerged(resolver.Resolve(scope.SideA!), identity), DyadService.WithMerged(resolver.Resolve(scope.SideB!), identity));
        }

        RegistryActor ActorOf(ActorId id) => identity?.Find(id.Value) ?? new RegistryActor(id.Value, id.Value, null, [id.Value], [], [], []);
        bool Crosses(NetworkEdge e)
        {
            if (dyad is null)
            {
                return true;
            }

            var (source, target) = (ActorOf(e.Source), ActorOf(e.Target));
            return (DyadFilter.Covers(dyad.SideA, source, e.Start) && DyadFilter.Covers(dyad.SideB, target, e.Start))
                || (DyadFilter.Covers(dyad.SideB, source, e.Start) && DyadFilter.Covers(dyad.SideA, target, e.Start));
        }

        var edges = network.Edges.Where(e => scope.InPeriod(e.Start) && Crosses(e)).ToList();
        var used = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet();
        var narrowed = new ActorNetwork();
        foreach (var node in network.Nodes.Where(n => used.Contains(n.Id)))
        {
            narrowed.AddNode(node);
        }

        foreach (var edge in edges)
        {
            narrowed.AddEdge(edge);
        }

        return narrowed;
    }

    /// <summary>Writes the network of the scope as GraphML or GEXF.</summary>
    /// <returns>How many nodes and edges were written.</returns>
    public async Task<int> WriteAsync(ExportScope scope, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format is not (ExportFormat.GraphMl or ExportFormat.Gexf))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "only GraphML and GEXF are network formats");
        }

        var network = await BuildAsync(scope, cancellationToken).ConfigureAwait(false);

        // The writers are synchronous; they write to memory and the file is written asynchronously after.
        using var buffer = new MemoryStream();
        if (format == ExportFormat.Gexf)
        {
            GexfWriter.Write(network, buffer);
        }
        else
        {
            GraphMlWriter.Write(network, buffer);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        return network.Nodes.Count + network.Edges.Count;
    }
}
