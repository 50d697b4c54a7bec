using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>Finds a document from the id or id prefix a person typed, as git does with commit hashes.</summary>
public static class DocumentLookup
{
    /// <summary>The shortest prefix accepted, so that a stray digit does not pick a document at random.</summary>
    public const int MinimumPrefix = 4;

    /// <summary>The document whose id is or starts with <paramref name="idOrPrefix"/>.</summary>
    /// <exception cref="UserErrorException">No document, or more than one, matches.</exception>
    public static async Task<Document> ResolveAsync(IKnowledgeStore store, string idOrPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = (idOrPrefix ?? string.Empty).Trim().ToLowerInvariant();
        if (text.Length < MinimumPrefix || !text.All(Uri.IsHexDigit))
        {
            throw new UserErrorException($"'{idOrPrefix}' is not a document id (give at least {MinimumPrefix} hex digits of it)");
        }

        var matches = await store.FindDocumentsByIdPrefixAsync(text, cancellationToken).ConfigureAwait(false);
        return matches.Count switch
        {
            0 => throw new UserErrorException($"no document with an id starting '{text}'"),
            1 => await store.GetDocumentAsync(matches[0].Id, cancellationToken).ConfigureAwait(false)
                 ?? throw new UserErrorException($"document {text} vanished while being read"),
            _ => throw new UserErrorException($"the id prefix '{text}' matches {matches.Count} documents; give more digits"),
        };
    }
}
