namespace Rapport.Analysis.Hypotheses;

/// <summary>How much a piece of evidence helps to tell the hypotheses apart.</summary>
/// <param name="Evidence">The evidence.</param>
/// <param name="IsDiagnostic">False when it is rated the same against every hypothesis: it cannot favour any of them.</param>
/// <param name="Diagnosticity">
/// The share of hypotheses whose rating differs from the most common rating of this evidence, 0 … (h − 1)/h:
/// 0 for non-diagnostic evidence, higher the more it splits the hypotheses.
/// </param>
public sealed record EvidenceDiagnosticity(AchEvidence Evidence, bool IsDiagnostic, double Diagnosticity);
