namespace Rapport.Storage;

/// <summary>Decides which migrations a database needs, and refuses databases from the future.</summary>
public static class SchemaMigrator
{
    /// <summary>The migrations to apply to a database at <paramref name="currentVersion"/>, in order.</summary>
    /// <exception cref="SchemaTooNewException">The database is newer than the newest migration.</exception>
    public static IReadOnlyList<Migration> Pending(IReadOnlyList<Migration> all, int currentVersion, string location)
    {
        ArgumentNullException.ThrowIfNull(all);
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration {i} has version {all[i].Version}; versions must run 1, 2, 3 … without gaps.");
            }
        }

        var newest = all.Count;
        if (currentVersion > newest)
        {
            throw new SchemaTooNewException(location, currentVersion, newest);
        }

        return all.Skip(currentVersion).ToList();
    }
}
