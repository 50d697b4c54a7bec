using System.Globalization;
using System.Text.Json;
using Rapport.Analysis.Credibility;
using Rapport.Model;
using Rapport.Reports.Briefs;
using Rapport.Storage;

namespace Rapport.Services.Briefs;

/// <summary>
/// Builds a dyad brief from the knowledge base, in the reference report's structure. Everything in it is a stored
/// fact or a sentence drafted from stored facts that cites them; it asserts nothing the store does not hold.
/// </summary>
public sealed class BriefService
{
    private static readonly SupportKind[] SectionKinds =
        [SupportKind.Weapons, SupportKind.Funds, SupportKind.KnowHow, SupportKind.Training, SupportKind.Political, SupportKind.Media, SupportKind.General];

    private readonly IKnowledgeStore _store;
    private readonly ActorGroupResolver _resolver;

    /// <summary>Creates the service over a store.</summary>
    public BriefService(IKnowledgeStore store, ActorGroupResolver? resolver = null)
    {
        _store = store;
        _resolver = resolver ?? ActorGroupResolver.Default;
    }

    /// <summary>The brief <paramref name="request"/> asks for.</summary>
    /// <exception cref="UserErrorException">A side is unknown, the period is empty, or the store holds nothing about the dyad.</exception>
    public async Task<Brief> BuildAsync(BriefRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The registry, the facts and the support matrix do not depend on one another, nor on the period: they are
        // read side by side (each store call has its own connection), which is most of a large brief's time. SQLite's
        // async calls complete synchronously, so each read gets its own thread-pool task.
        var actorsRead = Task.Run(() => ActorContext.LoadAsync(_store, cancellationToken), cancellationToken);
        var statementsRead = Task.Run(() => ReadAsync(FactKind.Statement, cancellationToken), cancellationToken);
        var meetingsRead = Task.Run(() => ReadAsync(FactKind.Meeting, cancellationToken), cancellationToken);
        var assessmentsRead = Task.Run(() => ReadAsync(FactKind.Assessment, cancellationToken), cancellationToken);
        var actors = await actorsRead.ConfigureAwait(false);
        var supportRead = Task.Run(() => new SupportMatrixService(_store, actors).BuildAsync(null, null, cancellationToken), cancellationToken);
        var identity = actors.Identity;
        var sideA = DyadService.WithMerged(_resolver.Resolve(request.SideA), identity);
        var sideB = DyadService.WithMerged(_resolver.Resolve(request.SideB), identity);
        var scope = new DyadScope(sideA, sideB, identity);
        var Key = actors.Key;

        var statements = await statementsRead.ConfigureAwait(false);
        var meetings = await meetingsRead.ConfigureAwait(false);
        var assessments = await assessmentsRead.ConfigureAwait(false);

        var inStatements = statements.Where(s => scope.InEither(Key(s.Fact.Span.Document, s.Speaker ?? string.Empty), s.Fact.Date)
            || (s.Organization is not null && scope.InEither(Key(s.Fact.Span.Document, s.Organization), s.Fact.Date))
            || scope.Names(s.Text) || scope.Names(s.Organization)).ToList();
        var inMeetings = meetings.Where(m => m.SideA.Concat(m.SideB).Any(n => scope.InEither(Key(m.Fact.Span.Document, n), m.Fact.Date))
            || m.SideA.Concat(m.SideB).Any(scope.Names)).ToList();
        var inAssessments = assessments.Where(a => scope.Names(a.Text)).ToList();

        var dated = inStatements.Concat(inMeetings).Select(f => f.Fact.Date).Where(d => d.IsKnown).ToList();
        var to = request.To ?? (dated.Count > 0 ? YearMonth.From(dated.Max().Latest!.Value) : YearMonth.From(request.Issued));
        var from = request.From ?? (dated.Count > 0 ? YearMonth.From(dated.Min().Earliest!.Value) : to - 11);
        if (to < from)
        {
            throw new UserErrorException($"the period ends ({to}) before it starts ({from})");
        }

        bool InPeriod(StoredFact f) => !f.Fact.Date.IsKnown || SupportMatrixService.InPeriod(f.Fact.Date, from, to);
        inStatements = inStatements.Where(InPeriod).ToList();
        inMeetings = inMeetings.Where(InPeriod).ToList();
        inAssessments = inAssessments.Where(InPeriod).ToList();

        var dyadRead = Task.Run(() => new DyadService(_store, _resolver, identity).BuildAsync(request.SideA, request.SideB, from, to, cancellationToken), cancellationToken);
        var networkRead = Task.Run(() => new NetworkService(_store).BuildAsync(from, to, cancellationToken), cancellationToken);
        var dyad = await dyadRead.ConfigureAwait(false);
        var network = await networkRead.ConfigureAwait(false);

        // Undated claims stay: an analyst's report rarely dates its own judgements, and nothing places them outside the period.
        var support = (await supportRead.ConfigureAwait(false))
            .Where(r => !r.First.IsKnown || Overlaps(r.First, r.Last, from, to))
            .Where(r => r.Supporter.Keys.Any(k => scope.InEither(k, r.First)) || r.Recipient.Keys.Any(k => scope.InEither(k, r.First)))
            .ToList();
        var grades = (await _store.ListOutletGradesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(g => OutletGrade.KeyOf(g.Outlet), g => g.Grade, StringComparer.Ordinal);

        var documents = new DocumentCache(_store);
        var title = request.Title ?? $"{request.SideA}–{request.SideB} relations: brief";
        var appendixA = await StatementGroupsAsync(inStatements, scope, Key, documents, cancellationToken).ConfigureAwait(false);
        var appendixB = await MeetingRowsAsync(inMeetings, documents, cancellationToken).ConfigureAwait(false);
        var sections = await SupportSectionsAsync(support, documents, cancellationToken).ConfigureAwait(false);
        var assessed = new List<BriefAssessment>();
        foreach (var a in inAssessments.OrderBy(a => a.Fact.Span.Document.Value, StringComparer.Ordinal).ThenBy(a => a.Fact.Span.Start))
        {
            assessed.Add(new BriefAssessment(a.Text ?? string.Empty, a.Expression ?? string.Empty, a.Level, await documents.RefAsync(a.Fact, cancellationToken).ConfigureAwait(false)));
        }

        var trend = await TrendAsync(dyad, from, to, documents, cancellationToken).ConfigureAwait(false);
        var highlight = sideA.Members.Keys.Concat(sideB.Members.Keys).ToHashSet(StringComparer.Ordinal);
        var sources = await SourcesAsync(inStatements.Concat(inMeetings), support, grades, documents, cancellationToken).ConfigureAwait(false);
        var hypotheses = request.Hypotheses is null ? null : await HypothesesAsync(request.Hypotheses, actors, documents, cancellationToken).ConfigureAwait(false);
        var corpus = new BriefCorpus(
            await _store.CountDocumentsAsync(cancellationToken).ConfigureAwait(false),
            sources.Count,
            dated.Count > 0 ? dated.Min() : PartialDate.Unknown,
            dated.Count > 0 ? dated.Max() : PartialDate.Unknown);

        return new Brief(
            new BriefHeader(title, request.SideA, request.SideB, from, to, request.Issued, corpus),
            new BriefOverview(trend, Activity(inMeetings, inStatements), SupportSentences(sections), assessed),
            sections,
            hypotheses,
            appendixA,
            appendixB,
            new BriefCharts(DyadChart.Svg(dyad), NetworkChart.Svg(network, highlight)),
            sources);
    }

    private async Task<List<StoredFact>> ReadAsync(FactKind kind, CancellationToken cancellationToken)
    {
        var facts = new List<FactRecord>();
        await foreach (var fact in _store.ReadFactsAsync(kind, cancellationToken).ConfigureAwait(false))
        {
            facts.Add(fact);
        }

        // Reading the payloads is most of a large brief's time, and each is independent of the others.
        return facts.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(StoredFact.Parse).ToList();
    }

    private static async Task<IReadOnlyList<BriefStatementGroup>> StatementGroupsAsync(
        List<StoredFact> statements, DyadScope scope, Func<DocumentId, string, string> key, DocumentCache documents, CancellationToken cancellationToken)
    {
        var rows = new List<(string Organization, int Side, BriefStatement Statement)>();
        foreach (var s in statements)
        {
            var organization = string.IsNullOrWhiteSpace(s.Organization) ? "Other speakers" : s.Organization.Trim();
            var speakerKey = key(s.Fact.Span.Document, s.Speaker ?? string.Empty);
            var organizationKey = s.Organization is null ? null : key(s.Fact.Span.Document, s.Organization);
            bool On(Func<string, PartialDate, bool> side) => side(speakerKey, s.Fact.Date) || (organizationKey is not null && side(organizationKey, s.Fact.Date));
            var order = On(scope.InA) ? 0 : On(scope.InB) ? 1 : 2;
            rows.Add((organization, order, new BriefStatement(
                s.Speaker ?? "unnamed speaker",
                s.Role,
                s.Fact.Date,
                s.Text ?? string.Empty,
                s.Sources,
                s.Topics,
                await documents.RefAsync(s.Fact, cancellationToken).ConfigureAwait(false))));
        }

        // Appendix A reads side A's people first, then side B's, then everyone else who spoke about them.
        return rows
            .GroupBy(r => r.Organization, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Min(r => r.Side)).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new BriefStatementGroup(g.First().Organization, g.Select(r => r.Statement).OrderBy(s => s.Date.Earliest ?? DateOnly.MaxValue).ThenBy(s => s.Evidence.Start).ToList()))
            .ToList();
    }

