namespace Rapport.Analysis.ChangePoints;

/// <summary>A turning point: where a new segment of the series begins.</summary>
/// <param name="Index">The 0-based index of the first value of the new segment.</param>
/// <param name="MeanBefore">The mean of the segment that ends at <c>Index − 1</c>.</param>
/// <param name="MeanAfter">The mean of the segment that starts at <paramref name="Index"/>.</param>
public sealed record ChangePoint(int Index, double MeanBefore, double MeanAfter)
{
    /// <summary>The size of the step, after minus before: positive for a step up.</summary>
    public double Magnitude => MeanAfter - MeanBefore;
}
