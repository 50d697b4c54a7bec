using Rapport.Analysis.ChangePoints;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Builds a dyad's monthly series from the store's event cells — Rapport's own facts and imported event data
/// alike — keeping only events whose actors belong to each side in that month, and finds its turning points.
/// </summary>
public sealed class DyadService
{
    private readonly IKnowledgeStore _store;
    private readonly ActorGroupResolver _resolver;

    private readonly ActorIdentity? _identity;

    /// <summary>Creates the service; <paramref name="identity"/> when the caller has read the registry already.</summary>
    public DyadService(IKnowledgeStore store, ActorGroupResolver? resolver = null, ActorIdentity? identity = null)
    {
        _store = store;
        _resolver = resolver ?? ActorGroupResolver.Default;
        _identity = identity;
    }

    /// <summary>The series between the groups named <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <exception cref="UserErrorException">A name is unknown, or the period is empty.</exception>
    public async Task<DyadTable> BuildAsync(string a, string b, YearMonth from, YearMonth to, CancellationToken cancellationToken = default)
    {
        if (to < from)
        {
            throw new UserErrorException($"the period ends ({to}) before it starts ({from})");
        }

        // Keys an analyst merged into a member stand for that member too.
        var identity = _identity ?? await new ActorService(_store).IdentityAsync(cancellationToken).ConfigureAwait(false);
        var sideA = WithMerged(_resolver.Resolve(a), identity);
        var sideB = WithMerged(_resolver.Resolve(b), identity);
        var aToB = await _store.GetEventMonthsAsync(sideA.Selector, sideB.Selector, from, to, cancellationToken).ConfigureAwait(false);
        var bToA = await _store.GetEventMonthsAsync(sideB.Selector, sideA.Selector, from, to, cancellationToken).ConfigureAwait(false);
        var months = Build(sideA, sideB, from, to, aToB, bToA);
        var turningPoints = months.Count >= 4 ? Pelt.Detect(months.Select(m => m.Score).ToList()).ChangePoints : [];
        var evidence = new List<IReadOnlyList<EventRecord>>();
        foreach (var turn in turningPoints)
        {
            var start = months[turn.Index].Month;
            evidence.Add(await EvidenceAsync(sideA, sideB, start, Earlier(start + (EvidenceMonths - 1), to), Math.Sign(turn.Magnitude), cancellationToken).ConfigureAwait(false));
        }

        return new DyadTable(sideA, sideB, months, turningPoints) { Evidence = evidence };
    }

    // A turning point is the first month of a new level; the events of its first months that pull the score the way it
    // moved (the most cooperative after a rise, the most conflictual after a fall) are what drove it.
    private const int EvidenceMonths = 3;
    private const int EvidencePerTurn = 5;

    private static YearMonth Earlier(YearMonth a, YearMonth b) => a <= b ? a : b;

    private async Task<IReadOnlyList<EventRecord>> EvidenceAsync(ActorGroup sideA, ActorGroup sideB, YearMonth from, YearMonth to, int direction, CancellationToken cancellationToken)
    {
        // Fetch more than needed: the selector is the groups' widest reach, and time-bounded membership is applied here.
        const int fetch = 200;
        var aToB = await _store.GetEventsAsync(sideA.Selector, sideB.Selector, from, to, fetch, cancellationToken).ConfigureAwait(false);
        var bToA = await _store.GetEventsAsync(sideB.Selector, sideA.Selector, from, to, fetch, cancellationToken).ConfigureAwait(false);
        bool Member(ActorGroup group, string? key, EventRecord e) => key is not null && YearMonth.From(e.Date) is { } month && group.Covers(key, month);
        return aToB.Where(e => Member(sideA, e.SourceActor, e) && Member(sideB, e.TargetActor, e))
            .Concat(bToA.Where(e => Member(sideB, e.SourceActor, e) && Member(sideA, e.TargetActor, e)))
            .Where(e => direction == 0 || Math.Sign(e.Goldstein) == direction)
            .OrderByDescending(e => direction * e.Goldstein)
            .ThenBy(e => e.Date)
            .Take(EvidencePerTurn)
            .ToList();
    }

    /// <summary>The group with every key merged into one of its members added, for the member's period.</summary>
    public static ActorGroup WithMerged(ActorGroup group, ActorIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(identity);
        var members = new Dictionary<string, DateInterval>(group.Members, StringComparer.Ordinal);
        foreach (var (key, validity) in group.Members)
        {
            foreach (var merged in identity.KeysOf(key))
            {
                members.TryAdd(merged, validity);
            }
        }

        return members.Count == group.Members.Count ? group : group with { Members = members };
    }

    /// <summary>Folds event cells into monthly rows; public so a test can recompute a table from raw events.</summary>
    public static IReadOnlyList<DyadMonthRow> Build(ActorGroup sideA, ActorGroup sideB, YearMonth from, YearMonth to, IEnumerable<EventMonth> aToB, IEnumerable<EventMonth> bToA)
    {
        ArgumentNullException.ThrowIfNull(sideA);
        ArgumentNullException.ThrowIfNull(sideB);
        var length = (to - from) + 1;
        var forward = new long[length];
        var backward = new long[length];
        var quads = new long[length, 4];
        var score = new double[length];

        void Add(EventMonth cell, long[] direction)
        {
            var i = cell.Month - from;
            direction[i] += cell.Events;
            quads[i, cell.QuadClass - 1] += cell.Events;
            score[i] += cell.GoldsteinSum;
        }

        foreach (var cell in aToB.Where(c => sideA.Covers(c.SourceActor, c.Month) && sideB.Covers(c.TargetActor, c.Month)))
        {
            Add(cell, forward);
        }

        foreach (var cell in bToA.Where(c => sideB.Covers(c.SourceActor, c.Month) && sideA.Covers(c.TargetActor, c.Month)))
        {
            Add(cell, backward);
        }

        return Enumerable.Range(0, length)
            .Select(i => new DyadMonthRow(from + i, forward[i], backward[i], [quads[i, 0], quads[i, 1], quads[i, 2], quads[i, 3]], Math.Round(score[i], 6)))
            .ToList();
    }
}
