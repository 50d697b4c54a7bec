using Rapport.Analysis.Hypotheses;

namespace Rapport.Services;

/// <summary>One cell of the matrix as shown: the rating and whether Rapport suggested it rather than the analyst.</summary>
/// <param name="Rating">The rating; <see cref="AchRating.NotApplicable"/> when neither tagged nor suggested.</param>
/// <param name="Suggested">True when it comes from a suggestion rule, not an explicit tag.</param>
public sealed record HypothesisCell(AchRating Rating, bool Suggested)
{
    /// <summary>The cell's mark: C, I, N or '-', with '?' after a suggestion.</summary>
    public string Mark => (Rating switch
    {
        AchRating.Consistent => "C",
        AchRating.Inconsistent => "I",
        AchRating.Neutral => "N",
        _ => "-",
    }) + (Suggested && Rating != AchRating.NotApplicable ? "?" : string.Empty);
}
