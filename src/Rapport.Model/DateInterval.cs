namespace Rapport.Model;

/// <summary>A period that may be open at either end, with partial dates at its bounds.</summary>
/// <param name="From">First date of the period; unknown means open.</param>
/// <param name="Until">Last date of the period; unknown means open.</param>
public readonly record struct DateInterval(PartialDate From, PartialDate Until)
{
    /// <summary>The interval open at both ends: always.</summary>
    public static DateInterval Always => default;

    /// <summary>True when the interval may include <paramref name="date"/>.</summary>
    public bool Contains(PartialDate date)
    {
        if (!date.IsKnown)
        {
            return true;
        }

        var afterStart = !From.IsKnown || date.Latest >= From.Earliest;
        var beforeEnd = !Until.IsKnown || date.Earliest <= Until.Latest;
        return afterStart && beforeEnd;
    }
}
