namespace Rapport.Analysis.Hypotheses;

/// <summary>How a piece of evidence bears on a hypothesis (Heuer 1999, chapter 8).</summary>
public enum AchRating
{
    /// <summary>The evidence has no bearing on the hypothesis, or was not rated.</summary>
    NotApplicable,

    /// <summary>The evidence is as expected whether or not the hypothesis holds.</summary>
    Neutral,

    /// <summary>The evidence fits the hypothesis.</summary>
    Consistent,

    /// <summary>The evidence argues against the hypothesis.</summary>
    Inconsistent,
}
