using Rapport.Model;

namespace Rapport.Reports.Briefs;

/// <summary>One support claim as a brief cites it.</summary>
/// <param name="Supporter">Who gives.</param>
/// <param name="Recipient">Who receives.</param>
/// <param name="Text">The words of the claim, verbatim from the document.</param>
/// <param name="Speaker">Who said it, when it stands in reported speech; null when it is the author's own text.</param>
/// <param name="Date">When, as precise as known.</param>
/// <param name="Outlets">The outlets that carry it, each with its grade, e.g. "Fars (F)".</param>
/// <param name="Credibility">The Admiralty information-credibility rating in words, e.g. "3 — possibly true".</param>
/// <param name="Evidence">Where it stands.</param>
public sealed record BriefSupportItem(
    string Supporter,
    string Recipient,
    string Text,
    string? Speaker,
    PartialDate Date,
    IReadOnlyList<string> Outlets,
    string Credibility,
    EvidenceRef Evidence);
