namespace Rapport.Analysis.ChangePoints;

/// <summary>The segmentation of a series.</summary>
/// <param name="ChangePoints">The change points in order; empty when the series has none.</param>
/// <param name="Segments">The segments they cut the series into (one when there is no change point; none for an empty series).</param>
/// <param name="Penalty">The penalty that was applied per change point.</param>
/// <param name="NoiseScale">σ̂, the robust estimate of the noise's standard deviation that scaled the mean cost and the clipping.</param>
public sealed record ChangePointResult(
    IReadOnlyList<ChangePoint> ChangePoints,
    IReadOnlyList<Segment> Segments,
    double Penalty,
    double NoiseScale);
