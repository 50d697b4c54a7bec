using Rapport.Model;

namespace Rapport.Analysis.Series;

/// <summary>
/// Bins the events between the two sides of a dyad into months. Day- and month-precision events go to their month;
/// year-precision and unknown dates are excluded and counted, never spread over months.
/// </summary>
public static class DyadSeriesBuilder
{
    /// <summary>Builds the series from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static DyadSeries Build(IEnumerable<DyadEvent> events, Dyad dyad, YearMonth from, YearMonth to)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(dyad);
        if (to < from)
        {
            throw new ArgumentException($"The series ends ({to}) before it starts ({from}).", nameof(to));
        }

        var length = (to - from) + 1;
        var combined = NewAccumulators(length);
        var aToB = NewAccumulators(length);
        var bToA = NewAccumulators(length);
        int unknown = 0, yearOnly = 0, outOfRange = 0, notInDyad = 0;

        foreach (var e in events)
        {
            var direction = dyad.DirectionOf(e.Source, e.Target);
            if (direction is null)
            {
                notInDyad++;
                continue;
            }

            switch (e.Date.Precision)
            {
                case DatePrecision.Unknown:
                    unknown++;
                    continue;
                case DatePrecision.Year:
                    yearOnly++;
                    continue;
            }

            var index = new YearMonth(e.Date.Year, e.Date.Month) - from;
            if (index < 0 || index >= length)
            {
                outOfRange++;
                continue;
            }

            combined[index].Add(e);
            (direction == DyadDirection.AToB ? aToB : bToA)[index].Add(e);
        }

        var months = new DyadMonth[length];
        for (var i = 0; i < length; i++)
        {
            months[i] = new DyadMonth(from + i, combined[i].ToCell(), aToB[i].ToCell(), bToA[i].ToCell());
        }

        return new DyadSeries(dyad, from, to, months, unknown, yearOnly, outOfRange, notInDyad);
    }

    private static Accumulator[] NewAccumulators(int length)
    {
        var result = new Accumulator[length];
        for (var i = 0; i < length; i++)
        {
            result[i] = new Accumulator();
        }

        return result;
    }

    private sealed class Accumulator
    {
        private readonly int[] _byQuad = new int[4];
        private Dictionary<string, int>? _byRoot;
        private int _count;
        private double _sum;

        public void Add(DyadEvent e)
        {
            _count++;
            _sum += e.Goldstein;
            _byQuad[(int)e.QuadClass - 1]++;
            _byRoot ??= new Dictionary<string, int>(StringComparer.Ordinal);
            _byRoot[e.Root] = _byRoot.TryGetValue(e.Root, out var n) ? n + 1 : 1;
        }

        public DyadCell ToCell() => _count == 0
            ? DyadCell.Empty
            : new DyadCell(_count, (int[])_byQuad.Clone(), _byRoot!, _sum);
    }
}
