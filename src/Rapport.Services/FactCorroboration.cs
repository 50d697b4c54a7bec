using System.Text.Json;
using Rapport.Analysis.Credibility;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Groups the stored meetings and statements of all documents into facts, each with its evidence: the same meeting
/// (compatible kind and date, at least one participant in common after merges) or the same statement (the same
/// speaker after merges, the same date) reported by several documents is one fact. See <c>docs/analysis.md</c>.
/// </summary>
public sealed class FactCorroboration
{
    private readonly IKnowledgeStore _store;

    /// <summary>Creates the service over a store.</summary>
    private readonly ActorContext? _actors;

    /// <summary>Creates the service over a store; <paramref name="actors"/> when the caller has read the registry already.</summary>
    public FactCorroboration(IKnowledgeStore store, ActorContext? actors = null)
    {
        _store = store;
        _actors = actors;
    }

    /// <summary>The grouped facts of <paramref name="kind"/> (meetings and statements when null), optionally only those an actor takes part in.</summary>
    /// <exception cref="UserErrorException">The actor is unknown, or the kind is not meeting or statement.</exception>
    public async Task<IReadOnlyList<CorroboratedFact>> ListAsync(FactKind? kind = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        if (kind is not null and not (FactKind.Meeting or FactKind.Statement))
        {
            throw new UserErrorException("only meetings and statements are grouped across documents");
        }

        var actors = _actors ?? await ActorContext.LoadAsync(_store, cancellationToken).ConfigureAwait(false);
        var identity = actors.Identity;
        var grades = (await _store.ListOutletGradesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(g => OutletGrade.KeyOf(g.Outlet), g => g.Grade, StringComparer.Ordinal);

        var Key = actors.Key;

        string? only = null;
        if (actor is not null)
        {
            var found = identity.Lookup(actor);
            only = found.Count switch
            {
                1 => found[0].Key,
                0 => throw new UserErrorException($"no actor called '{actor}' in the knowledge base; see 'rapport actors'"),
                _ => throw new UserErrorException($"'{actor}' names several actors ({string.Join(", ", found.Select(a => a.Key))}); give the key instead"),
            };
        }

        var reports = new List<Report>();
        foreach (var k in kind is null ? [FactKind.Meeting, FactKind.Statement] : new[] { kind.Value })
        {
            await foreach (var fact in _store.ReadFactsAsync(k, cancellationToken).ConfigureAwait(false))
            {
                reports.Add(Report.Parse(fact, Key));
            }
        }

        var groups = Group(reports);
        return groups
            .Where(g => only is null || g.Any(r => r.SideA.Contains(only) || r.SideB.Contains(only)))
            .Select(g => Fact(g, identity, grades))
            .OrderBy(f => f.Date.Earliest ?? DateOnly.MaxValue).ThenBy(f => f.Kind).ThenBy(f => f.SideA.FirstOrDefault()?.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// True when two dates may denote the same day: equal, or one known only to the month or year and the other
    /// within it. Unknown dates never match: without a date two reports cannot be told to be one event.
    /// </summary>
    public static bool DatesCompatible(PartialDate a, PartialDate b)
    {
        if (!a.IsKnown || !b.IsKnown)
        {
            return false;
        }

        return (a.Earliest <= b.Earliest && b.Latest <= a.Latest) || (b.Earliest <= a.Earliest && a.Latest <= b.Latest);
    }

    /// <summary>True when two meeting kinds may describe one event: the same kind, or a visit reported as a meeting.</summary>
    public static bool KindsCompatible(string? a, string? b) =>
        a == b || (a is "visit" or "meeting" && b is "visit" or "meeting");

    private static List<List<Report>> Group(List<Report> reports)
    {
        // Most precise dates first, so a group's date is its most precise one and a report known only to the year
        // joins a group it fits rather than chaining unrelated days together.
        var groups = new List<(Report Head, List<Report> Members, HashSet<string> Actors)>();
        foreach (var report in reports.OrderByDescending(r => r.Fact.Date.Precision).ThenBy(r => r.Fact.Span.Document.Value, StringComparer.Ordinal).ThenBy(r => r.Fact.Span.Start))
        {
            var home = groups.FindIndex(g => Same(g.Head, report, g.Actors));
            if (home < 0)
            {
                groups.Add((report, [report], [.. report.SideA, .. report.SideB]));
            }
            else
            {
                groups[home].Members.Add(report);
                groups[home].Actors.UnionWith(report.SideA.Concat(report.SideB));
            }
        }

        return groups.Select(g => g.Members).ToList();
    }

    private static bool Same(Report head, Report report, HashSet<string> actors)
    {
        if (head.Fact.Kind != report.Fact.Kind || !DatesCompatible(head.Fact.Date, report.Fact.Date))
        {
            return false;
        }

        return head.Fact.Kind == FactKind.Statement
            ? head.Fact.Date == report.Fact.Date && head.SideA.SetEquals(report.SideA) && head.SideA.Count > 0
            : KindsCompatible(head.MeetingKind, report.MeetingKind) && report.SideA.Concat(report.SideB).Any(actors.Contains);
    }

    private static CorroboratedFact Fact(List<Report> group, ActorIdentity identity, Dictionary<string, ReliabilityGrade> grades)
    {
        var head = group[0];
        RegistryActor ActorOf(string key) => identity.Find(key)
            ?? new RegistryActor(key, key.StartsWith("name:", StringComparison.Ordinal) ? key[5..] : key, null, [key], [], [], []);
        var sideA = group.SelectMany(r => r.SideA).Distinct(StringComparer.Ordinal).ToList();
        var sideB = group.SelectMany(r => r.SideB).Distinct(StringComparer.Ordinal).Where(k => !sideA.Contains(k)).ToList();
        var outlets = group.SelectMany(r => r.Sources)
            .GroupBy(OutletGrade.KeyOf, StringComparer.Ordinal)
            .Select(g => (Outlet: g.First().Trim(), Grade: grades.GetValueOrDefault(g.Key, ReliabilityGrade.F)))
            .ToList();
        var credibility = Corroboration.Rate(outlets.Select(o => new SourceReport(o.Outlet, o.Grade)));
        return new CorroboratedFact(
            head.Fact.Kind,
            head.Fact.Date,
            head.MeetingKind,
            sideA.Select(ActorOf).ToList(),
            sideB.Select(ActorOf).ToList(),
            group.Select(r => r.Fact).ToList(),
            group.Select(r => r.Fact.Span.Document).Distinct().ToList(),
            outlets,
            credibility);
    }

    /// <summary>One stored fact read for grouping: its actors by merged identity, its kind and its cited outlets.</summary>
    private sealed record Report(FactRecord Fact, HashSet<string> SideA, HashSet<string> SideB, string? MeetingKind, IReadOnlyList<string> Sources)
    {
        public static Report Parse(FactRecord fact, Func<DocumentId, string, string> key)
        {
            using var json = JsonDocument.Parse(fact.Payload);
            var root = json.RootElement;
            var document = fact.Span.Document;
            HashSet<string> Keys(string property) => root.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
                ? array.EnumerateArray().Select(e => e.GetString()).OfType<string>().Select(n => key(document, n)).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal);
            var sources = root.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Select(e => e.GetString()).OfType<string>().Where(n => n.Trim().Length > 0).ToList()
                : [];
            if (fact.Kind == FactKind.Statement)
            {
                var speaker = root.TryGetProperty("speaker", out var sp) ? sp.GetString() : fact.Subject;
                var side = speaker is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>([key(document, speaker)], StringComparer.Ordinal);
                return new Report(fact, side, new HashSet<string>(StringComparer.Ordinal), null, sources);
            }

            var kind = root.TryGetProperty("kind", out var k) ? k.GetString() : null;
            return new Report(fact, Keys("participants_side_a"), Keys("participants_side_b"), kind, sources);
        }
    }
}
