using System.Globalization;
using System.Text;

namespace Rapport.Services;

/// <summary>The support matrix as CSV (RFC 4180), one row a cell, for spreadsheets and reports.</summary>
public static class SupportMatrixCsv
{
    /// <summary>The header and one line per row.</summary>
    public static string Write(IReadOnlyList<SupportMatrixRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder(
            "supporter,supporter_key,recipient,recipient_key,kind,claims,documents,first,last,credibility,"
            + "strongest_document,strongest_title,strongest_start,strongest_end,strongest_date,strongest_speaker,strongest_outlets,strongest_credibility,strongest_text\n");
        foreach (var r in rows)
        {
            var s = r.Strongest;
            string[] fields =
            [
                r.Supporter.Name, r.Supporter.Key, r.Recipient.Name, r.Recipient.Key, r.KindName,
                r.EvidenceCount.ToString(CultureInfo.InvariantCulture), r.Documents.ToString(CultureInfo.InvariantCulture),
                r.First.ToIsoString() ?? string.Empty, r.Last.ToIsoString() ?? string.Empty,
                $"{(int)r.Credibility} {CredibilityLabels.Of(r.Credibility)}",
                s.Span.Document.Value, s.DocumentTitle,
                s.Span.Start.ToString(CultureInfo.InvariantCulture), s.Span.End.ToString(CultureInfo.InvariantCulture),
                s.Date.ToIsoString() ?? string.Empty, s.Speaker ?? string.Empty,
                string.Join("; ", s.Outlets.Select(o => $"{o.Outlet} ({o.Grade})")),
                $"{(int)s.Credibility} {CredibilityLabels.Of(s.Credibility)}",
                s.Text,
            ];
            csv.Append(string.Join(',', fields.Select(Field))).Append('\n');
        }

        return csv.ToString();
    }

    // Quote a field only when it must be, doubling its quotes, so plain cells stay readable.
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
