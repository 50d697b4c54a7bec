using Rapport.Model;

namespace Rapport.Storage;

/// <summary>Conveniences over <see cref="IKnowledgeStore"/>.</summary>
public static class KnowledgeStoreExtensions
{
    /// <summary>Adds documents without facts in one transaction.</summary>
    public static Task<IReadOnlyList<AddResult>> AddDocumentsAsync(this IKnowledgeStore store, IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        return store.AddDocumentsAsync(documents.Select(DocumentRecord.FromDocument).ToList(), cancellationToken);
    }

    /// <summary>Adds coded events in one transaction, skipping any whose origin and record id are already stored.</summary>
    /// <returns>How many were new.</returns>
    public static async Task<int> AddEventsAsync(this IKnowledgeStore store, IReadOnlyList<EventRecord> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var writer = await store.BeginEventsAsync(cancellationToken).ConfigureAwait(false);
        var added = await writer.AddAsync(events, cancellationToken).ConfigureAwait(false);
        await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }
}
