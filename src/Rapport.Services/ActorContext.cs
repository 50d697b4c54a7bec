using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// The actor registry as the services read facts with it, loaded once: every mention, the identity the decision log
/// folds them into, and the key a name written in a document stands for. Services that work together (a brief
/// builds a dyad, a support matrix and a hypotheses matrix) share one instead of each reading the registry again.
/// </summary>
public sealed class ActorContext
{
    private readonly Dictionary<(DocumentId Document, string Name), string> _keyOf;

    private ActorContext(IReadOnlyList<ActorMention> mentions, ActorIdentity identity)
    {
        Mentions = mentions;
        Identity = identity;
        _keyOf = new Dictionary<(DocumentId, string), string>();
        foreach (var mention in mentions)
        {
            _keyOf.TryAdd((mention.Document, mention.Name), mention.Key);
        }
    }

    /// <summary>Every actor mention of every document.</summary>
    public IReadOnlyList<ActorMention> Mentions { get; }

    /// <summary>The actors after the analysts' merges, splits and distinctions.</summary>
    public ActorIdentity Identity { get; }

    /// <summary>
    /// The merged key of the actor <paramref name="name"/> stands for in <paramref name="document"/>: facts name actors
    /// as written, and the registry says which key each name has there. A name the registry lacks is its own key.
    /// </summary>
    public string Key(DocumentId document, string name) =>
        Identity.Canonical(_keyOf.GetValueOrDefault((document, name)) ?? "name:" + name);

    /// <summary>Reads the registry and the decision log of <paramref name="store"/>.</summary>
    public static async Task<ActorContext> LoadAsync(IKnowledgeStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var mentions = await store.ListActorMentionsAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await store.ListActorDecisionsAsync(cancellationToken).ConfigureAwait(false);
        return new ActorContext(mentions, ActorIdentity.Build(mentions, decisions));
    }
}
