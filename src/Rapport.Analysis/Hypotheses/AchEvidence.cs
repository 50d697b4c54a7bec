namespace Rapport.Analysis.Hypotheses;

/// <summary>A piece of evidence or an argument in the matrix.</summary>
/// <param name="Id">A short stable id, e.g. <c>E1</c>.</param>
/// <param name="Description">What the evidence is.</param>
/// <param name="Credibility">How far it is believed, 0 (not at all) … 1 (fully): weights its inconsistencies.</param>
public sealed record AchEvidence(string Id, string Description, double Credibility);
