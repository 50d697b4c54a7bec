using Rapport.Model;

namespace Rapport.Storage;

/// <summary>One document found by a search.</summary>
/// <param name="Id">The document.</param>
/// <param name="Title">Its title.</param>
/// <param name="Snippet">A passage around the best match, with the matches marked.</param>
/// <param name="Score">Relevance; higher is better. Comparable only within one result list.</param>
public sealed record SearchHit(DocumentId Id, string Title, HighlightedText Snippet, double Score);
