namespace Rapport.Services;

/// <summary>One evidence row with its cell under each hypothesis, in the file's order.</summary>
/// <param name="Evidence">The evidence.</param>
/// <param name="Cells">One cell per hypothesis.</param>
public sealed record HypothesisMatrixRow(HypothesisEvidence Evidence, IReadOnlyList<HypothesisCell> Cells)
{
    /// <summary>True when at least one cell is tagged or suggested.</summary>
    public bool IsRated => Cells.Any(c => c.Rating != Analysis.Hypotheses.AchRating.NotApplicable);
}
