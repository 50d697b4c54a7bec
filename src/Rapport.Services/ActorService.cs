using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// The actor registry and the analysts' decisions about it: lists actors by their merged identity, proposes merges,
/// and records merge, split and distinct decisions in the store's append-only log.
/// </summary>
public sealed class ActorService
{
    private readonly IKnowledgeStore _store;

    /// <summary>Creates the service over a store.</summary>
    public ActorService(IKnowledgeStore store) => _store = store;

    /// <summary>The current identity of every actor: the registry folded through the decision log.</summary>
    public async Task<ActorIdentity> IdentityAsync(CancellationToken cancellationToken = default)
    {
        var mentions = await _store.ListActorMentionsAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await _store.ListActorDecisionsAsync(cancellationToken).ConfigureAwait(false);
        return ActorIdentity.Build(mentions, decisions);
    }

    /// <summary>The proposed merges, best first.</summary>
    public async Task<IReadOnlyList<MergeCandidate>> CandidatesAsync(CancellationToken cancellationToken = default) =>
        MergeCandidates.Find(await IdentityAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>Records a decision about the actors <paramref name="a"/> and <paramref name="b"/> name (keys or names).</summary>
    /// <returns>The decision as recorded, with the keys the names resolved to.</returns>
    /// <exception cref="UserErrorException">A name is unknown or ambiguous, or both name the same key.</exception>
    public async Task<ActorDecision> DecideAsync(ActorDecisionKind kind, string a, string b, string who, string? why, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        var identity = await IdentityAsync(cancellationToken).ConfigureAwait(false);
        var (keyA, keyB) = (identity.ResolveKey(a), identity.ResolveKey(b));
        if (keyA == keyB)
        {
            throw new UserErrorException($"'{a}' and '{b}' are the same actor key ({keyA})");
        }

        var decision = new ActorDecision(kind, keyA, keyB, who.Trim(), DateTimeOffset.UtcNow, string.IsNullOrWhiteSpace(why) ? null : why.Trim());
        await _store.AddActorDecisionAsync(decision, cancellationToken).ConfigureAwait(false);
        return decision;
    }
}
