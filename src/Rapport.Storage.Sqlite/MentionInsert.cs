using Microsoft.Data.Sqlite;

namespace Rapport.Storage.Sqlite;

/// <summary>A prepared insert of a document's actor-registry entries, reused across a batch.</summary>
internal sealed class MentionInsert : IAsyncDisposable
{
    private readonly SqliteCommand _command;

    public MentionInsert(SqliteConnection connection, SqliteTransaction transaction)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;

        // A document may name one actor with one name in several facts; the registry keeps it once.
        _command.CommandText = """
            INSERT INTO actor_mentions (document_id, actor_key, name, kind, affiliation)
            VALUES ($document, $key, $name, $kind, $affiliation) ON CONFLICT DO NOTHING;
            """;
        foreach (var name in new[] { "$document", "$key", "$name", "$kind", "$affiliation" })
        {
            _command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
    }

    public async Task ExecuteAsync(ActorMention mention, CancellationToken cancellationToken)
    {
        var p = _command.Parameters;
        p["$document"].Value = mention.Document.Value;
        p["$key"].Value = mention.Key;
        p["$name"].Value = mention.Name;
        p["$kind"].Value = (object?)mention.Kind ?? DBNull.Value;
        p["$affiliation"].Value = (object?)mention.Affiliation ?? DBNull.Value;
        await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
