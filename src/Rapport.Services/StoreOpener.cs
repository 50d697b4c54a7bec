using Rapport.Storage;
using Rapport.Storage.Postgres;
using Rapport.Storage.Sqlite;

namespace Rapport.Services;

/// <summary>Opens the store a <see cref="StoreLocation"/> names, behind the one store interface.</summary>
public static class StoreOpener
{
    /// <summary>Opens (and migrates) the store.</summary>
    /// <param name="location">Which store.</param>
    /// <param name="create">Create an embedded database file that does not exist yet.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <exception cref="StoreException">The store cannot be opened; the message says why in one line.</exception>
    public static async Task<IKnowledgeStore> OpenAsync(StoreLocation location, bool create, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location switch
        {
            SqliteStoreLocation sqlite => await SqliteKnowledgeStore.OpenAsync(sqlite.Path, create, cancellationToken).ConfigureAwait(false),
            PostgresStoreLocation postgres => await PostgresKnowledgeStore.OpenAsync(postgres.ConnectionString, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown kind of store."),
        };
    }
}
