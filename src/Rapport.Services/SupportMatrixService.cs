using System.Text.Json;
using Rapport.Analysis.Credibility;
using Rapport.Analysis.Support;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// The support matrix of the stored claims: supporter × recipient × kind, each cell with its evidence count, date
/// range and strongest claim (best Admiralty rating, then best outlet grade). Actors are taken through the analysts'
/// merge decisions, so keys merged into one actor fold into one row. See <c>docs/analysis.md</c>.
/// </summary>
public sealed class SupportMatrixService
{
    private readonly IKnowledgeStore _store;

    /// <summary>Creates the service over a store.</summary>
    private readonly ActorContext? _actors;

    /// <summary>Creates the service over a store; <paramref name="actors"/> when the caller has read the registry already.</summary>
    public SupportMatrixService(IKnowledgeStore store, ActorContext? actors = null)
    {
        _store = store;
        _actors = actors;
    }

    /// <summary>
    /// The matrix's cells, by supporter, recipient and kind. With <paramref name="from"/> or <paramref name="to"/>, only
    /// claims whose date may fall in the period count; undated claims are then left out, since nothing places them in it.
    /// </summary>
    /// <exception cref="UserErrorException">The period ends before it starts.</exception>
    public async Task<IReadOnlyList<SupportMatrixRow>> BuildAsync(YearMonth? from = null, YearMonth? to = null, CancellationToken cancellationToken = default)
    {
        if (from is { } start && to is { } end && end < start)
        {
            throw new UserErrorException($"the period ends ({end}) before it starts ({start})");
        }

        var actors = _actors ?? await ActorContext.LoadAsync(_store, cancellationToken).ConfigureAwait(false);
        var identity = actors.Identity;
        var grades = (await _store.ListOutletGradesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(g => OutletGrade.KeyOf(g.Outlet), g => g.Grade, StringComparer.Ordinal);

        var Key = actors.Key;

        var speech = await StatementsAsync(cancellationToken).ConfigureAwait(false);
        var documents = new Dictionary<DocumentId, DocumentFacts>();
        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string, SupportKind, Span)>();
        var ordinal = 0;
        await foreach (var fact in _store.ReadFactsAsync(FactKind.Support, cancellationToken).ConfigureAwait(false))
        {
            ordinal++;
            using var json = JsonDocument.Parse(fact.Payload);
            var root = json.RootElement;
            var supporterName = Text(root, "supporter") ?? fact.Subject;
            var recipientName = Text(root, "recipient") ?? fact.Object;
            if (string.IsNullOrWhiteSpace(supporterName) || string.IsNullOrWhiteSpace(recipientName))
            {
                continue;
            }

            // A kind this build does not know is still support; general is what it is sure of.
            var kind = SupportKinds.TryParse(Text(root, "kind"), out var parsed) ? parsed : SupportKind.General;
            var document = fact.Span.Document;
            var (supporter, recipient) = (Key(document, supporterName), Key(document, recipientName));

            // Two readings of one sentence (a "support" and a "provides" in it) are one piece of evidence.
            if (supporter == recipient || !seen.Add((supporter, recipient, kind, fact.Span)))
            {
                continue;
            }

            if (!documents.TryGetValue(document, out var meta))
            {
                var stored = await _store.GetDocumentAsync(document, cancellationToken).ConfigureAwait(false);
                meta = new DocumentFacts(stored?.Title ?? document.Short, stored?.Publisher, stored?.PublishedOn ?? PartialDate.Unknown);
                documents[document] = meta;
            }

            // The innermost statement that holds the claim is who made it and who relays it.
            var statement = speech.GetValueOrDefault(document)?
                .Where(s => s.Span.Start <= fact.Span.Start && fact.Span.End <= s.Span.End)
                .OrderBy(s => s.Span.Length)
                .FirstOrDefault();
            var date = fact.Date.IsKnown ? fact.Date
                : statement is { Date.IsKnown: true } ? statement.Date
                : meta.PublishedOn;
            if (!InPeriod(date, from, to))
            {
                continue;
            }

            // Speech relayed from cited outlets carries those outlets; anything else the document itself vouches for.
            IEnumerable<string> named = statement is { Sources.Count: > 0 } ? statement.Sources
                : string.IsNullOrWhiteSpace(meta.Publisher) ? [] : [meta.Publisher];
            var outlets = named
                .GroupBy(OutletGrade.KeyOf, StringComparer.Ordinal)
                .Select(g => (Outlet: g.First().Trim(), Grade: grades.GetValueOrDefault(g.Key, ReliabilityGrade.F)))
                .ToList();
            var credibility = Corroboration.Rate(outlets.Select(o => new SourceReport(o.Outlet, o.Grade)));
            var id = $"{document.Value}:{fact.Span.Start:D10}:{ordinal:D8}";
            claims[id] = new Claim(
                new SupportEvidence(new ActorId(supporter), new ActorId(recipient), kind, date, id),
                fact.Span, meta.Title, statement?.Speaker, outlets, credibility, supporterName.Trim(), recipientName.Trim());
        }

        var matrix = SupportMatrix.Build(claims.Values.Select(c => c.Evidence), e => claims[e.EvidenceId].Score);
        var byCell = claims.Values.ToLookup(c => (c.Evidence.Supporter, c.Evidence.Recipient, c.Evidence.Kind));
        var texts = new Dictionary<DocumentId, string>();

        // An actor is shown by the name the claims most often write it with: the registry's pick among one
        // document's aliases can be any of them, and the matrix should read as its evidence does.
        var written = claims.Values
            .SelectMany(c => new[] { (Key: c.Evidence.Supporter.Value, Name: c.SupporterName), (Key: c.Evidence.Recipient.Value, Name: c.RecipientName) })
            .GroupBy(k => k.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(k => k.Name, StringComparer.Ordinal).OrderByDescending(n => n.Count()).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key,
                StringComparer.Ordinal);
        RegistryActor Shown(string key) => ActorOf(identity, key) with { Name = written[key] };
        var rows = new List<SupportMatrixRow>();
        foreach (var cell in matrix.Cells)
        {
            var members = byCell[(cell.Supporter, cell.Recipient, cell.Kind)].ToList();
            var cellOutlets = members.SelectMany(c => c.Outlets)
                .GroupBy(o => OutletGrade.KeyOf(o.Outlet), StringComparer.Ordinal)
                .Select(g => new SourceReport(g.First().Outlet, g.Min(o => o.Grade)));
            var strongest = claims[cell.Strongest.EvidenceId];
            var document = strongest.Span.Document;
            if (!texts.TryGetValue(document, out var text))
            {
                text = (await _store.GetDocumentAsync(document, cancellationToken).ConfigureAwait(false))?.Text ?? string.Empty;
                texts[document] = text;
            }

            var quote = strongest.Span.End <= text.Length ? strongest.Span.Slice(text) : string.Empty;
            rows.Add(new SupportMatrixRow(
                Shown(cell.Supporter.Value),
                Shown(cell.Recipient.Value),
                cell.Kind,
                cell.EvidenceCount,
                members.Select(c => c.Span.Document).Distinct().Count(),
                cell.First,
                cell.Last,
                Corroboration.Rate(cellOutlets),
                new SupportEvidenceDetail(strongest.Span, strongest.Title, strongest.Evidence.Date, quote, strongest.Speaker, strongest.Outlets, strongest.Credibility)));
        }

        return rows
            .OrderBy(r => r.Supporter.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Supporter.Key, StringComparer.Ordinal)
            .ThenBy(r => r.Recipient.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Recipient.Key, StringComparer.Ordinal)
            .ThenBy(r => r.Kind)
            .ToList();
    }

