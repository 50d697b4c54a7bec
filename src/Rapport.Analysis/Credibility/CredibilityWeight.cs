namespace Rapport.Analysis.Credibility;

/// <summary>
/// Turns an Admiralty information-credibility rating into the 0–1 weight an <see cref="Hypotheses.AchMatrix"/> gives
/// a piece of evidence: 1 → 1.0, 2 → 0.8, 3 → 0.6, 4 → 0.4, 5 → 0.2, 6 → 0.5.
/// </summary>
public static class CredibilityWeight
{
    /// <summary>
    /// The weight of <paramref name="credibility"/>. Ratings 1–5 are an ordered scale and step down evenly; 6 says only
    /// that there is no basis for judging, not that the information is doubtful, so it sits in the middle rather than
    /// below "improbable" — otherwise uncited evidence, the bulk of most reports, would count for almost nothing.
    /// </summary>
    public static double Of(InformationCredibility credibility) => credibility switch
    {
        InformationCredibility.Confirmed => 1.0,
        InformationCredibility.ProbablyTrue => 0.8,
        InformationCredibility.PossiblyTrue => 0.6,
        InformationCredibility.Doubtful => 0.4,
        InformationCredibility.Improbable => 0.2,
        _ => 0.5,
    };
}
