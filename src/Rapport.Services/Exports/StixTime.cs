using System.Globalization;
using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>STIX timestamps: RFC 3339 in UTC with a <c>Z</c> and exactly three fractional digits, as <c>created</c> and <c>modified</c> require.</summary>
public static class StixTime
{
    /// <summary>The timestamp of an instant, truncated to the millisecond.</summary>
    public static string Of(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The first instant of a day.</summary>
    public static string StartOf(DateOnly day) => Of(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>The last millisecond of a day.</summary>
    public static string EndOf(DateOnly day) => Of(new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero));

    /// <summary>The period a partial date can denote, from its first to its last millisecond; null when unknown.</summary>
    public static (string Start, string Stop)? Span(PartialDate from, PartialDate to)
    {
        if (from.Earliest is not { } first)
        {
            return null;
        }

        var last = (to.IsKnown ? to : from).Latest!.Value;
        return (StartOf(first), EndOf(last < first ? first : last));
    }
}
