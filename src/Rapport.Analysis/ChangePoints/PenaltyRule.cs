namespace Rapport.Analysis.ChangePoints;

/// <summary>How the default penalty per change point is set from the series length n (in units of the cost).</summary>
public enum PenaltyRule
{
    /// <summary>
    /// The leading term of the modified BIC of Zhang &amp; Siegmund (2007): (p + 2)·ln n, where p is the number of
    /// parameters a new segment adds (1 for a mean, 2 for a mean and a variance). It also charges for the change
    /// point's location, which plain BIC treats as free; on flat normal noise it raises a false alarm in about 1–2 %
    /// of series of 60–120 values, against about 12 % for BIC (docs/analysis.md has the measured rates).
    /// </summary>
    ModifiedBic,

    /// <summary>
    /// BIC: (p + 1)·ln n — for the mean cost the 2·σ̂²·ln n of an unscaled sum of squares. Finds smaller steps and
    /// more false alarms.
    /// </summary>
    Bic,
}
