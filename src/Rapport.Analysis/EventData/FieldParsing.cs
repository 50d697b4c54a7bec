using System.Globalization;
using Rapport.Model;

namespace Rapport.Analysis.EventData;

/// <summary>The number and date parsing the event readers share; invariant culture throughout.</summary>
internal static class FieldParsing
{
    public static bool TryDouble(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static double? OptionalDouble(ReadOnlySpan<char> text) => TryDouble(text, out var value) ? value : null;

    /// <summary>Parses <c>YYYYMMDD</c> (GDELT's SQLDATE).</summary>
    public static bool TryCompactDate(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = PartialDate.Unknown;
        return text.Length == 8
            && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text[4..6], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && PartialDate.TryCreate(year, month, day, out date);
    }

    /// <summary>Parses <c>YYYY-MM-DD</c> (ICEWS's Event Date) to a day-precision date.</summary>
    public static bool TryIsoDay(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = PartialDate.Unknown;
        return text.Length == 10 && PartialDate.TryParse(text.ToString(), out date) && date.Precision == DatePrecision.Day;
    }

    public static bool IsCameoCodeShape(ReadOnlySpan<char> code)
    {
        if (code.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return CameoCodebook.RootOf(code.ToString()) is not null;
    }

    public static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");
}
