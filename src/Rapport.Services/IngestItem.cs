using Rapport.Model;

namespace Rapport.Services;

/// <summary>The result for one input path.</summary>
/// <param name="Origin">The path as found.</param>
/// <param name="Outcome">Added, already present or rejected.</param>
/// <param name="DocumentId">The document's id, unless rejected.</param>
/// <param name="Reason">Why it was rejected, in one line; null otherwise.</param>
public sealed record IngestItem(string Origin, IngestOutcome Outcome, DocumentId? DocumentId, string? Reason);
