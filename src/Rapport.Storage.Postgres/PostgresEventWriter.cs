using Npgsql;
using NpgsqlTypes;
using Rapport.Model;

namespace Rapport.Storage.Postgres;

/// <summary>An open transaction of event inserts on its own connection; each batch is one pipelined round trip.</summary>
internal sealed class PostgresEventWriter : IEventWriter
{
    private const string Insert = """
        INSERT INTO events (origin, record_id, date, month, source_actor, source_name, target_actor, target_name, cameo, quad, goldstein, reference, document_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        ON CONFLICT (origin, record_id) DO NOTHING;
        """;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly bool _ownsConnection;

    public PostgresEventWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, bool ownsConnection)
    {
        _connection = connection;
        _transaction = transaction;
        _ownsConnection = ownsConnection;
    }

    public async Task<int> AddAsync(IReadOnlyList<EventRecord> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var added = 0;
        foreach (var chunk in events.Chunk(500))
        {
            await using var batch = new NpgsqlBatch(_connection, _transaction);
            foreach (var e in chunk)
            {
                var command = new NpgsqlBatchCommand(Insert);
                var p = command.Parameters;
                p.Add(Text(e.Origin));
                p.Add(Text(e.RecordId));
                p.Add(Text(StoredValues.Date(e.Date)));
                p.Add(Text(YearMonth.From(e.Date)?.ToString()));
                p.Add(Text(e.SourceActor));
                p.Add(Text(e.SourceName));
                p.Add(Text(e.TargetActor));
                p.Add(Text(e.TargetName));
                p.Add(Text(e.CameoCode));
                p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = e.QuadClass });
                p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double, Value = e.Goldstein });
                p.Add(Text(e.Reference));
                p.Add(Text(e.Document?.Value));
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            foreach (var command in batch.BatchCommands)
            {
                added += command.RecordsAffected;
            }
        }

        return added;
    }

    public Task CommitAsync(CancellationToken cancellationToken = default) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        // Inside a document batch the caller owns the transaction and commits it with the documents.
        if (_ownsConnection)
        {
            await _transaction.DisposeAsync().ConfigureAwait(false);
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };
}
