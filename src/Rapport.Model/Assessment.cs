namespace Rapport.Model;

/// <summary>The author's own judgement, with the estimative expression that carries its likelihood.</summary>
/// <param name="Expression">The estimative words as written ("can be expected").</param>
/// <param name="Likelihood">The ICD 203 band they map to.</param>
/// <param name="Provenance">The judgement's span and rule.</param>
public sealed record Assessment(string Expression, EstimativeLikelihood Likelihood, Provenance Provenance);
