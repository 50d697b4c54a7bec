using System.Text.Json;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;

namespace Rapport.Web.Pages.Shared;

/// <summary>One line of the dashboard's counts by kind.</summary>
/// <param name="Kind">visit, meeting, phone call, ceremony, statement, support or other.</param>
/// <param name="Facts">Rapport's own facts of that kind behind the dyad (each fact once, however many actor pairs it codes).</param>
/// <param name="ImportedEvents">Imported events (GDELT, ICEWS) of that kind, by their CAMEO code.</param>
/// <param name="Source">How the count was made, shown beside it so the reader knows what it is a count of.</param>
public sealed record DyadKindCount(string Kind, int Facts, int ImportedEvents, string Source);

/// <summary>
/// What the dyad dashboard shows beside the monthly series: how many visits, meetings, phone calls, ceremonies,
/// statements and support claims lie behind it, and the support matrix cut down to the two sides.
/// </summary>
public static class DyadBreakdown
{
    /// <summary>The kinds counted, in the order shown.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["visit", "meeting", "phone call", "ceremony", "statement", "support", "other"];

    /// <summary>The most events read for the counts; past it the counts say they are partial.</summary>
    public const int MaxEvents = 50_000;

    /// <summary>
    /// Counts the dyad's events of the period by the kind of fact they were coded from. Rapport's own events point
    /// back at their fact, so each fact counts once and a meeting's kind is read from the fact itself (CAMEO codes a
    /// ceremony and a meeting alike, 040). Imported events have only their CAMEO code. Support claims carry no date
    /// of their own, so they are never in a month of the series: their count is the claims of the support matrix
    /// between the sides (<paramref name="support"/>), which dates them by their statement or their document, or
    /// shows them as undated.
    /// </summary>
    /// <returns>The counts in <see cref="Kinds"/> order, and whether <see cref="MaxEvents"/> cut the reading short.</returns>
    public static async Task<(IReadOnlyList<DyadKindCount> Counts, bool Partial)> CountAsync(
        IKnowledgeStore store, DyadTable table, YearMonth from, YearMonth to, IReadOnlyList<SupportMatrixRow> support, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(support);
        var (a, b) = (table.SideA, table.SideB);
        var aToB = await store.GetEventsAsync(a.Selector, b.Selector, from, to, MaxEvents, cancellationToken).ConfigureAwait(false);
        var bToA = await store.GetEventsAsync(b.Selector, a.Selector, from, to, MaxEvents, cancellationToken).ConfigureAwait(false);

        // The same time-bounded membership as the chart's cells, so the counts add up to what the chart shows.
        static bool Member(ActorGroup group, string? key, EventRecord e) => key is not null && YearMonth.From(e.Date) is { } month && group.Covers(key, month);
        var events = aToB.Where(e => Member(a, e.SourceActor, e) && Member(b, e.TargetActor, e))
            .Concat(bToA.Where(e => Member(b, e.SourceActor, e) && Member(a, e.TargetActor, e)));

        var facts = Kinds.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        var imported = Kinds.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        var seen = new HashSet<(string Fact, Span Span)>();
        var stored = new Dictionary<DocumentId, IReadOnlyList<FactRecord>>();
        foreach (var e in events)
        {
            if (!FactEvents.TryGetSource(e, out var fact, out var span))
            {
                imported[ByCameo(e.CameoCode)]++;
                continue;
            }

            if (!seen.Add((fact, span)))
            {
                continue;
            }

            var kind = fact switch
            {
                "meeting" => await MeetingKindAsync(store, stored, span, cancellationToken).ConfigureAwait(false),
                "statement" => "statement",
                "support" => "support",
                _ => "other",
            };
            facts[kind]++;
        }

        var claims = support.Sum(r => r.EvidenceCount);
        var counts = Kinds.Select(k => new DyadKindCount(
            k,
            k == "support" ? claims : facts[k],
            imported[k],
            k switch
            {
                "support" => "claims in the support table below (dated in the period, or undated); imported: CAMEO 07x",
                "statement" => "statements by one side about the other; imported: CAMEO 01x",
                "visit" => "meetings read as visits; imported: CAMEO 042, 043",
                "phone call" => "meetings read as phone calls; imported: CAMEO 041",
                "meeting" => "meetings read as meetings; imported: CAMEO 040, 044, 046",
                "ceremony" => "meetings read as ceremonies; imported: none (CAMEO codes them as 040)",
                _ => "any other coded event",
            })).ToList();
        return (counts, aToB.Count >= MaxEvents || bToA.Count >= MaxEvents);
    }

    /// <summary>
    /// The support matrix's cells between the two sides, either way round: the supporter belongs to one side and the
    /// recipient to the other, by the same memberships (and their periods) as the dyad's series.
    /// </summary>
    public static IReadOnlyList<SupportMatrixRow> SupportBetween(IReadOnlyList<SupportMatrixRow> rows, ActorGroup a, ActorGroup b)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return rows.Where(r => (Belongs(a, r.Supporter, r) && Belongs(b, r.Recipient, r)) || (Belongs(b, r.Supporter, r) && Belongs(a, r.Recipient, r))).ToList();
    }

    /// <summary>The document view at a support cell's strongest claim.</summary>
    public static string Link(SupportMatrixRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"/documents/{row.Strongest.Span.Document.Value}#f{row.Strongest.Span.Start}";
    }

    private static bool Belongs(ActorGroup group, RegistryActor actor, SupportMatrixRow row)
    {
        // A cell spans its claims' dates; a member belongs if it did at the first or the last of them. Undated cells
        // (no claim dated at all) are placed by membership at any time, since nothing narrows them down.
        var months = new[] { YearMonth.From(row.First), YearMonth.From(row.Last) }.OfType<YearMonth>().ToList();
        return actor.Keys.Any(key => group.Members.TryGetValue(key, out var validity)
            && (months.Count == 0 || months.Any(m => validity.Contains(m.ToPartialDate()))));
    }

    private static async Task<string> MeetingKindAsync(IKnowledgeStore store, Dictionary<DocumentId, IReadOnlyList<FactRecord>> stored, Span span, CancellationToken cancellationToken)
    {
        if (!stored.TryGetValue(span.Document, out var facts))
        {
            facts = await store.GetFactsAsync(span.Document, cancellationToken).ConfigureAwait(false);
            stored[span.Document] = facts;
        }

        var meeting = facts.FirstOrDefault(f => f.Kind == FactKind.Meeting && f.Span.Start == span.Start && f.Span.End == span.End);
        if (meeting is null)
        {
            return "meeting";
        }

        using var payload = JsonDocument.Parse(meeting.Payload);
        var kind = payload.RootElement.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        return kind?.Replace('-', ' ').Trim().ToLowerInvariant() switch
        {
            "visit" => "visit",
            "phone call" => "phone call",
            "ceremony" => "ceremony",
            _ => "meeting",
        };
    }

    private static string ByCameo(string code) => code switch
    {
        "042" or "043" => "visit",
        "041" => "phone call",
        "040" or "044" or "046" => "meeting",
        _ when code.StartsWith("01", StringComparison.Ordinal) => "statement",
        _ when code.StartsWith("07", StringComparison.Ordinal) => "support",
        _ => "other",
    };
}