    /// <summary>
    /// True when a claim dated <paramref name="date"/> may fall in the period: its possible days overlap it. Without
    /// a period every claim counts; with one, an undated claim does not.
    /// </summary>
    public static bool InPeriod(PartialDate date, YearMonth? from, YearMonth? to)
    {
        if (from is null && to is null)
        {
            return true;
        }

        if (!date.IsKnown)
        {
            return false;
        }

        return (from is not { } start || date.Latest >= start.FirstDay) && (to is not { } end || date.Earliest <= end.LastDay);
    }

    /// <summary>
    /// A claim's score for the strongest evidence: the Admiralty rating first (1 best), then the best grade of its
    /// outlets (A best), so that between two single-source claims the better-graded outlet wins.
    /// </summary>
    public static double Score(InformationCredibility credibility, IEnumerable<ReliabilityGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var best = grades.DefaultIfEmpty(ReliabilityGrade.F).Min();
        return ((7 - (int)credibility) * 10) + (7 - (int)best);
    }

    private static RegistryActor ActorOf(ActorIdentity identity, string key) => identity.Find(key)
        ?? new RegistryActor(key, key.StartsWith("name:", StringComparison.Ordinal) ? key[5..] : key, null, [key], [], [], []);

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<Dictionary<DocumentId, List<Speech>>> StatementsAsync(CancellationToken cancellationToken)
    {
        var byDocument = new Dictionary<DocumentId, List<Speech>>();
        await foreach (var fact in _store.ReadFactsAsync(FactKind.Statement, cancellationToken).ConfigureAwait(false))
        {
            using var json = JsonDocument.Parse(fact.Payload);
            var root = json.RootElement;
            var sources = root.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).OfType<string>().Where(n => n.Trim().Length > 0).ToList()
                : [];
            var document = fact.Span.Document;
            if (!byDocument.TryGetValue(document, out var list))
            {
                list = [];
                byDocument[document] = list;
            }

            list.Add(new Speech(fact.Span, fact.Date, Text(root, "speaker") ?? fact.Subject, sources));
        }

        return byDocument;
    }

    /// <summary>What the matrix needs of a document before it needs its text.</summary>
    private sealed record DocumentFacts(string Title, string? Publisher, PartialDate PublishedOn);

    /// <summary>A stored statement: the span it covers, its date, its speaker and the outlets it cites.</summary>
    private sealed record Speech(Span Span, PartialDate Date, string? Speaker, IReadOnlyList<string> Sources);

    /// <summary>One support claim read for the matrix.</summary>
    private sealed record Claim(
        SupportEvidence Evidence,
        Span Span,
        string Title,
        string? Speaker,
        IReadOnlyList<(string Outlet, ReliabilityGrade Grade)> Outlets,
        InformationCredibility Credibility,
        string SupporterName,
        string RecipientName)
    {
        public double Score { get; } = SupportMatrixService.Score(Credibility, Outlets.Select(o => o.Grade));
    }
}
