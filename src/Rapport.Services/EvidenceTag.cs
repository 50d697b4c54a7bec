using Rapport.Analysis.Hypotheses;

namespace Rapport.Services;

/// <summary>An analyst's explicit rating of one piece of evidence against one hypothesis, from a hypotheses file.</summary>
/// <param name="Reference">The fact it rates.</param>
/// <param name="Rating">Consistent, inconsistent or neutral.</param>
/// <param name="Line">The line of the file it was written on (1-based), for error messages.</param>
public sealed record EvidenceTag(FactReference Reference, AchRating Rating, int Line);
