namespace Rapport.Reports.Briefs;

/// <summary>An author's judgement quoted from a document, with its estimative expression and ICD-203 band.</summary>
/// <param name="Text">The judgement, verbatim.</param>
/// <param name="Expression">The estimative words, e.g. "can be expected".</param>
/// <param name="Level">The ICD-203 band with its range, e.g. "likely (55–80%)".</param>
/// <param name="Evidence">Where it stands.</param>
public sealed record BriefAssessment(string Text, string Expression, string Level, EvidenceRef Evidence);
