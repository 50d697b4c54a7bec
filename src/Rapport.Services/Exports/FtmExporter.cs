using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>
/// Writes an <see cref="ExportModel"/> as FollowTheMoney entities, one JSON object a line, for Aleph and other FtM
/// tools: documents as <c>Document</c>, people as <c>Person</c>, states as <c>PublicBody</c>, organisations as
/// <c>Organization</c>, affiliations as <c>Membership</c>, meetings as <c>Event</c>, documents' mentions and statements
/// as <c>Documentation</c>, support as <c>UnknownLink</c>. Only property names of the FtM schema files are used (the
/// list and its provenance: <c>data/schemas/ftm/</c>). Mapping: <c>docs/exports.md</c>.
/// </summary>
public sealed class FtmExporter
{
    private static readonly JsonWriterOptions LineOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>The FtM schema of an actor of Rapport's kind: person, state, organisation, or unknown.</summary>
    public static string SchemaOf(string? kind) => kind switch
    {
        "person" => "Person",
        "state" => "PublicBody",
        "organization" => "Organization",
        _ => "LegalEntity",
    };

    /// <summary>Writes the entities, one a line.</summary>
    /// <returns>How many entities were written.</returns>
    public async Task<int> WriteAsync(ExportModel model, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var entities = Entities(model);
        await using var json = new Utf8JsonWriter(output, LineOptions);
        foreach (var entity in entities)
        {
            entity.Write(json);
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            json.Reset();
            await output.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return entities.Count;
    }

    /// <summary>The entities of a model, in the order written: documents, actors, memberships, events, links, documentation; each by id.</summary>
    public static IReadOnlyList<FtmEntity> Entities(ExportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entities = new List<(int Rank, FtmEntity Entity)>();
        string DocumentId(DocumentId id) => "doc-" + id.Value;
        string ActorId(string key) => "actor-" + DeterministicUuid.Create(DeterministicUuid.RapportNamespace, "actor:" + key);
        string Id(string prefix, string key) => prefix + "-" + DeterministicUuid.Create(DeterministicUuid.RapportNamespace, key);

        foreach (var document in model.Documents)
        {
            entities.Add((0, new FtmEntity(DocumentId(document.Id), "Document")
                .Add("name", document.Title)
                .Add("title", document.Title)
                .Add("publisher", document.Publisher)
                .Add("publishedAt", document.PublishedOn.ToIsoString())
                .Add("sourceUrl", document.WebAddress?.AbsoluteUri)));
        }

        var schemas = model.Actors.ToDictionary(a => a.Key, a => SchemaOf(a.Registry.Kind), StringComparer.Ordinal);
        foreach (var actor in model.Actors)
        {
            entities.Add((1, new FtmEntity(ActorId(actor.Key), schemas[actor.Key])
                .Add("name", actor.Name)
                .Add("alias", actor.Aliases)
                .Add("notes", "Rapport actor key: " + actor.Key)));

            // Membership's organisation must be an Organization (PublicBody is one).
            foreach (var organisation in actor.Affiliations.Where(k => schemas.GetValueOrDefault(k) is "Organization" or "PublicBody"))
            {
                entities.Add((2, new FtmEntity(Id("membership", $"membership:{actor.Key}>{organisation}"), "Membership")
                    .Add("member", ActorId(actor.Key))
                    .Add("organization", ActorId(organisation))));
            }

            foreach (var document in actor.Documents)
            {
                entities.Add((5, new FtmEntity(Id("documentation", $"mention:{document.Value}:{actor.Key}"), "Documentation")
                    .Add("document", DocumentId(document))
                    .Add("entity", ActorId(actor.Key))
                    .Add("role", "mentions")));
            }
        }

        foreach (var meeting in model.Meetings)
        {
            var participants = meeting.SideA.Concat(meeting.SideB).Where(p => schemas.ContainsKey(p.Key)).ToList();
            var (_, verb) = StixVocabulary.Meeting(meeting.MeetingKind);
            var name = $"{string.Join(", ", meeting.SideA.Select(a => a.Name))} {verb} {string.Join(", ", meeting.SideB.Select(b => b.Name))}".Trim();
            entities.Add((3, new FtmEntity(Id("meeting", ExportKeys.Of(meeting)), "Event")
                .Add("name", name)
                .Add("date", meeting.Date.ToIsoString())
                .Add("location", FactPayload.FirstText(meeting, "location"))
                .Add("involved", participants.Select(p => ActorId(p.Key)))
                .Add("summary", $"{meeting.MeetingKind ?? "meeting"}; {Credibility(meeting.Credibility)}; reported by {meeting.Documents.Count} document(s)")
                .Add("publisher", Outlets(meeting.Outlets))
                .Add("proof", meeting.Documents.Where(d => model.Document(d) is not null).OrderBy(d => d.Value, StringComparer.Ordinal).Select(DocumentId))
                .Add("recordId", ExportKeys.Handle(meeting))));
        }

        foreach (var statement in model.Statements)
        {
            var text = FactPayload.FirstText(statement, "text");
            foreach (var document in statement.Documents.Where(d => model.Document(d) is not null))
            {
                foreach (var speaker in statement.SideA.Where(s => schemas.ContainsKey(s.Key)))
                {
                    entities.Add((5, new FtmEntity(Id("documentation", $"{ExportKeys.Of(statement)}|{document.Value}|{speaker.Key}"), "Documentation")
                        .Add("document", DocumentId(document))
                        .Add("entity", ActorId(speaker.Key))
                        .Add("role", "statement")
                        .Add("date", statement.Date.ToIsoString())
                        .Add("summary", text)
                        .Add("recordId", ExportKeys.Handle(statement))));
                }
            }
        }

        foreach (var row in model.Support.Where(r => schemas.ContainsKey(r.Supporter.Key) && schemas.ContainsKey(r.Recipient.Key)))
        {
            var (_, verb) = StixVocabulary.Support(row.Kind);
            entities.Add((4, new FtmEntity(Id("support", ExportKeys.Of(row)), "UnknownLink")
                .Add("subject", ActorId(row.Supporter.Key))
                .Add("object", ActorId(row.Recipient.Key))
                .Add("role", verb)
                .Add("startDate", row.First.ToIsoString())
                .Add("endDate", row.Last.ToIsoString())
                .Add("summary", string.Create(CultureInfo.InvariantCulture, $"{row.EvidenceCount} claim(s) in {row.Documents} document(s); {Credibility(row.Credibility)}; strongest: \"{row.Strongest.Text}\""))
                .Add("recordId", ExportKeys.Handle(row))));
        }

        return entities.OrderBy(e => e.Rank).ThenBy(e => e.Entity.Id, StringComparer.Ordinal).Select(e => e.Entity).ToList();
    }

    private static string Credibility(Analysis.Credibility.InformationCredibility credibility) =>
        $"information credibility {(int)credibility} ({CredibilityLabels.Of(credibility)})";

    private static IEnumerable<string> Outlets(IEnumerable<(string Outlet, ReliabilityGrade Grade)> outlets) =>
        outlets.Select(o => o.Outlet).Order(StringComparer.Ordinal);
}