    private static async Task<IReadOnlyList<BriefMeeting>> MeetingRowsAsync(List<StoredFact> meetings, DocumentCache documents, CancellationToken cancellationToken)
    {
        var rows = new List<BriefMeeting>();
        foreach (var m in meetings.OrderBy(m => m.Fact.Date.Earliest ?? DateOnly.MaxValue).ThenBy(m => m.Fact.Span.Document.Value, StringComparer.Ordinal).ThenBy(m => m.Fact.Span.Start))
        {
            rows.Add(new BriefMeeting(
                m.Fact.Date,
                m.MeetingKind ?? "meeting",
                m.SideA,
                m.SideB,
                m.Location,
                m.Sources,
                await documents.QuoteAsync(m.Fact.Span, cancellationToken).ConfigureAwait(false),
                await documents.RefAsync(m.Fact, cancellationToken).ConfigureAwait(false)));
        }

        return rows;
    }

    private static async Task<IReadOnlyList<BriefSupportSection>> SupportSectionsAsync(List<SupportMatrixRow> rows, DocumentCache documents, CancellationToken cancellationToken)
    {
        var sections = new List<BriefSupportSection>();
        foreach (var kind in SectionKinds)
        {
            var cells = rows.Where(r => r.Kind == kind).OrderBy(r => r.Credibility).ThenByDescending(r => r.EvidenceCount).ToList();
            if (kind == SupportKind.General && cells.Count == 0)
            {
                continue;
            }

            var items = new List<BriefSupportItem>();
            foreach (var cell in cells)
            {
                var detail = cell.Strongest;
                var handle = FactReference.Of(new FactRecord(FactKind.Support, detail.Span, new RuleRef("support", 1), detail.Date, null, null, "{}"));
                items.Add(new BriefSupportItem(
                    cell.Supporter.Name,
                    cell.Recipient.Name,
                    detail.Text,
                    detail.Speaker,
                    detail.Date,
                    detail.Outlets.Select(o => $"{o.Outlet} ({o.Grade})").ToList(),
                    Credibility(detail.Credibility),
                    await documents.RefAsync(handle.ToString(), detail.Span, cancellationToken).ConfigureAwait(false)));
            }

            var claims = cells.Sum(c => c.EvidenceCount);
            var strength = cells.Count == 0
                ? "No evidence in the corpus."
                : string.Create(CultureInfo.InvariantCulture, $"Evidenced by {Plural(claims, "claim")} ({Plural(cells.Count, "supporter–recipient pair")}); best credibility {Credibility(cells.Min(c => c.Credibility))}.");
            sections.Add(new BriefSupportSection(SupportKinds.Name(kind), Heading(kind), strength, items));
        }

        return sections;
    }

