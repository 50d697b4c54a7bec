using System.Text.Json;
using Rapport.Storage;

namespace Rapport.Web.Pages.Documents;

/// <summary>
/// A run of a document's text covered by the same facts. Spans nest and overlap (a support claim inside a statement),
/// so the text is cut at every span boundary and each piece is marked with the innermost fact covering it.
/// </summary>
/// <param name="Text">The text of the run, verbatim (Razor encodes it).</param>
/// <param name="Facts">The facts covering it, innermost first; empty for plain text.</param>
/// <param name="Anchor">The id of the run when a fact starts here (<c>f{offset}</c>), so links can land on it; else null.</param>
public sealed record TextSegment(string Text, IReadOnlyList<FactRecord> Facts, string? Anchor)
{
    /// <summary>The kind of the innermost fact, for its colour.</summary>
    public string Kind => Facts.Count == 0 ? string.Empty : Facts[0].Kind.ToString().ToLowerInvariant();

    /// <summary>What hovering shows: each covering fact's kind and rule, and the outlets it cites.</summary>
    public string Title => string.Join("\n", Facts.Select(f =>
        $"{f.Kind.ToString().ToLowerInvariant()} — {f.Rule}" + (Sources(f) is { Count: > 0 } s ? " — cites " + string.Join(", ", s) : string.Empty)));

    /// <summary>The outlets cited by the facts covering this run, in order, without repeats (empty for plain text).</summary>
    public IReadOnlyList<string> Outlets => Facts.SelectMany(Sources).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The outlets a fact cites: the <c>sources</c> of its payload (names only; the citation's span is not stored).</summary>
    public static IReadOnlyList<string> Sources(FactRecord fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        using var payload = JsonDocument.Parse(fact.Payload);
        return payload.RootElement.ValueKind == JsonValueKind.Object && payload.RootElement.TryGetProperty("sources", out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(x.GetString())).Select(x => x.GetString()!.Trim()).ToList()
            : [];
    }

    /// <summary>Cuts <paramref name="text"/> at the boundaries of <paramref name="facts"/>.</summary>
    public static IReadOnlyList<TextSegment> Cut(string text, IReadOnlyList<FactRecord> facts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(facts);
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var f in facts)
        {
            cuts.Add(f.Span.Start);
            cuts.Add(f.Span.End);
        }

        var starts = facts.Select(f => f.Span.Start).ToHashSet();
        var segments = new List<TextSegment>();
        var anchored = new HashSet<int>();
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (from, to) = (points[i], points[i + 1]);
            var covering = facts.Where(f => f.Span.Start <= from && to <= f.Span.End).OrderBy(f => f.Span.Length).ToList();
            var anchor = covering.Count > 0 && starts.Contains(from) && anchored.Add(from) ? $"f{from}" : null;
            segments.Add(new TextSegment(text[from..to], covering, anchor));
        }

        return segments;
    }
}
