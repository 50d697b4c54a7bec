using System.Text.Json;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Api;

/// <summary><c>/api/v1/documents</c>: the documents of the knowledge base, their texts and their facts.</summary>
public static class DocumentsApi
{
    /// <summary>A document as lists show it.</summary>
    public sealed record DocumentItem(string Id, string Title, string Origin, string Format, string? PublishedOn, int Length, DateTimeOffset IngestedAt);

    /// <summary>A document with its text.</summary>
    public sealed record DocumentBody(string Id, string Title, string Origin, string? Publisher, string? PublishedOn, string Language, string Format, string Text);

    /// <summary>One stored fact with its span and the rule that produced it; <c>fact</c> is the extraction contract's object.</summary>
    public sealed record FactItem(string Kind, string Handle, int Start, int End, string Rule, string? Date, JsonElement Fact);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var documents = api.MapGroup("/documents").WithTags("Documents").RequireAuthorization(Policies.Viewer);
        documents.MapGet("/", ListAsync).WithName("ListDocuments").WithSummary("Documents, oldest first");
        documents.MapGet("/{id}", GetAsync).WithName("GetDocument").WithSummary("A document and its text, by id or a unique prefix of at least 4 hex digits");
        documents.MapGet("/{id}/facts", FactsAsync).WithName("GetDocumentFacts").WithSummary("The facts extracted from a document, in span order");
        return api;
    }

    private static async Task<Page<DocumentItem>> ListAsync(IKnowledgeStore store, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var (o, l) = Paging.Of(offset, limit);
        var page = await store.ListDocumentsAsync(o, l, cancellationToken).ConfigureAwait(false);
        var total = await store.CountDocumentsAsync(cancellationToken).ConfigureAwait(false);
        return new Page<DocumentItem>(page.Select(Item).ToList(), o, l, total);
    }

    private static async Task<DocumentBody> GetAsync(IKnowledgeStore store, string id, CancellationToken cancellationToken)
    {
        var document = await FindAsync(store, id, cancellationToken).ConfigureAwait(false);
        return new DocumentBody(document.Id.Value, document.Title, document.Origin, document.Publisher, document.PublishedOn.ToIsoString(), document.Language, Format(document.Format), document.Text);
    }

    private static async Task<IReadOnlyList<FactItem>> FactsAsync(IKnowledgeStore store, string id, CancellationToken cancellationToken)
    {
        var document = await FindAsync(store, id, cancellationToken).ConfigureAwait(false);
        var facts = await store.GetFactsAsync(document.Id, cancellationToken).ConfigureAwait(false);
        return facts.Select(Fact).ToList();
    }

    /// <summary>The API form of a stored fact.</summary>
    public static FactItem Fact(FactRecord fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        using var payload = JsonDocument.Parse(fact.Payload);
        return new FactItem(
            fact.Kind.ToString().ToLowerInvariant(),
            FactReference.Of(fact).ToString(),
            fact.Span.Start,
            fact.Span.End,
            fact.Rule.ToString(),
            fact.Date.ToIsoString(),
            payload.RootElement.Clone());
    }

    /// <summary>The document an id or prefix names.</summary>
    /// <exception cref="NotFoundException">None, or the prefix names several.</exception>
    public static async Task<Document> FindAsync(IKnowledgeStore store, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            return await DocumentLookup.ResolveAsync(store, id, cancellationToken).ConfigureAwait(false);
        }
        catch (UserErrorException e)
        {
            throw new NotFoundException(e.Message);
        }
    }

    private static DocumentItem Item(DocumentSummary s) =>
        new(s.Id.Value, s.Title, s.Origin, Format(s.Format), s.PublishedOn.ToIsoString(), s.Length, s.IngestedAt);

    private static string Format(Model.DocumentFormat format) => format.ToString().ToLowerInvariant();
}
