using Rapport.Analysis.Networks;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Api;

/// <summary><c>/api/v1/network</c>: the actor network (meetings, statements and support as dated edges) as JSON, GraphML or GEXF.</summary>
public static class NetworkApi
{
    /// <summary>An actor of the network.</summary>
    public sealed record NodeItem(string Id, string Label, string Kind, string? Group);

    /// <summary>A tie: meeting (undirected), statement or support (directed), with its date.</summary>
    public sealed record EdgeItem(string Source, string Target, string Kind, string? Support, double Weight, string? Start, string? End);

    /// <summary>The network.</summary>
    public sealed record NetworkItem(IReadOnlyList<NodeItem> Nodes, IReadOnlyList<EdgeItem> Edges);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapNetworkApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/network", GetAsync).WithTags("Analysis").WithName("GetNetwork").RequireAuthorization(Policies.Viewer)
            .WithSummary("The actor network from the stored facts, within from/to (months; undated facts included); format json (default), graphml or gexf")
            .Produces<NetworkItem>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, null, "application/graphml+xml", "application/gexf+xml");
        return api;
    }

    private static async Task<IResult> GetAsync(IKnowledgeStore store, string? from, string? to, string? format, CancellationToken cancellationToken)
    {
        var kind = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (kind is not ("json" or "graphml" or "gexf"))
        {
            throw new BadHttpRequestException($"format must be json, graphml or gexf, not '{format}'");
        }

        var network = await new NetworkService(store)
            .BuildAsync(ApiInput.Month(from, "from") ?? YearMonth.MinValue, ApiInput.Month(to, "to") ?? YearMonth.MaxValue, cancellationToken).ConfigureAwait(false);
        if (kind == "json")
        {
            return TypedResults.Ok(new NetworkItem(
                network.Nodes.Select(n => new NodeItem(n.Id.Value, n.Label, n.Kind.ToString().ToLowerInvariant(), n.Group)).ToList(),
                network.Edges.Select(e => new EdgeItem(
                    e.Source.Value, e.Target.Value, e.Kind.ToString().ToLowerInvariant(), e.Support?.ToString().ToLowerInvariant(), e.Weight, e.Start.ToIsoString(), e.End.ToIsoString())).ToList()));
        }

        // The writers are synchronous; a network is small enough to build in memory and send in one go.
        using var buffer = new MemoryStream();
        if (kind == "gexf")
        {
            GexfWriter.Write(network, buffer);
        }
        else
        {
            GraphMlWriter.Write(network, buffer);
        }

        return TypedResults.File(buffer.ToArray(), kind == "gexf" ? "application/gexf+xml" : "application/graphml+xml", $"network.{kind}");
    }
}
