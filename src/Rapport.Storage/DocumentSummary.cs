using Rapport.Model;

namespace Rapport.Storage;

/// <summary>A document's identity and metadata, without its text, for listings.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Origin">Where it was read from.</param>
/// <param name="Format">The format it was read from.</param>
/// <param name="PublishedOn">Its publication date, as precise as known.</param>
/// <param name="Length">Characters of stored text.</param>
/// <param name="IngestedAt">When it was stored.</param>
public sealed record DocumentSummary(DocumentId Id, string Title, string Origin, DocumentFormat Format, PartialDate PublishedOn, int Length, DateTimeOffset IngestedAt);
