namespace Rapport.Analysis.ChangePoints;

/// <summary>How PELT segments a series.</summary>
/// <param name="Cost">The kind of change looked for.</param>
/// <param name="MinSegmentLength">
/// The shortest segment allowed (≥ 1; ≥ 2 for <see cref="ChangePointCost.MeanAndVariance"/>). With 2 or more a single
/// odd month cannot become a segment of its own.
/// </param>
/// <param name="Penalty">
/// The cost of one more change point, in the cost's units; null to set it by <paramref name="PenaltyRule"/>.
/// The mean cost is scaled by σ̂², so a penalty of k·ln n here is k·σ̂²·ln n on the unscaled sum of squares.
/// </param>
/// <param name="OutlierClipping">
/// Before segmenting, replace every value further than <paramref name="ClipThreshold"/>·σ̂ from the median of the
/// 2·m − 1 values around it (m the minimum segment length) by that median: a Hampel filter. A run shorter than m
/// extreme values cannot pull a median, so it is replaced; a run of m or more moves the median and is kept as a
/// possible segment.
/// Means are always reported from the unclipped values. Has no effect when m is 1.
/// </param>
/// <param name="ClipThreshold">How many σ̂ from the local median a value may lie before it is clipped.</param>
/// <param name="PenaltyRule">How the penalty is set when <paramref name="Penalty"/> is null.</param>
public sealed record ChangePointOptions(
    ChangePointCost Cost = ChangePointCost.Mean,
    int MinSegmentLength = 2,
    double? Penalty = null,
    bool OutlierClipping = true,
    double ClipThreshold = 3.0,
    PenaltyRule PenaltyRule = PenaltyRule.ModifiedBic)
{
    /// <summary>The defaults: mean changes, segments of at least two values, modified-BIC penalty, outlier clipping at 3σ̂.</summary>
    public static ChangePointOptions Default { get; } = new();
}
