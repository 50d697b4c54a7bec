using System.Text.Json;
using Rapport.Analysis.Credibility;
using Rapport.Analysis.Hypotheses;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Analysis of Competing Hypotheses over the knowledge base: the stored corroborated statements and meetings and the
/// support claims become the evidence rows, weighted by their Admiralty credibility; an analyst's hypotheses file
/// gives the columns, explicit ratings and rules that suggest ratings for the rest. See <c>docs/analysis.md</c>.
/// </summary>
public sealed class HypothesisService
{
    private const int TextLength = 70;
    private readonly IKnowledgeStore _store;

    /// <summary>Creates the service over a store.</summary>
    private readonly ActorContext? _actors;

    /// <summary>Creates the service over a store; <paramref name="actors"/> when the caller has read the registry already.</summary>
    public HypothesisService(IKnowledgeStore store, ActorContext? actors = null)
    {
        _store = store;
        _actors = actors;
    }

    /// <summary>Builds the matrix, ranks the hypotheses and finds the non-diagnostic evidence.</summary>
    /// <param name="file">The analyst's hypotheses.</param>
    /// <param name="acceptSuggestions">
    /// When true, suggested ratings are scored like explicit ones; when false they are shown but only the analyst's
    /// own tags count, so nothing a keyword rule guessed moves the ranking unless the analyst says so.
    /// </param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="UserErrorException">A tag names no stored fact, or the file's actor scope names no known actor.</exception>
    public async Task<HypothesisReport> BuildAsync(HypothesesFile file, bool acceptSuggestions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var actors = _actors ?? await ActorContext.LoadAsync(_store, cancellationToken).ConfigureAwait(false);
        var identity = actors.Identity;
        var Key = actors.Key;

        var facts = await new FactCorroboration(_store, actors).ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var candidates = facts.Select(f => FromFact(f, Key)).ToList();
        candidates.AddRange(await SupportAsync(Key, cancellationToken).ConfigureAwait(false));

        var tags = new Dictionary<(int Candidate, string Hypothesis), EvidenceTag>();
        foreach (var hypothesis in file.Hypotheses)
        {
            foreach (var tag in hypothesis.Tags)
            {
                tags[(Resolve(tag, candidates, file.Name), hypothesis.Id)] = tag;
            }
        }

        var scope = Scope(file, identity);
        var tagged = tags.Keys.Select(k => k.Candidate).ToHashSet();
        var rows = candidates
            .Select((evidence, index) => (Evidence: evidence, Index: index))
            .Where(c => tagged.Contains(c.Index) || scope is null || c.Evidence.ActorKeys.Any(scope.Contains))
            .OrderBy(c => c.Evidence.Date.Earliest ?? DateOnly.MaxValue).ThenBy(c => c.Evidence.Kind).ThenBy(c => c.Evidence.Reference.ToString(), StringComparer.Ordinal)
            .Select((c, i) => (Evidence: c.Evidence with { Id = $"E{i + 1}" }, c.Index))
            .ToList();

        var hypotheses = file.Hypotheses.Select(h => new Hypothesis(h.Id, h.Title)).ToList();
        var matrix = new AchMatrix(hypotheses, rows.Select(r => new AchEvidence(r.Evidence.Id, r.Evidence.Text, r.Evidence.Weight)));
        var shown = new List<HypothesisMatrixRow>(rows.Count);
        foreach (var (evidence, index) in rows)
        {
            var cells = new List<HypothesisCell>(file.Hypotheses.Count);
            foreach (var hypothesis in file.Hypotheses)
            {
                var cell = tags.TryGetValue((index, hypothesis.Id), out var tag) ? new HypothesisCell(tag.Rating, Suggested: false) : Suggest(hypothesis, evidence);
                if (cell.Rating != AchRating.NotApplicable && (!cell.Suggested || acceptSuggestions))
                {
                    matrix.Rate(evidence.Id, hypothesis.Id, cell.Rating);
                }

                cells.Add(cell);
            }

            shown.Add(new HypothesisMatrixRow(evidence, cells));
        }

        // Evidence nobody scored is "not applicable" everywhere: trivially non-diagnostic, and not worth listing.
        var scored = rows.Where(r => hypotheses.Any(h => matrix.RatingOf(r.Evidence.Id, h.Id) != AchRating.NotApplicable)).Select(r => r.Evidence.Id).ToHashSet(StringComparer.Ordinal);
        var nonDiagnostic = matrix.Diagnosticity()
            .Where(d => !d.IsDiagnostic && scored.Contains(d.Evidence.Id))
            .Select(d => rows.First(r => r.Evidence.Id == d.Evidence.Id).Evidence)
            .ToList();
        return new HypothesisReport(hypotheses, shown, matrix.Ranking(), nonDiagnostic, acceptSuggestions);
    }

    private static HypothesisCell Suggest(HypothesisDefinition hypothesis, HypothesisEvidence evidence)
    {
        var consistent = hypothesis.ConsistentWith.Matches(evidence);
        var inconsistent = hypothesis.InconsistentWith.Matches(evidence);

        // Matching both rules means the rules cannot decide; that is the analyst's call, so suggest nothing.
        return consistent == inconsistent
            ? new HypothesisCell(AchRating.NotApplicable, Suggested: false)
            : new HypothesisCell(consistent ? AchRating.Consistent : AchRating.Inconsistent, Suggested: true);
    }