    private static List<DraftedSentence> SupportSentences(IReadOnlyList<BriefSupportSection> sections) =>
        sections.Where(s => s.Items.Count > 0)
            .Select(s => DraftedSentence.Of(
                $"{s.Heading} support is evidenced: {string.Join("; ", s.Items.Select(i => $"{i.Supporter} to {i.Recipient}").Distinct(StringComparer.Ordinal))}. {s.Strength}",
                s.Items.Select(i => i.Evidence).ToList()))
            .ToList();

    private async Task<List<DraftedSentence>> TrendAsync(DyadTable dyad, YearMonth from, YearMonth to, DocumentCache documents, CancellationToken cancellationToken)
    {
        var sentences = new List<DraftedSentence>();
        var events = dyad.Months.Sum(m => m.Events);
        if (events == 0)
        {
            return sentences;
        }

        var strongest = (await _store.GetEventsAsync(dyad.SideA.Selector, dyad.SideB.Selector, from, to, 3, cancellationToken).ConfigureAwait(false))
            .Concat(await _store.GetEventsAsync(dyad.SideB.Selector, dyad.SideA.Selector, from, to, 3, cancellationToken).ConfigureAwait(false))
            .OrderByDescending(e => Math.Abs(e.Goldstein)).Take(4).ToList();
        var aToB = dyad.Months.Sum(m => m.AToB);
        var score = dyad.Months.Sum(m => m.Score);
        var busiest = dyad.Months.OrderByDescending(m => m.Events).ThenBy(m => m.Month).First();
        sentences.Add(DraftedSentence.Of(
            string.Create(CultureInfo.InvariantCulture, $"From {from} to {to}, {Plural(events, "coded event")} link {dyad.SideA.Name} and {dyad.SideB.Name} ({aToB} from {dyad.SideA.Name}, {events - aToB} from {dyad.SideB.Name}); the Goldstein cooperation score sums to {score:+0.0;-0.0;0}, and the busiest month is {busiest.Month} with {Plural(busiest.Events, "event")}."),
            await EventRefsAsync(strongest, documents, cancellationToken).ConfigureAwait(false)));
        for (var i = 0; i < dyad.TurningPoints.Count; i++)
        {
            var turn = dyad.TurningPoints[i];
            var evidence = i < dyad.Evidence.Count ? dyad.Evidence[i] : [];
            if (evidence.Count == 0)
            {
                continue;
            }

            var way = turn.MeanAfter > turn.MeanBefore ? "rises" : "falls";
            sentences.Add(DraftedSentence.Of(
                string.Create(CultureInfo.InvariantCulture, $"Turning point in {dyad.Months[turn.Index].Month}: the monthly score {way} from {turn.MeanBefore:0.0} to {turn.MeanAfter:0.0} on average."),
                await EventRefsAsync(evidence, documents, cancellationToken).ConfigureAwait(false)));
        }

        return sentences;
    }

