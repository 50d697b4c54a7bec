using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>A stored document as the exports cite it: its identity and metadata, without its text.</summary>
/// <param name="Id">The document id (SHA-256 of its normalised text).</param>
/// <param name="Title">Its title, or its file name when it has none.</param>
/// <param name="Publisher">Who published it, when known.</param>
/// <param name="PublishedOn">When it was published, as precise as known.</param>
/// <param name="IngestedAt">When it entered the knowledge base: the deterministic clock of every STIX timestamp.</param>
/// <param name="Origin">The path or URL it was read from.</param>
public sealed record ExportDocument(DocumentId Id, string Title, string? Publisher, PartialDate PublishedOn, DateTimeOffset IngestedAt, string Origin)
{
    /// <summary>The origin when it is a web address, the only kind worth sending to another analyst.</summary>
    public Uri? WebAddress =>
        Uri.TryCreate(Origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
