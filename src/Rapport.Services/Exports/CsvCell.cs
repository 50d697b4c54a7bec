namespace Rapport.Services.Exports;

/// <summary>
/// One CSV field, safe for spreadsheets: RFC 4180 quoting, and a guard against formula injection — a cell that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with <c>'</c>, because
/// Excel, LibreOffice and i2's importers would otherwise run text taken from a document as a formula
/// (<c>=HYPERLINK(…)</c>).
/// </summary>
public static class CsvCell
{
    private static readonly char[] MustQuote = [',', '"', '\r', '\n'];

    /// <summary>The text with the formula guard applied, not yet quoted.</summary>
    public static string Guard(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>The text as an RFC 4180 field: quoted, with quotes doubled, only when it holds a comma, quote or line break.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IndexOfAny(MustQuote) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>A text field: guarded, then quoted.</summary>
    public static string Text(string? text) => Quote(Guard(text));
}
