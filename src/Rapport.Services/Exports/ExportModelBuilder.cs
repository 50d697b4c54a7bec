using System.Text.Json;
using Rapport.Extraction;
using Rapport.Extraction.Gazetteers;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services.Exports;

/// <summary>
/// Reads what an export writes through the services the commands use — actor identity (<see cref="ActorService"/>),
/// meetings and statements grouped across documents with outlets and credibility (<see cref="FactCorroboration"/>),
/// the support matrix (<see cref="SupportMatrixService"/>) — plus the stored assessments and document metadata, and
/// narrows it to a scope. Every exporter renders the model this builds, so the formats agree with each other and with
/// <c>rapport facts</c> and <c>rapport support</c>.
/// </summary>
public sealed class ExportModelBuilder
{
    private const int DocumentPage = 500;

    private readonly IKnowledgeStore _store;
    private readonly ActorGroupResolver _resolver;
    private readonly ArmedGroupRule _armedGroups;

    /// <summary>Creates the builder over a store; the gazetteer (the default one when null) resolves dyad sides and armed groups.</summary>
    public ExportModelBuilder(IKnowledgeStore store, Gazetteer? gazetteer = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        var names = gazetteer ?? Extractor.Default.Gazetteer;
        _resolver = new ActorGroupResolver(names);
        _armedGroups = new ArmedGroupRule(names);
    }

    /// <summary>Builds the model of <paramref name="scope"/>.</summary>
    /// <exception cref="UserErrorException">A dyad side is unknown, or the period ends before it starts.</exception>
    public async Task<ExportModel> BuildAsync(ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.From is { } start && scope.To is { } end && end < start)
        {
            throw new UserErrorException($"the period ends ({end}) before it starts ({start})");
        }

        var identity = await new ActorService(_store).IdentityAsync(cancellationToken).ConfigureAwait(false);
        var dyad = scope.HasDyad
            ? new DyadFilter(DyadService.WithMerged(_resolver.Resolve(scope.SideA!), identity), DyadService.WithMerged(_resolver.Resolve(scope.SideB!), identity))
            : null;

        var facts = (await new FactCorroboration(_store).ListAsync(null, null, cancellationToken).ConfigureAwait(false))
            .Where(f => scope.InPeriod(f.Date) && (dyad is null || dyad.Keeps(f)))
            .ToList();
        var meetings = Sorted(facts.Where(f => f.Kind == FactKind.Meeting));
        var statements = Sorted(facts.Where(f => f.Kind == FactKind.Statement));
        var support = (await new SupportMatrixService(_store).BuildAsync(scope.From, scope.To, cancellationToken).ConfigureAwait(false))
            .Where(r => dyad is null || dyad.Keeps(r))
            .OrderBy(ExportKeys.Of, StringComparer.Ordinal)
            .ToList();

        var metadata = new Dictionary<DocumentId, ExportDocument>();
        async Task<ExportDocument?> DocumentAsync(DocumentId id)
        {
            if (!metadata.TryGetValue(id, out var known))
            {
                var stored = await _store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
                if (stored is null)
                {
                    return null;
                }

                known = new ExportDocument(stored.Id, stored.Title, stored.Publisher, stored.PublishedOn, stored.IngestedAt, stored.Origin);
                metadata[id] = known;
            }

            return known;
        }

        // A dyad is about actors; an assessment is the author's own judgement and names none, so a dyad leaves them out.
        var assessments = new List<ExportAssessment>();
        if (dyad is null)
        {
            await foreach (var fact in _store.ReadFactsAsync(FactKind.Assessment, cancellationToken).ConfigureAwait(false))
            {
                var document = await DocumentAsync(fact.Span.Document).ConfigureAwait(false);
                var assessment = Assessment(fact, document?.PublishedOn ?? PartialDate.Unknown);
                if (scope.InPeriod(assessment.Date))
                {
                    assessments.Add(assessment);
                }
            }
        }

        assessments.Sort((a, b) => string.CompareOrdinal(ExportKeys.Of(a), ExportKeys.Of(b)));

