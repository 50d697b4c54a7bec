namespace Rapport.Analysis.ChangePoints;

/// <summary>What kind of change a segmentation looks for.</summary>
public enum ChangePointCost
{
    /// <summary>
    /// A change in mean under normal noise of constant variance: a segment costs its sum of squared deviations from its
    /// own mean, divided by the noise variance σ̂².
    /// </summary>
    Mean,

    /// <summary>
    /// A change in mean or variance under normal noise: a segment of length m costs m·ln(σ̂²ₛ), its variance about its
    /// own mean (floored, so that a constant stretch does not cost −∞).
    /// </summary>
    MeanAndVariance,
}
