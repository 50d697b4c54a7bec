using System.Data.Common;
using Rapport.Model;

namespace Rapport.Storage;

/// <summary>
/// Reads the model's records from result rows, the same way for every backend: each backend selects the same
/// columns in the same order and only says how it reads a timestamp.
/// </summary>
public static class StoredRows
{
    /// <summary>A text column that may be null.</summary>
    public static string? Text(DbDataReader row, int column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.IsDBNull(column) ? null : row.GetString(column);
    }

    /// <summary>A fact from <c>span_start, span_end, rule, rule_version, date, subject, object, payload</c> starting at <paramref name="first"/>.</summary>
    public static FactRecord Fact(DbDataReader row, FactKind kind, DocumentId document, int first)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new FactRecord(
            kind,
            new Span(document, row.GetInt32(first), row.GetInt32(first + 1)),
            new RuleRef(row.GetString(first + 2), row.GetInt32(first + 3)),
            StoredValues.ParseDate(Text(row, first + 4)),
            Text(row, first + 5),
            Text(row, first + 6),
            row.GetString(first + 7));
    }

    /// <summary>An event from <c>origin, record_id, date, source_actor, source_name, target_actor, target_name, cameo, quad, goldstein, reference, document_id</c>.</summary>
    public static EventRecord Event(DbDataReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new EventRecord(
            row.GetString(0),
            row.GetString(1),
            StoredValues.ParseDate(Text(row, 2)),
            Text(row, 3),
            Text(row, 4),
            Text(row, 5),
            Text(row, 6),
            row.GetString(7),
            row.GetInt32(8),
            row.GetDouble(9),
            Text(row, 10),
            Text(row, 11) is { } document ? DocumentId.Parse(document) : null);
    }

    /// <summary>A monthly cell from <c>source_actor, target_actor, month, quad, events, goldstein_sum</c>.</summary>
    public static EventMonth EventMonth(DbDataReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new EventMonth(row.GetString(0), row.GetString(1), YearMonth.Parse(row.GetString(2)), row.GetInt32(3), row.GetInt64(4), row.GetDouble(5));
    }

    /// <summary>A mention from <c>document_id, actor_key, name, kind, affiliation</c>.</summary>
    public static ActorMention Mention(DbDataReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Mention(row, DocumentId.Parse(row.GetString(0)));
    }

    /// <summary>A mention from <c>document_id, actor_key, name, kind, affiliation</c> whose document is already parsed.</summary>
    public static ActorMention Mention(DbDataReader row, DocumentId document)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ActorMention(document, row.GetString(1), row.GetString(2), Text(row, 3), Text(row, 4));
    }

    /// <summary>A decision from <c>kind, actor_a, actor_b, who, decided_at, why</c>.</summary>
    public static ActorDecision Decision(DbDataReader row, Func<DbDataReader, int, DateTimeOffset> timestamp)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(timestamp);
        return new ActorDecision(StoredValues.ParseDecision(row.GetString(0)), row.GetString(1), row.GetString(2), row.GetString(3), timestamp(row, 4), Text(row, 5));
    }

    /// <summary>A search hit from <c>id, title, marked snippet, score</c>.</summary>
    public static SearchHit SearchHit(DbDataReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new SearchHit(DocumentId.Parse(row.GetString(0)), row.GetString(1), HighlightedText.FromMarked(row.GetString(2)), row.GetDouble(3));
    }

    /// <summary>A document from <c>id, title, origin, publisher, published_on, language, format, text, ingested_at</c>.</summary>
    public static Document Document(DbDataReader row, Func<DbDataReader, int, DateTimeOffset> timestamp)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(timestamp);
        return new Document(
            DocumentId.Parse(row.GetString(0)),
            row.GetString(1),
            row.GetString(2),
            Text(row, 3),
            StoredValues.ParseDate(Text(row, 4)),
            row.GetString(5),
            StoredValues.ParseFormat(row.GetString(6)),
            row.GetString(7),
            timestamp(row, 8));
    }

    /// <summary>A listing entry from <c>id, title, origin, format, published_on, length, ingested_at</c>.</summary>
    public static DocumentSummary Summary(DbDataReader row, Func<DbDataReader, int, DateTimeOffset> timestamp)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(timestamp);
        return new DocumentSummary(
            DocumentId.Parse(row.GetString(0)),
            row.GetString(1),
            row.GetString(2),
            StoredValues.ParseFormat(row.GetString(3)),
            StoredValues.ParseDate(Text(row, 4)),
            row.GetInt32(5),
            timestamp(row, 6));
    }
}