    private static int Resolve(EvidenceTag tag, List<HypothesisEvidence> candidates, string file)
    {
        var found = candidates.Select((c, i) => (c, i)).Where(x => x.c.Reports.Any(tag.Reference.Matches)).Select(x => x.i).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new UserErrorException($"{file} line {tag.Line}: no statement, meeting or support claim {tag.Reference} in the knowledge base; see 'rapport facts'"),
            _ => throw new UserErrorException(
                $"{file} line {tag.Line}: {tag.Reference} names {found.Count} facts ({string.Join(", ", found.Select(i => candidates[i].Reference))}); write one of them"),
        };
    }

    private static HashSet<string>? Scope(HypothesesFile file, ActorIdentity identity)
    {
        if (file.Actors.Count == 0)
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in file.Actors)
        {
            var found = identity.Lookup(name);
            if (found.Count == 0)
            {
                throw new UserErrorException($"{file.Name}: no actor called '{name}' in the knowledge base; see 'rapport actors'");
            }

            keys.UnionWith(found.Select(a => a.Key));
        }

        return keys;
    }

    private static HypothesisEvidence FromFact(CorroboratedFact fact, Func<DocumentId, string, string> key)
    {
        var reference = FactReference.Of(fact.Reports);
        var head = fact.Reports.First(reference.Matches);
        string text;
        IReadOnlyList<string> topics = [];
        if (fact.Kind == FactKind.Statement)
        {
            using var json = JsonDocument.Parse(head.Payload);
            var words = json.RootElement.TryGetProperty("text", out var t) ? t.GetString() : null;
            text = $"{Names(fact.SideA)}: {words}";
            topics = fact.Reports.SelectMany(Topics).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }
        else
        {
            text = $"{fact.MeetingKind ?? "meeting"}: {Names(fact.SideA)}" + (fact.SideB.Count > 0 ? $" with {Names(fact.SideB)}" : string.Empty);
        }

        // A speaker speaks for an organisation: a statement by a movement's leader is evidence about the movement.
        var keys = fact.SideA.Concat(fact.SideB).Select(a => a.Key)
            .Concat(fact.Kind == FactKind.Statement ? fact.Reports.Where(r => r.Object is not null).Select(r => key(r.Span.Document, r.Object!)) : [])
            .ToHashSet(StringComparer.Ordinal);
        return new HypothesisEvidence(
            string.Empty, reference, fact.Kind, fact.Date, Short(text), fact.Credibility, CredibilityWeight.Of(fact.Credibility), topics,
            null, fact.Kind == FactKind.Meeting ? fact.MeetingKind ?? "meeting" : null, fact.Reports, keys);
    }

    /// <summary>
    /// Support claims carry no date or cited outlet, so they are grouped by who gives what to whom (after merges) and
    /// rated from no sources: the rating says the claim is the report's own, not corroborated.
    /// </summary>
    private async Task<List<HypothesisEvidence>> SupportAsync(Func<DocumentId, string, string> key, CancellationToken cancellationToken)
    {
        string Key(DocumentId document, string? name) => name is null ? string.Empty : key(document, name);

        var claims = new List<(FactRecord Fact, string Supporter, string Recipient, string Kind)>();
        await foreach (var fact in _store.ReadFactsAsync(FactKind.Support, cancellationToken).ConfigureAwait(false))
        {
            using var json = JsonDocument.Parse(fact.Payload);
            var kind = json.RootElement.TryGetProperty("kind", out var k) ? k.GetString() ?? "general" : "general";
            claims.Add((fact, Key(fact.Span.Document, fact.Subject), Key(fact.Span.Document, fact.Object), kind));
        }

        var credibility = Corroboration.Rate([]);
        return claims
            .GroupBy(c => (c.Supporter, c.Recipient, c.Kind))
            .Select(g =>
            {
                var reports = g.Select(c => c.Fact).ToList();
                var head = g.First();
                // The names as the text writes them: a merged actor's standing name can be an odd alias.
                var text = $"support ({g.Key.Kind}): {head.Fact.Subject ?? "?"} to {head.Fact.Object ?? "?"}";
                return new HypothesisEvidence(
                    string.Empty, FactReference.Of(reports), FactKind.Support, PartialDate.Unknown, Short(text), credibility, CredibilityWeight.Of(credibility),
                    [], g.Key.Kind, null, reports, new HashSet<string>([g.Key.Supporter, g.Key.Recipient], StringComparer.Ordinal));
            })
            .ToList();
    }

    private static IEnumerable<string> Topics(FactRecord report)
    {
        using var json = JsonDocument.Parse(report.Payload);
        return json.RootElement.TryGetProperty("topics", out var topics) && topics.ValueKind == JsonValueKind.Array
            ? topics.EnumerateArray().Select(t => t.GetString()).OfType<string>().ToList()
            : [];
    }

    private static string Names(IReadOnlyList<RegistryActor> actors) => actors.Count == 0 ? "?" : string.Join("; ", actors.Select(a => a.Name));

    private static string Short(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= TextLength ? flat : flat[..(TextLength - 1)].TrimEnd() + "…";
    }
}
