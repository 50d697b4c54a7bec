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
}
