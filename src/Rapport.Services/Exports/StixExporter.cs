using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>
/// Writes an <see cref="ExportModel"/> as a STIX 2.1 bundle: actors as <c>identity</c> (or <c>threat-actor</c> for
/// armed groups, see <see cref="ArmedGroupRule"/>), one <c>report</c> per document listing what was extracted from
/// it, meetings and support as <c>relationship</c>s, statements and assessments as <c>note</c>s. Identifiers are
/// version-5 UUIDs of stable keys and timestamps come from the documents' ingest times, so the same knowledge base
/// always gives the same bytes. Mapping and choices: <c>docs/exports.md</c>.
/// </summary>
public sealed class StixExporter
{
    private const int ActorRank = 0;
    private const int ReportRank = 1;
    private const int RelationshipRank = 2;
    private const int NoteRank = 3;
    private const int FlushEvery = 256;

    /// <summary>
    /// JSON options of every export: indented for people, every Unicode letter kept as written (names in Arabic or
    /// Persian stay readable), and HTML-significant characters escaped, so a quoted <c>&lt;script&gt;</c> stays text
    /// even if a tool pastes the JSON into a web page.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes the bundle.</summary>
    /// <returns>How many STIX objects the bundle holds.</returns>
    public async Task<int> WriteAsync(ExportModel model, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var objects = Collect(model);
        var bundleKey = "bundle|" + Describe(model.Scope) + "|" + string.Join('\n', objects.Select(o => o.Id));

        await using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteString("type", "bundle");
        json.WriteString("id", DeterministicUuid.StixId("bundle", bundleKey));
        json.WriteStartArray("objects");
        for (var i = 0; i < objects.Count; i++)
        {
            objects[i].Write(json);
            if ((i + 1) % FlushEvery == 0)
            {
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        return objects.Count;
    }

    private static string Describe(ExportScope scope) =>
        string.Create(CultureInfo.InvariantCulture, $"{scope.From}|{scope.To}|{scope.SideA}|{scope.SideB}|{scope.Strict}");

    private static List<StixObject> Collect(ExportModel model)
    {
        var strict = model.Scope.Strict;
        var objects = new List<StixObject>();
        var extracted = new Dictionary<DocumentId, SortedSet<string>>();
        var earliest = model.Documents.Count == 0 ? DateTimeOffset.UnixEpoch : model.Documents.Min(d => d.IngestedAt);

        void From(DocumentId document, string id)
        {
            if (model.Document(document) is null)
            {
                return;
            }

            if (!extracted.TryGetValue(document, out var ids))
            {
                ids = new SortedSet<string>(StringComparer.Ordinal);
                extracted[document] = ids;
            }

            ids.Add(id);
        }

        // The first time any of its documents entered the knowledge base: stable for as long as they stay.
        string Timestamp(IEnumerable<DocumentId> documents)
        {
            var times = documents.Select(model.Document).OfType<ExportDocument>().Select(d => d.IngestedAt).ToList();
            return StixTime.Of(times.Count == 0 ? earliest : times.Min());
        }

        string ReportId(DocumentId document) => DeterministicUuid.StixId("report", "document:" + document.Value);

        var actorIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in model.Actors)
        {
            var type = actor.ArmedGroup ? "threat-actor" : "identity";
            var id = DeterministicUuid.StixId(type, "actor:" + actor.Key);
            actorIds[actor.Key] = id;
            foreach (var document in actor.Documents)
            {
                From(document, id);
            }

            var timestamp = Timestamp(actor.Documents);
            objects.Add(new StixObject(ActorRank, id, json => WriteActor(json, actor, type, id, timestamp, strict)));
        }

        foreach (var meeting in model.Meetings)
        {
            var key = ExportKeys.Of(meeting);
            var timestamp = Timestamp(meeting.Documents);
            var pairs = meeting.SideA.SelectMany(a => meeting.SideB.Select(b => (A: a, B: b)))
                .Where(p => p.A.Key != p.B.Key && actorIds.ContainsKey(p.A.Key) && actorIds.ContainsKey(p.B.Key))
                .DistinctBy(p => (p.A.Key, p.B.Key));
            foreach (var (a, b) in pairs)
            {
                var id = DeterministicUuid.StixId("relationship", $"{key}|{a.Key}>{b.Key}");
                foreach (var document in meeting.Documents)
                {
                    From(document, id);
                }

                objects.Add(new StixObject(RelationshipRank, id, json => WriteMeeting(json, model, meeting, id, actorIds[a.Key], actorIds[b.Key], a, b, timestamp, strict)));
            }
        }

        foreach (var statement in model.Statements)
        {
            var speakers = statement.SideA.Where(s => actorIds.ContainsKey(s.Key)).ToList();
            if (speakers.Count == 0)
            {
                continue;
            }

            var id = DeterministicUuid.StixId("note", ExportKeys.Of(statement));
            var documents = statement.Documents.Where(d => model.Document(d) is not null).ToList();
            foreach (var document in documents)
            {
                From(document, id);
            }

            var refs = speakers.Select(s => actorIds[s.Key]).Concat(documents.Select(ReportId)).Distinct().Order(StringComparer.Ordinal).ToList();
            var timestamp = Timestamp(statement.Documents);
            objects.Add(new StixObject(NoteRank, id, json => WriteStatement(json, model, statement, id, speakers, refs, timestamp, strict)));
        }

        foreach (var row in model.Support)
        {
            if (!actorIds.TryGetValue(row.Supporter.Key, out var source) || !actorIds.TryGetValue(row.Recipient.Key, out var target))
            {
                continue;
            }

            var id = DeterministicUuid.StixId("relationship", ExportKeys.Of(row));
            From(row.Strongest.Span.Document, id);
            var timestamp = Timestamp([row.Strongest.Span.Document]);
            objects.Add(new StixObject(RelationshipRank, id, json => WriteSupport(json, model, row, id, source, target, timestamp, strict)));
        }

        foreach (var assessment in model.Assessments)
        {
            var document = assessment.Span.Document;
            if (model.Document(document) is null)
            {
                continue;
            }

            var id = DeterministicUuid.StixId("note", ExportKeys.Of(assessment));
            From(document, id);
            var timestamp = Timestamp([document]);
            var report = ReportId(document);
            objects.Add(new StixObject(NoteRank, id, json => WriteAssessment(json, model, assessment, id, report, timestamp, strict)));
        }

        // A report must list at least one object; a document nothing was extracted from has no report.
        foreach (var document in model.Documents)
        {
            if (extracted.TryGetValue(document.Id, out var refs) && refs.Count > 0)
            {
                var id = ReportId(document.Id);
                var list = refs.ToList();
                objects.Add(new StixObject(ReportRank, id, json => WriteReport(json, document, id, list)));
            }
        }

        return objects.OrderBy(o => o.Rank).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();
    }

    private static void WriteActor(Utf8JsonWriter json, ExportActor actor, string type, string id, string timestamp, bool strict)
    {
        StixProperties.Common(json, type, id, timestamp);
        json.WriteString("name", actor.Name);
        var kind = actor.Registry.Kind ?? "actor";
        var description = $"{char.ToUpperInvariant(kind[0])}{kind[1..]} in the Rapport registry under the key {actor.Key}.";
        if (actor.Aliases.Count > 0)
        {
            description += " Also written: " + string.Join("; ", actor.Aliases) + ".";
        }

        json.WriteString("description", description);
        if (type == "threat-actor")
        {
            StixProperties.Strings(json, "aliases", actor.Aliases);
        }
        else
        {
            json.WriteString("identity_class", actor.Registry.Kind switch
            {
                "person" => "individual",
                "state" or "organization" => "organization",
                _ => "unknown",
            });
            if (actor.Registry.Kind == "state")
            {
                StixProperties.Strings(json, "sectors", ["government-national"]);
            }
        }

        if (!strict)
        {
            json.WriteString("x_rapport_actor_key", actor.Key);
            StixProperties.Strings(json, "x_rapport_merged_keys", actor.Registry.Keys.Where(k => k != actor.Key));
        }

        json.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter json, ExportDocument document, string id, IReadOnlyList<string> refs)
    {
        StixProperties.Common(json, "report", id, StixTime.Of(document.IngestedAt));
        json.WriteString("name", document.Title);
        if (document.Publisher is { } publisher)
        {
            json.WriteString("description", "Published by " + publisher + ".");
        }

        json.WriteString("published", document.PublishedOn.Earliest is { } day ? StixTime.StartOf(day) : StixTime.Of(document.IngestedAt));
        StixProperties.Strings(json, "object_refs", refs);
        json.WriteStartArray("external_references");
        json.WriteStartObject();
        json.WriteString("source_name", StixProperties.RapportSource);
        json.WriteString("description", "document id: SHA-256 of the normalised text");
        json.WriteString("external_id", "doc:" + document.Id.Value);
        json.WriteEndObject();
        if (document.WebAddress is { } url)
        {
            json.WriteStartObject();
            json.WriteString("source_name", document.Publisher ?? "origin");
            json.WriteString("url", url.AbsoluteUri);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMeeting(
        Utf8JsonWriter json, ExportModel model, CorroboratedFact meeting, string id, string source, string target, RegistryActor a, RegistryActor b, string timestamp, bool strict)
    {
        var (type, verb) = StixVocabulary.Meeting(meeting.MeetingKind);
        StixProperties.Common(json, "relationship", id, timestamp);
        json.WriteString("relationship_type", strict ? StixVocabulary.RelatedTo : type);
        var location = FactPayload.FirstText(meeting, "location");
        var description = $"{a.Name} {verb} {b.Name}"
            + (location is null ? string.Empty : $" in {location}")
            + (meeting.Date.ToIsoString() is { } date ? $" ({date})" : string.Empty)
            + $". {Evidence(meeting)}";
        json.WriteString("description", description);
        json.WriteString("source_ref", source);
        json.WriteString("target_ref", target);
        Period(json, meeting.Date, meeting.Date);
        FactDetails(json, model, meeting, "meeting", strict);
        json.WriteEndObject();
    }

    private static void WriteStatement(
        Utf8JsonWriter json, ExportModel model, CorroboratedFact statement, string id, IReadOnlyList<RegistryActor> speakers, IReadOnlyList<string> refs, string timestamp, bool strict)
    {
        StixProperties.Common(json, "note", id, timestamp);
        json.WriteString("abstract", $"Statement by {string.Join(", ", speakers.Select(s => s.Name))}" + (statement.Date.ToIsoString() is { } date ? $" ({date})" : string.Empty));
        json.WriteString("content", FactPayload.FirstText(statement, "text") ?? string.Empty);
        StixProperties.Strings(json, "authors", speakers.Select(s => s.Name));
        StixProperties.Strings(json, "object_refs", refs);
        FactDetails(json, model, statement, "statement", strict);
        json.WriteEndObject();
    }

    private static void WriteSupport(Utf8JsonWriter json, ExportModel model, SupportMatrixRow row, string id, string source, string target, string timestamp, bool strict)
    {
        var (type, verb) = StixVocabulary.Support(row.Kind);
        var strongest = row.Strongest;
        StixProperties.Common(json, "relationship", id, timestamp);
        json.WriteString("relationship_type", strict ? StixVocabulary.RelatedTo : type);
        var dates = row.First.IsKnown ? $", {row.First}" + (row.Last != row.First ? $" to {row.Last}" : string.Empty) : string.Empty;
        json.WriteString(
            "description",
            $"{row.Supporter.Name} {verb} {row.Recipient.Name}: {row.EvidenceCount} claim(s) in {row.Documents} document(s){dates}; "
            + $"information credibility {(int)row.Credibility} ({CredibilityLabels.Of(row.Credibility)}). Strongest evidence: \"{strongest.Text}\"");
        json.WriteString("source_ref", source);
        json.WriteString("target_ref", target);
        Period(json, row.First, row.Last);
        if (StixConfidence.FromAdmiralty(row.Credibility) is { } confidence)
        {
            json.WriteNumber("confidence", confidence);
        }

        var title = model.Document(strongest.Span.Document)?.Title ?? strongest.DocumentTitle;
        StixProperties.Citations(json, "support claim", strongest.Date, strongest.Outlets, [(strongest.Span, $"{title} (strongest claim of the cell)")]);
        if (!strict)
        {
            json.WriteString("x_rapport_fact", ExportKeys.Handle(row));
            json.WriteNumber("x_rapport_admiralty_credibility", (int)row.Credibility);
            json.WriteNumber("x_rapport_evidence_count", row.EvidenceCount);
        }

        json.WriteEndObject();
    }

    private static void WriteAssessment(Utf8JsonWriter json, ExportModel model, ExportAssessment assessment, string id, string report, string timestamp, bool strict)
    {
        StixProperties.Common(json, "note", id, timestamp);
        var band = assessment.Likelihood is { } likelihood
            ? likelihood + (assessment.PercentLow is { } low && assessment.PercentHigh is { } high ? string.Create(CultureInfo.InvariantCulture, $" ({low}-{high} %)") : string.Empty)
            : assessment.Expression ?? "assessment";
        json.WriteString("abstract", $"Assessment by the author: {band}");
        json.WriteString("content", assessment.Text);
        StixProperties.Strings(json, "object_refs", [report]);
        if (assessment.Likelihood is { } known)
        {
            json.WriteNumber("confidence", StixConfidence.FromLikelihood(known));
        }

        var title = model.Document(assessment.Span.Document)?.Title ?? assessment.Span.Document.Short;
        StixProperties.Citations(json, "assessment", assessment.Date, [], [(assessment.Span, $"{title} (extracted by {assessment.Rule})")]);
        if (!strict && assessment.Expression is { } expression)
        {
            json.WriteString("x_rapport_expression", expression);
        }

        json.WriteEndObject();
    }

    // Confidence, citations and Rapport's own handle, common to meetings and statements.
    private static void FactDetails(Utf8JsonWriter json, ExportModel model, CorroboratedFact fact, string what, bool strict)
    {
        if (StixConfidence.FromAdmiralty(fact.Credibility) is { } confidence)
        {
            json.WriteNumber("confidence", confidence);
        }

        var reports = fact.Reports
            .Where(r => model.Document(r.Span.Document) is not null)
            .Select(r => (r.Span, $"{model.Document(r.Span.Document)!.Title} (extracted by {r.Rule})"));
        StixProperties.Citations(json, what, fact.Date, fact.Outlets, reports);
        if (!strict)
        {
            json.WriteString("x_rapport_fact", ExportKeys.Handle(fact));
            json.WriteNumber("x_rapport_admiralty_credibility", (int)fact.Credibility);
        }
    }

    private static void Period(Utf8JsonWriter json, PartialDate from, PartialDate to)
    {
        if (StixTime.Span(from, to) is { } span)
        {
            json.WriteString("start_time", span.Start);
            json.WriteString("stop_time", span.Stop);
        }
    }

    private static string Evidence(CorroboratedFact fact) =>
        $"Reported by {fact.Documents.Count} document(s); information credibility {(int)fact.Credibility} ({CredibilityLabels.Of(fact.Credibility)}).";
}
