using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services.Exports;

/// <summary>
/// The whole knowledge base (or one period of it) as one JSON document, and back: documents with their text, facts,
/// actor mentions and coded events; imported event data; the actor decision log; outlet grades. Output is ordered and
/// formatted the same way every time, so export → import into an empty store → export gives the same bytes.
/// See <c>docs/exports.md</c>.
/// </summary>
public static class KnowledgeJson
{
    /// <summary>The value of the file's <c>format</c> member.</summary>
    public const string Format = "rapport-knowledge";

    /// <summary>The layout version this build writes and reads.</summary>
    public const int Version = 1;

    // Microseconds: what PostgreSQL keeps of a timestamp, so an export reads the same from either backend.
    private const string Instant = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // Names in Arabic or Persian script stay readable; the file is data, never embedded in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the knowledge base, or the part of it in the period, to <paramref name="output"/>.</summary>
    /// <remarks>
    /// With a period, a document is in it when its publication date or one of its facts' dates may fall in the
    /// period; imported events when their date may. Decisions and grades are always written whole: they are about
    /// actors and outlets, not about a time.
    /// </remarks>
    /// <returns>How many documents were written.</returns>
    public static async Task<int> ExportAsync(IKnowledgeStore store, Stream output, YearMonth? from = null, YearMonth? to = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        var mentions = (await store.ListActorMentionsAsync(cancellationToken).ConfigureAwait(false)).ToLookup(m => m.Document);
        var documentEvents = new Dictionary<DocumentId, List<EventRecord>>();
        var looseEvents = new List<EventRecord>();
        await foreach (var e in store.ReadEventsAsync(null, cancellationToken).ConfigureAwait(false))
        {
            if (e.Document is { } document)
            {
                (documentEvents.TryGetValue(document, out var list) ? list : documentEvents[document] = []).Add(e);
            }
            else if (InPeriod(e.Date, from, to))
            {
                looseEvents.Add(e);
            }
        }

        var ids = new List<DocumentId>();
        const int page = 500;
        for (var offset = 0; ; offset += page)
        {
            var summaries = await store.ListDocumentsAsync(offset, page, cancellationToken).ConfigureAwait(false);
            ids.AddRange(summaries.Select(s => s.Id));
            if (summaries.Count < page)
            {
                break;
            }
        }

        await using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("version", Version);
        json.WritePropertyName("period");
        if (from is null && to is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            json.WriteString("from", from?.ToString());
            json.WriteString("to", to?.ToString());
            json.WriteEndObject();
        }

        json.WriteStartArray("documents");
        var written = 0;
        foreach (var id in ids.OrderBy(i => i.Value, StringComparer.Ordinal))
        {
            var document = await store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                continue;
            }

            var facts = (await store.GetFactsAsync(id, cancellationToken).ConfigureAwait(false))
                .OrderBy(f => f.Span.Start).ThenBy(f => f.Span.End).ThenBy(f => f.Kind).ThenBy(f => f.Rule.ToString(), StringComparer.Ordinal).ThenBy(f => f.Payload, StringComparer.Ordinal)
                .ToList();
            if ((from is not null || to is not null) && !InPeriod(document.PublishedOn, from, to) && !facts.Any(f => InPeriod(f.Date, from, to)))
            {
                continue;
            }

            WriteDocument(json, document, facts, mentions[id], documentEvents.GetValueOrDefault(id) ?? []);
            written++;
            if (json.BytesPending > 1 << 16)
            {
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var e in looseEvents.OrderBy(e => e.Origin, StringComparer.Ordinal).ThenBy(e => e.RecordId, StringComparer.Ordinal))
        {
            WriteEvent(json, e);
        }

        json.WriteEndArray();
        json.WriteStartArray("actor_decisions");
        foreach (var d in await store.ListActorDecisionsAsync(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("kind", d.Kind.ToString().ToLowerInvariant());
            json.WriteString("a", d.A);
            json.WriteString("b", d.B);
            json.WriteString("who", d.Who);
            json.WriteString("at", d.At.ToUniversalTime().ToString(Instant, CultureInfo.InvariantCulture));
            json.WriteString("why", d.Why);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("outlet_grades");
        foreach (var g in (await store.ListOutletGradesAsync(cancellationToken).ConfigureAwait(false)).OrderBy(g => OutletGrade.KeyOf(g.Outlet), StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("outlet", g.Outlet);
            json.WriteString("grade", g.Grade.ToString());
            json.WriteString("who", g.Who);
            json.WriteString("at", g.At.ToUniversalTime().ToString(Instant, CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    /// <summary>
    /// Reads a file written by <see cref="ExportAsync"/> into <paramref name="store"/>. The whole file is checked
    /// before anything is written (each document's text must hash to its id, spans must lie in the text), so a bad file
    /// changes nothing; the documents then go in one transaction. Documents and decisions already stored are skipped.
    /// </summary>
    /// <exception cref="UserErrorException">The file is not a Rapport knowledge export, or one of its members is wrong; the message says where.</exception>
    public static async Task<KnowledgeJsonResult> ImportAsync(IKnowledgeStore store, Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(input);
        JsonDocument parsed;
        try
        {
            parsed = await JsonDocument.ParseAsync(input, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"not JSON: line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message.Split(" Path:")[0]}");
        }

        using (parsed)
        {
            var read = KnowledgeJsonReader.Read(parsed.RootElement);
            var added = await store.AddDocumentsAsync(read.Documents, cancellationToken).ConfigureAwait(false);
            var eventsAdded = 0;
            if (read.Events.Count > 0)
            {
                await using var writer = await store.BeginEventsAsync(cancellationToken).ConfigureAwait(false);
                eventsAdded = await writer.AddAsync(read.Events, cancellationToken).ConfigureAwait(false);
                await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            var known = (await store.ListActorDecisionsAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
            var decisions = 0;
            foreach (var decision in read.Decisions.Where(d => !known.Contains(d)))
            {
                await store.AddActorDecisionAsync(decision, cancellationToken).ConfigureAwait(false);
                decisions++;
            }

            foreach (var grade in read.Grades)
            {
                await store.SetOutletGradeAsync(grade, cancellationToken).ConfigureAwait(false);
            }

            return new KnowledgeJsonResult(added.Count(a => a == AddResult.Added), added.Count(a => a != AddResult.Added), eventsAdded, decisions, read.Grades.Count);
        }
    }

    private static void WriteDocument(Utf8JsonWriter json, Document document, IReadOnlyList<FactRecord> facts, IEnumerable<ActorMention> mentions, IReadOnlyList<EventRecord> events)
    {
        json.WriteStartObject();
        json.WriteString("id", document.Id.Value);
        json.WriteString("title", document.Title);
        json.WriteString("origin", document.Origin);
        json.WriteString("publisher", document.Publisher);
        json.WriteString("published_on", document.PublishedOn.ToIsoString());
        json.WriteString("language", document.Language);
        json.WriteString("format", document.Format.ToString().ToLowerInvariant());
        json.WriteString("ingested_at", document.IngestedAt.ToUniversalTime().ToString(Instant, CultureInfo.InvariantCulture));
        json.WriteString("text", document.Text);
        json.WriteStartArray("facts");
        foreach (var f in facts)
        {
            json.WriteStartObject();
            json.WriteString("kind", f.Kind.ToString().ToLowerInvariant());
            json.WriteNumber("start", f.Span.Start);
            json.WriteNumber("end", f.Span.End);
            json.WriteString("rule", f.Rule.ToString());
            json.WriteString("date", f.Date.ToIsoString());
            json.WriteString("subject", f.Subject);
            json.WriteString("object", f.Object);
            json.WritePropertyName("payload");
            using (var payload = JsonDocument.Parse(f.Payload))
            {
                WriteCanonical(json, payload.RootElement);
            }
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("actors");
        foreach (var m in mentions.OrderBy(m => m.Key, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("key", m.Key);
            json.WriteString("name", m.Name);
            json.WriteString("kind", m.Kind);
            json.WriteString("affiliation", m.Affiliation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var e in events.OrderBy(e => e.RecordId, StringComparer.Ordinal))
        {
            WriteEvent(json, e);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, EventRecord e)
    {
        json.WriteStartObject();
        json.WriteString("origin", e.Origin);
        json.WriteString("record_id", e.RecordId);
        json.WriteString("date", e.Date.ToIsoString());
        json.WriteString("source_actor", e.SourceActor);
        json.WriteString("source_name", e.SourceName);
        json.WriteString("target_actor", e.TargetActor);
        json.WriteString("target_name", e.TargetName);
        json.WriteString("cameo", e.CameoCode);
        json.WriteNumber("quad_class", e.QuadClass);
        json.WriteNumber("goldstein", e.Goldstein);
        json.WriteString("reference", e.Reference);
        json.WriteEndObject();
    }

    // Backends give a payload back in their own form (PostgreSQL's jsonb reorders keys and drops spacing), so it
    // is written with its members in ordinal order: the same fact reads the same from either store.
    private static void WriteCanonical(Utf8JsonWriter json, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                json.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    json.WritePropertyName(property.Name);
                    WriteCanonical(json, property.Value);
                }

                json.WriteEndObject();
                break;
            case JsonValueKind.Array:
                json.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                element.WriteTo(json);
                break;
        }
    }

    private static bool InPeriod(PartialDate date, YearMonth? from, YearMonth? to) =>
        (from is null && to is null) || (date.IsKnown && SupportMatrixService.InPeriod(date, from, to));
}
