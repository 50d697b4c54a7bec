using Rapport.Analysis.EventData;

namespace Rapport.Analysis.Series;

/// <summary>The events of one month in one direction (or both combined).</summary>
/// <param name="Count">How many events.</param>
/// <param name="ByQuadClass">Counts per quad class; index 0 is verbal cooperation … 3 material conflict.</param>
/// <param name="ByRoot">Counts per CAMEO root (<c>04</c>, <c>07</c>, …); roots with no events are absent.</param>
/// <param name="GoldsteinSum">
/// The cooperation score: the sum of the events' Goldstein weights. Positive when cooperation outweighs conflict;
/// it grows with activity, so a busy month of mild cooperation can outscore a quiet month of strong cooperation.
/// </param>
public sealed record DyadCell(int Count, IReadOnlyList<int> ByQuadClass, IReadOnlyDictionary<string, int> ByRoot, double GoldsteinSum)
{
    /// <summary>A month with no events.</summary>
    public static DyadCell Empty { get; } = new(0, [0, 0, 0, 0], new Dictionary<string, int>(), 0);

    /// <summary>
    /// The mean Goldstein weight per event: the tone of the month whatever its volume; null when there were no events
    /// (a month without events has no tone, which is not the same as a neutral one).
    /// </summary>
    public double? GoldsteinMean => Count == 0 ? null : GoldsteinSum / Count;

    /// <summary>The count for one quad class.</summary>
    public int CountOf(QuadClass quadClass) => ByQuadClass[(int)quadClass - 1];

    /// <summary>The count for one CAMEO root (<c>04</c>); 0 when none.</summary>
    public int CountOfRoot(string root) => ByRoot.TryGetValue(root, out var count) ? count : 0;
}