        // The documents: every stored one for a whole-store export, else those holding exported evidence.
        var documentIds = new SortedSet<string>(StringComparer.Ordinal);
        documentIds.UnionWith(facts.SelectMany(f => f.Documents).Select(d => d.Value));
        documentIds.UnionWith(support.Select(r => r.Strongest.Span.Document.Value));
        documentIds.UnionWith(assessments.Select(a => a.Span.Document.Value));
        if (!scope.IsFiltered)
        {
            for (var offset = 0; ; offset += DocumentPage)
            {
                var page = await _store.ListDocumentsAsync(offset, DocumentPage, cancellationToken).ConfigureAwait(false);
                documentIds.UnionWith(page.Select(d => d.Id.Value));
                if (page.Count < DocumentPage)
                {
                    break;
                }
            }
        }

        var documents = new List<ExportDocument>();
        foreach (var id in documentIds)
        {
            if (await DocumentAsync(DocumentId.Parse(id)).ConfigureAwait(false) is { } document)
            {
                documents.Add(document);
            }
        }

        var actors = Actors(identity, scope, documents, meetings.Concat(statements).ToList(), support);
        return new ExportModel(scope, documents, actors, meetings, statements, support, assessments);
    }

    private static List<CorroboratedFact> Sorted(IEnumerable<CorroboratedFact> facts) =>
        facts.OrderBy(ExportKeys.Of, StringComparer.Ordinal).ToList();

    private List<ExportActor> Actors(ActorIdentity identity, ExportScope scope, List<ExportDocument> documents, List<CorroboratedFact> facts, List<SupportMatrixRow> support)
    {
        var included = documents.Select(d => d.Id).ToHashSet();
        var byKey = new Dictionary<string, RegistryActor>(StringComparer.Ordinal);
        var seenIn = new Dictionary<string, HashSet<DocumentId>>(StringComparer.Ordinal);
        void Add(RegistryActor actor, IEnumerable<DocumentId> where)
        {
            // The registry's own record, not a copy renamed for one table, so every format names the actor alike.
            var registered = identity.Find(actor.Key) ?? actor;
            byKey.TryAdd(registered.Key, registered);
            if (!seenIn.TryGetValue(registered.Key, out var set))
            {
                set = [];
                seenIn[registered.Key] = set;
            }

            set.UnionWith(where);
        }

        foreach (var fact in facts)
        {
            foreach (var actor in fact.SideA.Concat(fact.SideB))
            {
                Add(actor, fact.Documents);
            }
        }

        foreach (var row in support)
        {
            Add(row.Supporter, [row.Strongest.Span.Document]);
            Add(row.Recipient, [row.Strongest.Span.Document]);
        }

        if (!scope.HasDyad)
        {
            foreach (var actor in identity.Actors.Where(a => a.Documents.Any(included.Contains)))
            {
                Add(actor, []);
            }
        }

        return byKey.Values
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new ExportActor(
                a,
                _armedGroups.IsArmedGroup(a),
                a.Documents.Concat(seenIn[a.Key]).Where(included.Contains).Distinct().OrderBy(d => d.Value, StringComparer.Ordinal).ToList(),
                a.Affiliations.Select(identity.Canonical).Where(k => k != a.Key && byKey.ContainsKey(k)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    private static ExportAssessment Assessment(FactRecord fact, PartialDate published)
    {
        using var json = JsonDocument.Parse(fact.Payload);
        var root = json.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? Number(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;
        // The contract writes the band's name; Enum.TryParse would also take digits, which name no band.
        var name = Text("likelihood");
        EstimativeLikelihood? likelihood = name is { Length: > 0 } && !char.IsDigit(name[0]) && Enum.TryParse<EstimativeLikelihood>(name, out var band) && Enum.IsDefined(band)
            ? band
            : null;
        return new ExportAssessment(
            fact.Span,
            fact.Rule,
            Text("text") ?? string.Empty,
            Text("expression"),
            likelihood,
            Number("percent_low"),
            Number("percent_high"),
            fact.Date.IsKnown ? fact.Date : published);
    }
}
