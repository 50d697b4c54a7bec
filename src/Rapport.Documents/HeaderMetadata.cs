using System.Globalization;
using System.Text.RegularExpressions;
using Rapport.Model;

namespace Rapport.Documents;

/// <summary>
/// Title, publisher and publication date read from the first lines of a text, where reports and
/// wire items carry them ("Published: March 3, 2018", "Publisher: …").
/// </summary>
/// <param name="Title">The first line that is not a labelled header line, without Markdown heading marks.</param>
/// <param name="Publisher">A "Publisher:" or "Source:" header value.</param>
/// <param name="PublishedOn">A "Published:" or "Date:" header value.</param>
public sealed partial record HeaderMetadata(string? Title, string? Publisher, PartialDate PublishedOn)
{
    private const int LinesToScan = 10;
    private const int MaxTitleLength = 200;

    /// <summary>Reads the header lines of <paramref name="text"/>.</summary>
    public static HeaderMetadata Read(string text)
    {
        string? title = null;
        string? publisher = null;
        var published = PartialDate.Unknown;
        var scanned = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim().ToString();
            if (line.Length == 0)
            {
                continue;
            }

            if (++scanned > LinesToScan)
            {
                break;
            }

            // "**Recorded:** Wednesday 14 May 2025 · **Published:** Friday 16 May 2025": Markdown emphasis around the labels, and
            // several labelled fields on one line.
            var fields = line.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal)
                .Split(['·', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var labelled = false;
            foreach (var field in fields)
            {
                var label = LabelledLine().Match(field);
                if (!label.Success)
                {
                    continue;
                }

                labelled = true;
                var value = label.Groups["value"].Value.Trim().Trim('*', '_').Trim();
                switch (label.Groups["label"].Value.ToLowerInvariant())
                {
                    case "publisher" or "source" when publisher is null:
                        publisher = value;
                        break;
                    case "published" or "date" or "publication date" or "dated" when !published.IsKnown:
                        published = ParseDate(value);
                        break;
                }
            }

            if (labelled)
            {
                continue;
            }

            title ??= Shorten(line.TrimStart('#', ' ').Trim());
        }

        return new HeaderMetadata(title, publisher, published);
    }

    /// <summary>Parses "2018-03-03", "March 3, 2018", "3 March 2018", "03.03.2018", "March 2018" or "2018".</summary>
    public static PartialDate ParseDate(string value)
    {
        // "8 August 2025, 22:40 GMT", "March 3, 2018 4:12pm": the day, without the time of day after it.
        var time = TimeOfDay().Match(value);
        if (time.Success && time.Index > 0)
        {
            value = value[..time.Index].TrimEnd(' ', ',');
        }

        if (PartialDate.TryParse(value, out var iso) && iso.IsKnown)
        {
            return iso;
        }

        var formats = new[]
        {
            "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dd.MM.yyyy", "d.M.yyyy", "dddd, MMMM d, yyyy", "dddd d MMMM yyyy",
            "dddd, d MMMM yyyy", "ddd d MMM yyyy", "ddd, d MMM yyyy",
        };
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return PartialDate.OfDay(day.Year, day.Month, day.Day);
        }

        if (DateTime.TryParseExact(value, ["MMMM yyyy", "MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var month))
        {
            return PartialDate.OfMonth(month.Year, month.Month);
        }

        return PartialDate.Unknown;
    }

    private static string Shorten(string line) => line.Length <= MaxTitleLength ? line : line[..MaxTitleLength].TrimEnd() + "…";

    [GeneratedRegex(@"[ ,]+\d{1,2}[:.]\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^(?<label>publisher|source|published|publication date|dated|date)\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLine();
}
