namespace Rapport.Analysis.ChangePoints;

/// <summary>A stretch of the series between change points.</summary>
/// <param name="Start">The 0-based index of its first value.</param>
/// <param name="Length">How many values it holds.</param>
/// <param name="Mean">The mean of its values.</param>
/// <param name="StandardDeviation">The standard deviation of its values about their mean (population form).</param>
public sealed record Segment(int Start, int Length, double Mean, double StandardDeviation)
{
    /// <summary>The index one past its last value.</summary>
    public int End => Start + Length;
}
