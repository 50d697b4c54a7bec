namespace Rapport.Analysis.Hypotheses;

/// <summary>How much the evidence weighs against one hypothesis.</summary>
/// <param name="Hypothesis">The hypothesis.</param>
/// <param name="WeightedInconsistency">The sum of the credibility weights of the evidence rated inconsistent with it.</param>
/// <param name="InconsistentCount">How many pieces of evidence are inconsistent with it.</param>
/// <param name="ConsistentCount">How many are consistent with it (reported, not scored: Heuer's point is that consistency proves little).</param>
/// <param name="Rank">1 for the least inconsistent; tied hypotheses share a rank.</param>
public sealed record HypothesisScore(Hypothesis Hypothesis, double WeightedInconsistency, int InconsistentCount, int ConsistentCount, int Rank);
