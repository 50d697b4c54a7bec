using System.Globalization;
using System.Security.Claims;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Api;

/// <summary><c>/api/v1/actors</c>: the actor registry after the analysts' merges, proposed merges, and new decisions.</summary>
public static class ActorsApi
{
    /// <summary>An actor of the registry.</summary>
    /// <param name="Key">The key that stands for it.</param>
    /// <param name="Name">The name shown for it.</param>
    /// <param name="Kind">person, organization or state, when known.</param>
    /// <param name="Keys">Every key merged into it, its own first.</param>
    /// <param name="Names">Every name it is written with, most used first.</param>
    /// <param name="Affiliations">Keys of the organisations or states documents tie it to.</param>
    /// <param name="Documents">The ids of the documents naming it.</param>
    public sealed record ActorItem(string Key, string Name, string? Kind, IReadOnlyList<string> Keys, IReadOnlyList<string> Names, IReadOnlyList<string> Affiliations, IReadOnlyList<string> Documents);

    /// <summary>A proposed merge.</summary>
    public sealed record CandidateItem(ActorRef A, ActorRef B, string NameA, string NameB, string Reason, double Score);

    /// <summary>A decision to record: <c>merge</c>, <c>split</c> or <c>distinct</c> about two actors (keys or names).</summary>
    public sealed record DecisionRequest(string? Kind, string? A, string? B, string? Why);

    /// <summary>A decision as recorded, with the keys the names resolved to.</summary>
    public sealed record DecisionItem(string Kind, string A, string B, string Who, DateTimeOffset At, string? Why);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapActorsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var actors = api.MapGroup("/actors").WithTags("Actors").RequireAuthorization(Policies.Viewer);
        actors.MapGet("/", ListAsync).WithName("ListActors").WithSummary("The actor registry after merges, most documented first; q filters by key or name");
        actors.MapGet("/candidates", CandidatesAsync).WithName("ListMergeCandidates").WithSummary("Proposed merges, best first");
        // Keys may hold a slash (person/some-name), hence the catch-all; the literal routes above still win.
        actors.MapGet("/{**key}", GetAsync).WithName("GetActor").WithSummary("One actor, by key (any merged key, e.g. person/some-name) or by a name that names only it");
        actors.MapPost("/decisions", DecideAsync).RequireAuthorization(Policies.Analyst).WithName("DecideActors")
            .WithSummary("Record a merge, split or distinct decision about two actors (analyst); recorded under the signed-in user's name");
        return api;
    }

    private static async Task<Page<ActorItem>> ListAsync(IKnowledgeStore store, string? q, int? offset, int? limit, CancellationToken cancellationToken)
    {
        Paging.Of(offset, limit);
        var identity = await new ActorService(store).IdentityAsync(cancellationToken).ConfigureAwait(false);
        var items = identity.Actors
            .Where(a => string.IsNullOrWhiteSpace(q) || a.Keys.Any(k => ApiInput.Matches(k, q.Trim())) || a.Names.Any(n => ApiInput.Matches(n, q.Trim())))
            .OrderByDescending(a => a.Documents.Count).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(Item)
            .ToList();
        return Paging.Slice(items, offset, limit);
    }

    private static async Task<ActorItem> GetAsync(IKnowledgeStore store, string key, CancellationToken cancellationToken)
    {
        // A client may escape the slash of a key; Kestrel leaves %2F undecoded in the path.
        key = Uri.UnescapeDataString(key);
        var identity = await new ActorService(store).IdentityAsync(cancellationToken).ConfigureAwait(false);
        if (identity.Find(identity.Canonical(key)) is { } actor)
        {
            return Item(actor);
        }

        var found = identity.Lookup(key);
        return found.Count == 1 ? Item(found[0]) : throw new NotFoundException(found.Count == 0
            ? $"no actor with key or name '{key}'"
            : $"'{key}' names several actors ({string.Join(", ", found.Select(a => a.Key))}); give the key");
    }

    private static async Task<Page<CandidateItem>> CandidatesAsync(IKnowledgeStore store, int? offset, int? limit, CancellationToken cancellationToken)
    {
        Paging.Of(offset, limit);
        var candidates = await new ActorService(store).CandidatesAsync(cancellationToken).ConfigureAwait(false);
        return Paging.Slice(candidates.Select(c => new CandidateItem(ActorRef.Of(c.A), ActorRef.Of(c.B), c.NameA, c.NameB, c.Reason, c.Score)).ToList(), offset, limit);
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Created<DecisionItem>> DecideAsync(IKnowledgeStore store, DecisionRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = request.Kind?.Trim().ToLowerInvariant() switch
        {
            "merge" => ActorDecisionKind.Merge,
            "split" => ActorDecisionKind.Split,
            "distinct" => ActorDecisionKind.Distinct,
            _ => throw new BadHttpRequestException($"kind must be merge, split or distinct, not '{request.Kind}'"),
        };
        var decision = await new ActorService(store).DecideAsync(
            kind, ApiInput.Required(request.A, "a"), ApiInput.Required(request.B, "b"), ApiInput.Who(user), request.Why, cancellationToken).ConfigureAwait(false);
        var item = new DecisionItem(decision.Kind.ToString().ToLower(CultureInfo.InvariantCulture), decision.A, decision.B, decision.Who, decision.At, decision.Why);
        return TypedResults.Created($"/api/v1/actors/{string.Join('/', decision.A.Split('/').Select(Uri.EscapeDataString))}", item);
    }

    private static ActorItem Item(RegistryActor a) =>
        new(a.Key, a.Name, a.Kind, a.Keys, a.Names, a.Affiliations, a.Documents.Select(d => d.Value).ToList());
}
