using Rapport.Model;

namespace Rapport.Analysis.Series;

/// <summary>A monthly series of the events between the two sides of a dyad, with what was left out and why.</summary>
/// <param name="Dyad">The dyad.</param>
/// <param name="From">The first month.</param>
/// <param name="To">The last month.</param>
/// <param name="Months">Every month from <paramref name="From"/> to <paramref name="To"/>, empty months included.</param>
/// <param name="UnknownDateExcluded">Dyad events with an unknown date: they belong to no month.</param>
/// <param name="YearPrecisionExcluded">Dyad events known only to the year: they cannot be put in a month without inventing one.</param>
/// <param name="OutOfRangeExcluded">Dyad events dated to a month before <paramref name="From"/> or after <paramref name="To"/>.</param>
/// <param name="NotInDyad">Events that do not run from one side to the other.</param>
public sealed record DyadSeries(
    Dyad Dyad,
    YearMonth From,
    YearMonth To,
    IReadOnlyList<DyadMonth> Months,
    int UnknownDateExcluded,
    int YearPrecisionExcluded,
    int OutOfRangeExcluded,
    int NotInDyad)
{
    /// <summary>One value per month, for change-point detection or plotting, e.g. <c>m => m.Combined.GoldsteinSum</c>.</summary>
    public double[] Values(Func<DyadMonth, double> selector) => Months.Select(selector).ToArray();

    /// <summary>The month for an index into <see cref="Months"/> (e.g. a change point's index).</summary>
    public YearMonth MonthAt(int index) => From + index;
}
