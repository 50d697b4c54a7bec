using Rapport.Model;

namespace Rapport.Services;

/// <summary>One month of a dyad: events each way, by quad class, and the Goldstein-weighted cooperation score.</summary>
/// <param name="Month">The month.</param>
/// <param name="AToB">Events from side A to side B.</param>
/// <param name="BToA">Events from side B to side A.</param>
/// <param name="ByQuadClass">Events both ways in quad classes 1–4 (index 0 is class 1).</param>
/// <param name="Score">The sum of the events' Goldstein weights, both ways: positive is cooperation.</param>
public sealed record DyadMonthRow(YearMonth Month, long AToB, long BToA, IReadOnlyList<long> ByQuadClass, double Score)
{
    /// <summary>Events both ways.</summary>
    public long Events => AToB + BToA;
}
