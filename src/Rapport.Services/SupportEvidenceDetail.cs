using Rapport.Analysis.Credibility;
using Rapport.Model;

namespace Rapport.Services;

/// <summary>One support claim as the matrix cites it: where it stands, what it says and how credible it is.</summary>
/// <param name="Span">The claim's span in its document.</param>
/// <param name="DocumentTitle">The title of the document it stands in.</param>
/// <param name="Date">Its date: the claim's own, else its statement's, else the document's publication date, else unknown.</param>
/// <param name="Text">The quoted text of the span.</param>
/// <param name="Speaker">Who made the claim when it stands inside reported speech; null when it is the author's own text.</param>
/// <param name="Outlets">The outlets that carry it, with their grades: the statement's cited outlets, else the document's publisher.</param>
/// <param name="Credibility">The Admiralty information-credibility rating of the claim from its own outlets.</param>
public sealed record SupportEvidenceDetail(
    Span Span,
    string DocumentTitle,
    PartialDate Date,
    string Text,
    string? Speaker,
    IReadOnlyList<(string Outlet, ReliabilityGrade Grade)> Outlets,
    InformationCredibility Credibility);
