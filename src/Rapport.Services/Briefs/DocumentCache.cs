using Rapport.Model;
using Rapport.Reports.Briefs;
using Rapport.Storage;

namespace Rapport.Services.Briefs;

/// <summary>Loads each document a brief cites once, for its title and the words of its spans.</summary>
internal sealed class DocumentCache(IKnowledgeStore store)
{
    private const int QuoteLimit = 600;
    private const int Page = 1000;
    private readonly Dictionary<DocumentId, Document?> _documents = [];
    private Dictionary<DocumentId, string>? _titles;

    /// <summary>A document's title. Titles come from the document listing, which is far cheaper than loading texts.</summary>
    public async Task<string> TitleAsync(DocumentId id, CancellationToken cancellationToken)
    {
        if (_titles is null)
        {
            _titles = [];
            for (var offset = 0; ; offset += Page)
            {
                var page = await store.ListDocumentsAsync(offset, Page, cancellationToken).ConfigureAwait(false);
                foreach (var summary in page)
                {
                    _titles[summary.Id] = summary.Title;
                }

                if (page.Count < Page)
                {
                    break;
                }
            }
        }

        return _titles.GetValueOrDefault(id) ?? id.Short;
    }

    /// <summary>The evidence reference of a stored fact.</summary>
    public Task<EvidenceRef> RefAsync(FactRecord fact, CancellationToken cancellationToken) =>
        RefAsync(FactReference.Of(fact).ToString(), fact.Span, cancellationToken);

    /// <summary>An evidence reference with the given handle.</summary>
    public async Task<EvidenceRef> RefAsync(string handle, Span span, CancellationToken cancellationToken) =>
        new(handle, span.Document.Value, await TitleAsync(span.Document, cancellationToken).ConfigureAwait(false), span.Start, span.End);

    /// <summary>The span's words, whitespace folded, cut at a readable length.</summary>
    public async Task<string> QuoteAsync(Span span, CancellationToken cancellationToken)
    {
        var text = (await GetAsync(span.Document, cancellationToken).ConfigureAwait(false))?.Text;
        if (text is null || span.End > text.Length)
        {
            return string.Empty;
        }

        var quote = string.Join(' ', span.Slice(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return quote.Length <= QuoteLimit ? quote : quote[..QuoteLimit] + "…";
    }

    private async Task<Document?> GetAsync(DocumentId id, CancellationToken cancellationToken)
    {
        if (!_documents.TryGetValue(id, out var document))
        {
            document = await store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
            _documents[id] = document;
        }

        return document;
    }
}
