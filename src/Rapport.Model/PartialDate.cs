using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Rapport.Model;

/// <summary>
/// A calendar date that may be known only to the year or month, or not at all.
/// A day is never invented: "August 2017" stays a month-precision date.
/// </summary>
/// <remarks>
/// The only ways to build one validate their input, so an impossible date such as February 30 cannot exist.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The unknown date.</summary>
    public static PartialDate Unknown => default;

    /// <summary>The year, or 0 when the date is unknown.</summary>
    public int Year { get; }

    /// <summary>The month (1–12), or 0 when not known.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or 0 when not known.</summary>
    public int Day { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>True when at least the year is known.</summary>
    public bool IsKnown => Precision != DatePrecision.Unknown;

    /// <summary>A date known to the year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    public static PartialDate OfYear(int year)
    {
        CheckYear(year);
        return new PartialDate(year, 0, 0, DatePrecision.Year);
    }

    /// <summary>A date known to the month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate OfMonth(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        }

        return new PartialDate(year, month, 0, DatePrecision.Month);
    }

    /// <summary>A date known to the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month.</exception>
    public static PartialDate OfDay(int year, int month, int day)
    {
        _ = OfMonth(year, month);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{year:D4}-{month:D2} has no day {day}.");
        }

        return new PartialDate(year, month, day, DatePrecision.Day);
    }

    /// <summary>A day-precision date from a <see cref="DateOnly"/>.</summary>
    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day);

    /// <summary>Tries to build a date, returning false instead of throwing for an impossible one.</summary>
    public static bool TryCreate(int year, int? month, int? day, out PartialDate date)
    {
        date = Unknown;
        if (year is < 1 or > 9999)
        {
            return false;
        }

        if (month is null)
        {
            if (day is not null)
            {
                return false;
            }

            date = OfYear(year);
            return true;
        }

        if (month is < 1 or > 12)
        {
            return false;
        }

        if (day is null)
        {
            date = OfMonth(year, month.Value);
            return true;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month.Value))
        {
            return false;
        }

        date = OfDay(year, month.Value, day.Value);
        return true;
    }

    /// <summary>
    /// Parses the ISO forms <c>YYYY</c>, <c>YYYY-MM</c> and <c>YYYY-MM-DD</c>; an empty string or "unknown" is the unknown date.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = Unknown;
        if (string.IsNullOrWhiteSpace(text) || text.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if ((i > 0 && parts[i].Length != 2)
                || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        return TryCreate(
            numbers[0],
            parts.Length > 1 ? numbers[1] : null,
            parts.Length > 2 ? numbers[2] : null,
            out date);
    }

    /// <summary>Parses an ISO partial date.</summary>
    /// <exception cref="FormatException">The text is not a valid partial date.</exception>
    public static PartialDate Parse(string? text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>The first calendar day this date could denote, or null when unknown.</summary>
    public DateOnly? Earliest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, 1),
        DatePrecision.Year => new DateOnly(Year, 1, 1),
        _ => null,
    };

    /// <summary>The last calendar day this date could denote, or null when unknown.</summary>
    public DateOnly? Latest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        _ => null,
    };

    /// <summary>Orders by earliest possible day; unknown dates sort first, and a coarser date before a finer one on the same start.</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Nullable.Compare(Earliest, other.Earliest);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>The ISO form (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>), or null when unknown.</summary>
    public string? ToIsoString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => ToIsoString() ?? "unknown";

    private static void CheckYear(int year)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A year is 1 to 9999.");
        }
    }

    /// <summary>Less-than by <see cref="CompareTo"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Greater-than by <see cref="CompareTo"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Less-or-equal by <see cref="CompareTo"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Greater-or-equal by <see cref="CompareTo"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
