using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rapport.Cli.Tests;

/// <summary>
/// Checks a brief's plain text against a gold file: every non-optional gold statement must stand in one Appendix A
/// record with its speaker (any alias the gold lists), its date and every outlet; every non-optional meeting in one
/// Appendix B record with its date, a participant and every outlet. A record is the text up to the fact's handle,
/// which every format prints at the end of each item, so the check reads HTML, DOCX and PDF text alike.
/// </summary>
public static partial class BriefGoldCheck
{
    /// <summary>What the brief lacks; empty when it holds every required item.</summary>
    public static IReadOnlyList<string> Missing(string briefText, string goldJson)
    {
        var text = Squash(briefText);
        var a = text.IndexOf(Squash("Appendix A — Statements"), StringComparison.Ordinal);
        var b = text.IndexOf(Squash("Appendix B — Visits and meetings"), StringComparison.Ordinal);
        // The Sources section is the last, and opens with its table of outlets.
        var end = text.LastIndexOf(Squash("Sources Outlet"), StringComparison.Ordinal);
        if (a < 0 || b < a || end < b)
        {
            return ["the brief has no Appendix A, Appendix B and Sources sections in that order"];
        }

        var statements = Records(text[a..b], "statement");
        var meetings = Records(text[b..end], "meeting");
        using var gold = JsonDocument.Parse(goldJson);
        var aliases = Aliases(gold.RootElement);
        var missing = new List<string>();
        foreach (var s in Required(gold.RootElement, "statements"))
        {
            var speaker = Str(s, "speaker")!;
            var names = aliases.GetValueOrDefault(Squash(speaker)) ?? [Squash(speaker)];
            if (!statements.Any(r => names.Any(r.Contains) && HasDate(r, s) && Outlets(s).All(r.Contains)))
            {
                missing.Add($"statement {speaker} {Str(s, "date") ?? "undated"} [{string.Join(", ", Strings(s, "sources"))}]");
            }
        }

        foreach (var m in Required(gold.RootElement, "meetings"))
        {
            var names = Strings(m, "participants_side_a").Concat(Strings(m, "participants_side_b"))
                .SelectMany(p => aliases.GetValueOrDefault(Squash(p)) ?? [Squash(p)]).ToList();
            if (!meetings.Any(r => names.Any(r.Contains) && HasDate(r, m) && Outlets(m).All(r.Contains)))
            {
                missing.Add($"meeting {Str(m, "date")} {string.Join("/", Strings(m, "participants_side_a"))} -> {string.Join("/", Strings(m, "participants_side_b"))}");
            }
        }

        return missing;
    }

    /// <summary>Lower case without whitespace, so words wrapped or split across PDF lines and table cells still compare.</summary>
    public static string Squash(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c != '\u00AD')
            {
                s.Append(char.ToLowerInvariant(c));
            }
        }

        return s.ToString().Replace('’', '\'');
    }

    private static List<string> Records(string section, string kind)
    {
        var records = new List<string>();
        var start = 0;
        foreach (Match handle in Handle().Matches(section))
        {
            if (handle.Groups[1].Value == kind)
            {
                records.Add(section[start..(handle.Index + handle.Length)]);
            }

            start = handle.Index + handle.Length;
        }

        return records;
    }

    private static bool HasDate(string record, JsonElement item)
    {
        var dates = Strings(item, "alt_dates").Prepend(Str(item, "date")).ToList();
        return dates.Any(d => record.Contains(d ?? "dateunknown", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Outlets(JsonElement item) => Strings(item, "sources").Select(Squash);

    private static Dictionary<string, List<string>> Aliases(JsonElement root)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var actor in root.GetProperty("actors").EnumerateArray())
        {
            var names = Strings(actor, "aliases_in_text").Append(Str(actor, "name")!).Select(Squash).Where(n => n.Length > 2).Distinct().ToList();
            foreach (var name in names)
            {
                map[name] = map.TryGetValue(name, out var known) ? known.Union(names).ToList() : names;
            }
        }

        return map;
    }

    private static IEnumerable<JsonElement> Required(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Where(e => !(e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True));

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)
            : [];

    [GeneratedRegex(@"\[(statement|meeting|support|assessment):[0-9a-f]{12}@\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();
}
