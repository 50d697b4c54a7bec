using Microsoft.Data.Sqlite;
using Rapport.Model;

namespace Rapport.Storage.Sqlite;

/// <summary>A prepared insert of coded events, reused across a batch.</summary>
internal sealed class EventInsert : IAsyncDisposable
{
    private static readonly string[] Names =
        ["$origin", "$record", "$date", "$month", "$source", "$source_name", "$target", "$target_name", "$cameo", "$quad", "$goldstein", "$reference", "$document"];

    private readonly SqliteCommand _command;

    public EventInsert(SqliteConnection connection, SqliteTransaction transaction)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = """
            INSERT INTO events (origin, record_id, date, month, source_actor, source_name, target_actor, target_name, cameo, quad, goldstein, reference, document_id)
            VALUES ($origin, $record, $date, $month, $source, $source_name, $target, $target_name, $cameo, $quad, $goldstein, $reference, $document)
            ON CONFLICT (origin, record_id) DO NOTHING;
            """;
        foreach (var name in Names)
        {
            _command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
    }

    /// <summary>Inserts the event; false when its origin and record id were already stored.</summary>
    public async Task<bool> ExecuteAsync(EventRecord e, CancellationToken cancellationToken)
    {
        var p = _command.Parameters;
        p["$origin"].Value = e.Origin;
        p["$record"].Value = e.RecordId;
        p["$date"].Value = (object?)StoredValues.Date(e.Date) ?? DBNull.Value;
        p["$month"].Value = (object?)YearMonth.From(e.Date)?.ToString() ?? DBNull.Value;
        p["$source"].Value = (object?)e.SourceActor ?? DBNull.Value;
        p["$source_name"].Value = (object?)e.SourceName ?? DBNull.Value;
        p["$target"].Value = (object?)e.TargetActor ?? DBNull.Value;
        p["$target_name"].Value = (object?)e.TargetName ?? DBNull.Value;
        p["$cameo"].Value = e.CameoCode;
        p["$quad"].Value = e.QuadClass;
        p["$goldstein"].Value = e.Goldstein;
        p["$reference"].Value = (object?)e.Reference ?? DBNull.Value;
        p["$document"].Value = (object?)e.Document?.Value ?? DBNull.Value;
        return await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
