using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Rapport.Storage.Sqlite;

/// <summary>A prepared insert of a document's facts and its extraction run, reused across a batch.</summary>
internal sealed class FactInsert : IAsyncDisposable
{
    private readonly SqliteCommand _fact;
    private readonly SqliteCommand _run;

    public FactInsert(SqliteConnection connection, SqliteTransaction transaction)
    {
        _fact = connection.CreateCommand();
        _fact.Transaction = transaction;
        _fact.CommandText = """
            INSERT INTO facts (document_id, kind, span_start, span_end, rule, rule_version, date, date_first, date_last, subject, object, payload)
            VALUES ($document, $kind, $start, $end, $rule, $version, $date, $first, $last, $subject, $object, $payload);
            """;
        foreach (var name in new[] { "$document", "$kind", "$start", "$end", "$rule", "$version", "$date", "$first", "$last", "$subject", "$object", "$payload" })
        {
            _fact.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _run = connection.CreateCommand();
        _run.Transaction = transaction;
        _run.CommandText = "INSERT INTO extraction_runs (document_id, extractor_version, facts) VALUES ($document, $version, $facts);";
        _run.Parameters.Add(new SqliteParameter { ParameterName = "$document" });
        _run.Parameters.Add(new SqliteParameter { ParameterName = "$version" });
        _run.Parameters.Add(new SqliteParameter { ParameterName = "$facts" });
    }

    public async Task ExecuteAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        var p = _fact.Parameters;
        foreach (var fact in record.Facts)
        {
            p["$document"].Value = record.Document.Id.Value;
            p["$kind"].Value = StoredValues.Kind(fact.Kind);
            p["$start"].Value = fact.Span.Start;
            p["$end"].Value = fact.Span.End;
            p["$rule"].Value = fact.Rule.Name;
            p["$version"].Value = fact.Rule.Version;
            p["$date"].Value = (object?)StoredValues.Date(fact.Date) ?? DBNull.Value;
            p["$first"].Value = (object?)fact.Date.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value;
            p["$last"].Value = (object?)fact.Date.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value;
            p["$subject"].Value = (object?)fact.Subject ?? DBNull.Value;
            p["$object"].Value = (object?)fact.Object ?? DBNull.Value;
            p["$payload"].Value = fact.Payload;
            await _fact.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        _run.Parameters["$document"].Value = record.Document.Id.Value;
        _run.Parameters["$version"].Value = record.ExtractorVersion;
        _run.Parameters["$facts"].Value = record.Facts.Count;
        await _run.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _fact.DisposeAsync().ConfigureAwait(false);
        await _run.DisposeAsync().ConfigureAwait(false);
    }
}