    private static async Task<IReadOnlyList<EvidenceRef>> EventRefsAsync(IEnumerable<EventRecord> events, DocumentCache documents, CancellationToken cancellationToken)
    {
        var refs = new List<EvidenceRef>();
        foreach (var e in events)
        {
            if (FactEvents.TryGetSource(e, out _, out var span))
            {
                refs.Add(await documents.RefAsync(FactEvents.HandleOf(e)!, span, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                refs.Add(new EvidenceRef($"{e.Origin}:{e.RecordId}", string.Empty, e.Reference ?? e.Origin, 0, 0));
            }
        }

        return refs.DistinctBy(r => r.Handle).ToList();
    }

    private static IReadOnlyList<BriefActivity> Activity(List<StoredFact> meetings, List<StoredFact> statements)
    {
        static string Period(PartialDate date) => date.Precision switch
        {
            DatePrecision.Day or DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{date.Year}-Q{((date.Month - 1) / 3) + 1}"),
            DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
            _ => "undated",
        };

        return meetings.Concat(statements)
            .GroupBy(f => Period(f.Fact.Date), StringComparer.Ordinal)
            .OrderBy(g => g.Key == "undated").ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BriefActivity(
                g.Key,
                g.Count(f => f.MeetingKind == "visit"),
                g.Count(f => f.Fact.Kind == FactKind.Meeting && f.MeetingKind is "meeting" or null),
                g.Count(f => f.MeetingKind == "phone call"),
                g.Count(f => f.MeetingKind == "ceremony"),
                g.Count(f => f.Fact.Kind == FactKind.Statement)))
            .ToList();
    }

    private static async Task<IReadOnlyList<BriefSource>> SourcesAsync(
        IEnumerable<StoredFact> facts, List<SupportMatrixRow> support, Dictionary<string, ReliabilityGrade> grades, DocumentCache documents, CancellationToken cancellationToken)
    {
        var cited = facts.SelectMany(f => f.Sources.Select(o => (Outlet: o, f.Fact.Span.Document)))
            .Concat(support.SelectMany(r => r.Strongest.Outlets.Select(o => (o.Outlet, r.Strongest.Span.Document))))
            .Where(c => c.Outlet.Trim().Length > 0)
            .GroupBy(c => OutletGrade.KeyOf(c.Outlet), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var sources = new List<BriefSource>();
        foreach (var outlet in cited)
        {
            var titles = new List<string>();
            foreach (var document in outlet.Select(c => c.Document).Distinct())
            {
                titles.Add(await documents.TitleAsync(document, cancellationToken).ConfigureAwait(false));
            }

            var name = outlet.GroupBy(c => c.Outlet.Trim(), StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var grade = grades.TryGetValue(outlet.Key, out var g) ? Grade(g) : Grade(ReliabilityGrade.F) + " (not graded)";
            sources.Add(new BriefSource(name, grade, titles.Order(StringComparer.Ordinal).ToList()));
        }

        return sources;
    }

    private async Task<BriefHypotheses> HypothesesAsync(HypothesesFile file, ActorContext actors, DocumentCache documents, CancellationToken cancellationToken)
    {
        var report = await new HypothesisService(_store, actors).BuildAsync(file, acceptSuggestions: false, cancellationToken).ConfigureAwait(false);
        var rows = new List<BriefHypothesisRow>();
        foreach (var row in report.Rows)
        {
            var fact = row.Evidence.Reports[0];
            rows.Add(new BriefHypothesisRow(
                row.Evidence.Id,
                row.Evidence.Text,
                Credibility(row.Evidence.Credibility),
                row.Cells.Select(c => c.Mark).ToList(),
                await documents.RefAsync(row.Evidence.Reference.ToString(), fact.Span, cancellationToken).ConfigureAwait(false)));
        }

        return new BriefHypotheses(
            report.Hypotheses.Select(h => new BriefHypothesis(h.Id, h.Statement)).ToList(),
            rows,
            report.Ranking.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Hypothesis.Id} — weighted inconsistency {r.WeightedInconsistency:0.##} ({r.InconsistentCount} inconsistent, {r.ConsistentCount} consistent)")).ToList());
    }

    private static bool Overlaps(PartialDate first, PartialDate last, YearMonth from, YearMonth to) =>
        SupportMatrixService.InPeriod(first, from, to) || SupportMatrixService.InPeriod(last.IsKnown ? last : first, from, to)
        || (first.Earliest < from.ToPartialDate().Earliest && (last.IsKnown ? last : first).Latest > to.ToPartialDate().Latest);

    private static string Heading(SupportKind kind) => kind switch
    {
        SupportKind.KnowHow => "Know-how",
        SupportKind.General => "General (kind not stated)",
        _ => kind.ToString(),
    };

    private static string Credibility(InformationCredibility credibility) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)credibility} — {CredibilityLabels.Of(credibility)}");

    private static string Grade(ReliabilityGrade grade) => grade switch
    {
        ReliabilityGrade.A => "A — completely reliable",
        ReliabilityGrade.B => "B — usually reliable",
        ReliabilityGrade.C => "C — fairly reliable",
        ReliabilityGrade.D => "D — not usually reliable",
        ReliabilityGrade.E => "E — unreliable",
        _ => "F — reliability cannot be judged",
    };

    private static string Plural(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>One stored statement, meeting or assessment with the payload fields a brief prints.</summary>
    private sealed record StoredFact(
        FactRecord Fact,
        string? Speaker,
        string? Role,
        string? Organization,
        string? Text,
        IReadOnlyList<string> Sources,
        IReadOnlyList<string> Topics,
        string? MeetingKind,
        IReadOnlyList<string> SideA,
        IReadOnlyList<string> SideB,
        string? Location,
        string? Expression,
        string Level)
    {
        public static StoredFact Parse(FactRecord fact)
        {
            using var json = JsonDocument.Parse(fact.Payload);
            var root = json.RootElement;
            string? Text(string property) => root.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            IReadOnlyList<string> List(string property) => root.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0).ToList()
                : [];
            int? Number(string property) => root.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
            var level = Text("likelihood") is { } likelihood
                ? string.Create(CultureInfo.InvariantCulture, $"{Words(likelihood)} ({Number("percent_low")}–{Number("percent_high")}%)")
                : string.Empty;
            return new StoredFact(
                fact,
                Text("speaker") ?? fact.Subject,
                Text("speaker_role"),
                Text("organization"),
                Text("text"),
                List("sources"),
                List("topics"),
                Text("kind"),
                List("participants_side_a"),
                List("participants_side_b"),
                Text("location"),
                Text("expression"),
                level);
        }

        // "RoughlyEvenChance" → "roughly even chance": the ICD-203 band as analysts say it.
        private static string Words(string pascal) =>
            string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
