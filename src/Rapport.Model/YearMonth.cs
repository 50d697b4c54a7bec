using System.Globalization;

namespace Rapport.Model;

/// <summary>A calendar month, such as 2017-08: the bin of monthly series.</summary>
/// <remarks>
/// Built only through validating members, so a month outside 1–12 or a year outside 1–9999 cannot exist. The default
/// value is 0001-01. Ordering, <c>+</c>/<c>-</c> months and the distance between two months are exact integer arithmetic.
/// </remarks>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    // Months since 0001-01, so that default(YearMonth) is a valid month and arithmetic is a single addition.
    private readonly int _index;

    private YearMonth(int index) => _index = index;

    /// <summary>Creates a month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999 or the month outside 1–12.</exception>
    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A year is 1 to 9999.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        }

        _index = ((year - 1) * 12) + (month - 1);
    }

    /// <summary>The earliest representable month, 0001-01.</summary>
    public static YearMonth MinValue => default;

    /// <summary>The latest representable month, 9999-12.</summary>
    public static YearMonth MaxValue => new(9999, 12);

    /// <summary>The year.</summary>
    public int Year => (_index / 12) + 1;

    /// <summary>The month, 1–12.</summary>
    public int Month => (_index % 12) + 1;

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>The month a day falls in.</summary>
    public static YearMonth From(DateOnly date) => new(date.Year, date.Month);

    /// <summary>
    /// The month of a partial date when it is known at least to the month; null for year-only and unknown dates,
    /// which belong to no single month.
    /// </summary>
    public static YearMonth? From(PartialDate date) =>
        date.Precision is DatePrecision.Month or DatePrecision.Day ? new YearMonth(date.Year, date.Month) : null;

    /// <summary>This month as a month-precision <see cref="PartialDate"/>.</summary>
    public PartialDate ToPartialDate() => PartialDate.OfMonth(Year, Month);

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result falls outside 0001-01 … 9999-12.</exception>
    public YearMonth AddMonths(int months)
    {
        var index = (long)_index + months;
        if (index < 0 || index > MaxValue._index)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, $"{this} plus {months} months is outside 0001-01 … 9999-12.");
        }

        return new YearMonth((int)index);
    }

    /// <summary>How many months after <paramref name="other"/> this month is (negative when before).</summary>
    public int MonthsSince(YearMonth other) => _index - other._index;

    /// <summary>Parses <c>YYYY-MM</c>.</summary>
    public static bool TryParse(string? text, out YearMonth month)
    {
        month = default;
        var span = text.AsSpan().Trim();
        if (span.Length != 7 || span[4] != '-'
            || !int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(span[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var monthNumber)
            || year < 1 || monthNumber is < 1 or > 12)
        {
            return false;
        }

        month = new YearMonth(year, monthNumber);
        return true;
    }

    /// <summary>Parses <c>YYYY-MM</c>.</summary>
    /// <exception cref="FormatException">The text is not a month of that form.</exception>
    public static YearMonth Parse(string? text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month of the form YYYY-MM.");

    /// <inheritdoc />
    public int CompareTo(YearMonth other) => _index.CompareTo(other._index);

    /// <summary>The form <c>YYYY-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>The month <paramref name="months"/> later.</summary>
    public static YearMonth operator +(YearMonth month, int months) => month.AddMonths(months);

    /// <summary>The month <paramref name="months"/> earlier.</summary>
    public static YearMonth operator -(YearMonth month, int months) => month.AddMonths(-months);

    /// <summary>The number of months from <paramref name="right"/> to <paramref name="left"/>.</summary>
    public static int operator -(YearMonth left, YearMonth right) => left.MonthsSince(right);

    /// <summary>Earlier-than.</summary>
    public static bool operator <(YearMonth left, YearMonth right) => left._index < right._index;

    /// <summary>Later-than.</summary>
    public static bool operator >(YearMonth left, YearMonth right) => left._index > right._index;

    /// <summary>Earlier-or-same.</summary>
    public static bool operator <=(YearMonth left, YearMonth right) => left._index <= right._index;

    /// <summary>Later-or-same.</summary>
    public static bool operator >=(YearMonth left, YearMonth right) => left._index >= right._index;
}
