using System.Globalization;
using System.Text;

namespace Rapport.Services;

/// <summary>Writes a competing-hypotheses matrix as CSV (RFC 4180) for a spreadsheet.</summary>
public static class HypothesisCsv
{
    /// <summary>
    /// One row per evidence item: id, reference, date, kind, text, credibility, weight, then one column per hypothesis
    /// with C, I, N or empty, a '?' marking a suggestion.
    /// </summary>
    public static string Write(HypothesisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        Row(csv, ["evidence", "reference", "date", "kind", "text", "credibility", "weight", .. report.Hypotheses.Select(h => h.Id)]);
        foreach (var row in report.Rows)
        {
            var e = row.Evidence;
            Row(csv, [
                e.Id, e.Reference.ToString(), e.Date.ToString(), e.Kind.ToString().ToLowerInvariant(), e.Text,
                ((int)e.Credibility).ToString(CultureInfo.InvariantCulture), e.Weight.ToString("0.00", CultureInfo.InvariantCulture),
                .. row.Cells.Select(c => c.Mark == "-" ? string.Empty : c.Mark)]);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
