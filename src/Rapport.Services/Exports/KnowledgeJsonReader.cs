using System.Globalization;
using System.Text.Json;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services.Exports;

/// <summary>
/// Reads and checks a knowledge export before anything is stored: every member is where the layout says, every
/// document's text hashes to its id, every span lies in its text. The first problem stops the import with its path
/// in the file (<c>documents[3].facts[7].end</c>).
/// </summary>
internal static class KnowledgeJsonReader
{
    /// <summary>The checked content of an export.</summary>
    public sealed record Content(IReadOnlyList<DocumentRecord> Documents, IReadOnlyList<EventRecord> Events, IReadOnlyList<ActorDecision> Decisions, IReadOnlyList<OutletGrade> Grades);

    /// <summary>The extractor version recorded for imported facts.</summary>
    public const string ImportedExtractor = "import:" + KnowledgeJson.Format;

    public static Content Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || Optional(root, "format", "") != KnowledgeJson.Format)
        {
            throw new UserErrorException($"not a Rapport knowledge export: its \"format\" must be \"{KnowledgeJson.Format}\"");
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != KnowledgeJson.Version)
        {
            throw new UserErrorException($"version: this build reads knowledge exports of version {KnowledgeJson.Version} only");
        }

        var documents = Array(root, "documents", "").Select((d, i) => Document(d, $"documents[{i}]")).ToList();
        var events = Array(root, "events", "").Select((e, i) => Event(e, $"events[{i}]", null)).ToList();
        var decisions = Array(root, "actor_decisions", "").Select((d, i) => Decision(d, $"actor_decisions[{i}]")).ToList();
        var grades = Array(root, "outlet_grades", "").Select((g, i) => Grade(g, $"outlet_grades[{i}]")).ToList();
        return new Content(documents, events, decisions, grades);
    }

    private static DocumentRecord Document(JsonElement d, string path)
    {
        var text = Required(d, "text", path);
        var id = Required(d, "id", path);
        if (!DocumentId.TryParse(id, out var documentId) || DocumentId.ForText(text) != documentId)
        {
            throw new UserErrorException($"{path}.id: '{Cut(id)}' is not the SHA-256 of the document's text; the text was changed or the id is wrong");
        }

        var format = Required(d, "format", path);
        if (!Enum.TryParse<Model.DocumentFormat>(format, ignoreCase: true, out var documentFormat) || !Enum.IsDefined(documentFormat))
        {
            throw new UserErrorException($"{path}.format: unknown format '{Cut(format)}'");
        }

        var document = new Model.Document(
            documentId,
            Required(d, "title", path),
            Required(d, "origin", path),
            Optional(d, "publisher", path),
            Date(d, "published_on", path),
            Required(d, "language", path),
            documentFormat,
            text,
            Instant(d, "ingested_at", path));
        var facts = Array(d, "facts", path).Select((f, i) => Fact(f, $"{path}.facts[{i}]", documentId, text.Length)).ToList();
        var actors = Array(d, "actors", path).Select((a, i) => new ActorMention(
            documentId, Required(a, "key", $"{path}.actors[{i}]"), Required(a, "name", $"{path}.actors[{i}]"), Optional(a, "kind", $"{path}.actors[{i}]"), Optional(a, "affiliation", $"{path}.actors[{i}]"))).ToList();
        var events = Array(d, "events", path).Select((e, i) => Event(e, $"{path}.events[{i}]", documentId)).ToList();
        // The store keeps which extractor produced a document's facts but does not export it; imported facts say
        // where they came from instead. Each fact still names the rule that produced it.
        return new DocumentRecord(document, facts, facts.Count > 0 ? ImportedExtractor : null) { Actors = actors, Events = events };
    }

    private static FactRecord Fact(JsonElement f, string path, DocumentId document, int length)
    {
        var kind = Required(f, "kind", path);
        if (!Enum.TryParse<FactKind>(kind, ignoreCase: true, out var factKind) || !Enum.IsDefined(factKind))
        {
            throw new UserErrorException($"{path}.kind: unknown fact kind '{Cut(kind)}'");
        }

        var start = Integer(f, "start", path);
        var end = Integer(f, "end", path);
        if (start < 0 || end < start || end > length)
        {
            throw new UserErrorException($"{path}: span {start}–{end} does not lie in the document's {length} characters");
        }

        var rule = Required(f, "rule", path);
        var at = rule.LastIndexOf('@');
        if (at <= 0 || !int.TryParse(rule[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var ruleVersion))
        {
            throw new UserErrorException($"{path}.rule: '{Cut(rule)}' is not NAME@VERSION");
        }

        if (!f.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            throw new UserErrorException($"{path}.payload: must be a JSON object");
        }

        return new FactRecord(factKind, new Span(document, start, end), new RuleRef(rule[..at], ruleVersion), Date(f, "date", path), Optional(f, "subject", path), Optional(f, "object", path), payload.GetRawText());
    }

    private static EventRecord Event(JsonElement e, string path, DocumentId? document)
    {
        var quad = Integer(e, "quad_class", path);
        if (quad is < 1 or > 4)
        {
            throw new UserErrorException($"{path}.quad_class: must be 1 to 4, not {quad}");
        }

        if (!e.TryGetProperty("goldstein", out var g) || g.ValueKind != JsonValueKind.Number || g.GetDouble() is < -10 or > 10)
        {
            throw new UserErrorException($"{path}.goldstein: must be a number from -10 to 10");
        }

        return new EventRecord(
            Required(e, "origin", path), Required(e, "record_id", path), Date(e, "date", path),
            Optional(e, "source_actor", path), Optional(e, "source_name", path), Optional(e, "target_actor", path), Optional(e, "target_name", path),
            Required(e, "cameo", path), quad, g.GetDouble(), Optional(e, "reference", path), document);
    }

    private static ActorDecision Decision(JsonElement d, string path)
    {
        var kind = Required(d, "kind", path);
        if (!Enum.TryParse<ActorDecisionKind>(kind, ignoreCase: true, out var decisionKind) || !Enum.IsDefined(decisionKind))
        {
            throw new UserErrorException($"{path}.kind: unknown decision '{Cut(kind)}'");
        }

        return new ActorDecision(decisionKind, Required(d, "a", path), Required(d, "b", path), Required(d, "who", path), Instant(d, "at", path), Optional(d, "why", path));
    }

    private static OutletGrade Grade(JsonElement g, string path)
    {
        var grade = Required(g, "grade", path);
        if (!Enum.TryParse<ReliabilityGrade>(grade, ignoreCase: false, out var reliability) || !Enum.IsDefined(reliability) || grade.Length != 1)
        {
            throw new UserErrorException($"{path}.grade: must be a letter A to F, not '{Cut(grade)}'");
        }

        return new OutletGrade(Required(g, "outlet", path), reliability, Required(g, "who", path), Instant(g, "at", path));
    }

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new UserErrorException($"{Join(path, name)}: missing, or not an array");
        }

        return array.EnumerateArray();
    }

    private static string Required(JsonElement parent, string name, string path) =>
        Optional(parent, name, path) ?? throw new UserErrorException($"{Join(path, name)}: missing; a string is required");

    private static string? Optional(JsonElement parent, string name, string path)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new UserErrorException($"{Join(path, name)}: must be a string");
    }

    private static int Integer(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new UserErrorException($"{Join(path, name)}: missing, or not a whole number");

    private static PartialDate Date(JsonElement parent, string name, string path)
    {
        var text = Optional(parent, name, path);
        return text is null ? PartialDate.Unknown
            : PartialDate.TryParse(text, out var date) ? date
            : throw new UserErrorException($"{Join(path, name)}: '{Cut(text)}' is not a date like 2017-12-25, 2017-12 or 2017");
    }

    private static DateTimeOffset Instant(JsonElement parent, string name, string path)
    {
        var text = Required(parent, name, path);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw new UserErrorException($"{Join(path, name)}: '{Cut(text)}' is not a time like 2026-11-25T14:00:00Z");
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
