using System.Text.Json;
using Rapport.Extraction.Json;
using Rapport.Extraction.Names;

namespace Rapport.Extraction.Evaluation;

/// <summary>
/// Scores an extraction against a gold file (see <c>../shared/README.md</c>, rule 6): statements match on speaker
/// (alias-insensitive) and date (any of <c>date</c>/<c>alt_dates</c>); meetings on date and at least one shared participant.
/// Matching is one-to-one; optional gold records are neither false positives when found nor misses when not.
/// </summary>
public static class Evaluator
{
    private sealed record Gold(string Label, HashSet<string> Names, HashSet<string?> Dates, bool Optional, HashSet<string> Sources);

    private sealed record Found(string Label, HashSet<string> Names, string? Date, HashSet<string> Sources);

    /// <summary>Scores <paramref name="result"/> against the gold JSON text.</summary>
    /// <exception cref="JsonException">The gold text is not JSON.</exception>
    public static EvaluationReport Evaluate(string goldJson, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(goldJson);
        ArgumentNullException.ThrowIfNull(result);
        using var doc = JsonDocument.Parse(goldJson);
        var root = doc.RootElement;
        var aliases = GoldAliases(root);
        var extractedAliases = result.Actors.GroupBy(a => a.Ref.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(a => a.AliasesInText).ToList(), StringComparer.Ordinal);

        HashSet<string> Keys(IEnumerable<string> names, bool gold)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                keys.Add(NameKey.Of(name));
                if (gold && aliases.TryGetValue(NameKey.Of(name), out var more))
                {
                    keys.UnionWith(more);
                }

                if (!gold && extractedAliases.TryGetValue(name, out var extra))
                {
                    keys.UnionWith(extra.Select(NameKey.Of));
                }
            }

            keys.Remove(string.Empty);
            return keys;
        }

        var details = new List<string>();
        var goldStatements = Items(root, "statements").Select(e => new Gold(
            $"{Str(e, "speaker")} {Str(e, "date")}", Keys([Str(e, "speaker") ?? string.Empty], true), Dates(e), Bool(e, "optional"),
            Sources(e))).ToList();
        var foundStatements = result.Statements.Select(s => new Found(
            $"{s.Speaker.Name} {s.Date.ToIsoString()}", Keys([s.Speaker.Name], false), s.Date.ToIsoString(),
            s.Citations.Select(c => NameKey.Of(c.Source)).ToHashSet(StringComparer.Ordinal))).ToList();
        var (statements, pairs) = Match(goldStatements, foundStatements, (g, f) => g.Dates.Contains(f.Date) && g.Names.Overlaps(f.Names), "statement", details);

        var outletsRight = 0;
        foreach (var (g, f) in pairs)
        {
            if (g.Sources.SetEquals(f.Sources))
            {
                outletsRight++;
            }
            else
            {
                details.Add($"outlets differ for statement {g.Label}: gold [{string.Join(", ", g.Sources)}] found [{string.Join(", ", f.Sources)}]");
            }
        }

        var goldMeetings = Items(root, "meetings").Select(e => new Gold(
            $"{Str(e, "date")} {string.Join("/", Strings(e, "participants_side_a"))} -> {string.Join("/", Strings(e, "participants_side_b"))}",
            Keys(Strings(e, "participants_side_a").Concat(Strings(e, "participants_side_b")), true), Dates(e), Bool(e, "optional"), Sources(e))).ToList();
        var foundMeetings = result.Meetings.Select(m => new Found(
            $"{m.Date.ToIsoString()} {ExtractionJsonWriter.Kind(m.Kind)} {string.Join("/", m.SideA.Select(p => p.Name))} -> {string.Join("/", m.SideB.Select(p => p.Name))}",
            Keys(m.SideA.Concat(m.SideB).Select(p => p.Name), false), m.Date.ToIsoString(),
            m.Citations.Select(c => NameKey.Of(c.Source)).ToHashSet(StringComparer.Ordinal))).ToList();
        var (meetings, _) = Match(goldMeetings, foundMeetings, (g, f) => g.Dates.Contains(f.Date) && g.Names.Overlaps(f.Names), "meeting", details);

        return new EvaluationReport(statements, meetings, pairs.Count == 0 ? 1 : (double)outletsRight / pairs.Count, details);
    }

    private static (Score Score, List<(Gold Gold, Found Found)> Pairs) Match(
        List<Gold> gold, List<Found> found, Func<Gold, Found, bool> matches, string what, List<string> details)
    {
        var required = gold.Where(g => !g.Optional).ToList();
        var optional = gold.Where(g => g.Optional).ToList();
        var requiredMatch = Bipartite(required, Enumerable.Range(0, found.Count).ToList(), found, matches);
        var left = Enumerable.Range(0, found.Count).Where(f => !requiredMatch.ContainsValue(f)).ToList();
        var optionalMatch = Bipartite(optional, left, found, matches);

        var pairs = requiredMatch.Select(kv => (required[kv.Key], found[kv.Value])).ToList();
        var falsePositives = left.Where(f => !optionalMatch.ContainsValue(f)).ToList();
        foreach (var g in required.Where((_, i) => !requiredMatch.ContainsKey(i)))
        {
            details.Add($"missed {what}: {g.Label}");
        }

        foreach (var f in falsePositives)
        {
            details.Add($"false positive {what}: {found[f].Label}");
        }

        return (new Score(pairs.Count, falsePositives.Count, required.Count - pairs.Count), pairs);
    }

    /// <summary>Maximum one-to-one matching by augmenting paths (Kuhn); gold index → found index.</summary>
    private static Dictionary<int, int> Bipartite(List<Gold> gold, List<int> candidates, List<Found> found, Func<Gold, Found, bool> matches)
    {
        var goldOf = new Dictionary<int, int>();
        for (var g = 0; g < gold.Count; g++)
        {
            Augment(g, new HashSet<int>());
        }

        return goldOf.ToDictionary(kv => kv.Value, kv => kv.Key);

        bool Augment(int g, HashSet<int> seen)
        {
            foreach (var f in candidates)
            {
                if (!matches(gold[g], found[f]) || !seen.Add(f))
                {
                    continue;
                }

                if (!goldOf.TryGetValue(f, out var other) || Augment(other, seen))
                {
                    goldOf[f] = g;
                    return true;
                }
            }

            return false;
        }
    }

    private static Dictionary<string, HashSet<string>> GoldAliases(JsonElement root)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var actor in Items(root, "actors"))
        {
            var keys = Strings(actor, "aliases_in_text").Append(Str(actor, "name") ?? string.Empty).Select(NameKey.Of).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (!map.TryGetValue(key, out var set))
                {
                    map[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(keys);
            }
        }

        return map;
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Bool(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)
            : [];

    private static HashSet<string?> Dates(JsonElement e)
    {
        var dates = new HashSet<string?> { Str(e, "date") };
        foreach (var alt in Strings(e, "alt_dates"))
        {
            dates.Add(alt);
        }

        return dates;
    }

    private static HashSet<string> Sources(JsonElement e) => Strings(e, "sources").Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
}
