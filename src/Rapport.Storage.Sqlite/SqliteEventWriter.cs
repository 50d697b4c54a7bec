using Microsoft.Data.Sqlite;

namespace Rapport.Storage.Sqlite;

/// <summary>An open transaction of event inserts on its own connection.</summary>
internal sealed class SqliteEventWriter : IEventWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly EventInsert _insert;

    public SqliteEventWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _insert = new EventInsert(connection, transaction);
    }

    public async Task<int> AddAsync(IReadOnlyList<EventRecord> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var added = 0;
        foreach (var record in events)
        {
            if (await _insert.ExecuteAsync(record, cancellationToken).ConfigureAwait(false))
            {
                added++;
            }
        }

        return added;
    }

    public Task CommitAsync(CancellationToken cancellationToken = default) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        // A transaction disposed before commit rolls back.
        await _insert.DisposeAsync().ConfigureAwait(false);
        await _transaction.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
