using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>An author's estimative judgement as stored, with the date it is placed at.</summary>
/// <param name="Span">Its sentence in the document.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Text">The sentence as written.</param>
/// <param name="Expression">The estimative words ("can be expected").</param>
/// <param name="Likelihood">The ICD 203 band, when the words map to one.</param>
/// <param name="PercentLow">The band's lower bound in percent.</param>
/// <param name="PercentHigh">The band's upper bound in percent.</param>
/// <param name="Date">Its own date if it has one, else its document's publication date.</param>
public sealed record ExportAssessment(Span Span, RuleRef Rule, string Text, string? Expression, EstimativeLikelihood? Likelihood, int? PercentLow, int? PercentHigh, PartialDate Date);
