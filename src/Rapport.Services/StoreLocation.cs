namespace Rapport.Services;

/// <summary>Where the knowledge base lives: an embedded SQLite file or a PostgreSQL server.</summary>
public abstract record StoreLocation
{
    private protected StoreLocation()
    {
    }

    /// <summary>The default SQLite file, in the current folder.</summary>
    public const string DefaultDatabaseFile = "rapport.db";

    /// <summary>The environment variable naming a SQLite file.</summary>
    public const string DatabaseVariable = "RAPPORT_DB";

    /// <summary>The environment variable holding a PostgreSQL connection string.</summary>
    public const string PostgresVariable = "RAPPORT_POSTGRES";

    /// <summary>
    /// Chooses the store from explicit options, then the environment, then the default file.
    /// </summary>
    /// <exception cref="UserErrorException">Both a file and a connection string were given.</exception>
    public static StoreLocation Resolve(string? databaseFile, string? postgres, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(databaseFile) && !string.IsNullOrWhiteSpace(postgres))
        {
            throw new UserErrorException("give either --db or --postgres, not both");
        }

        if (!string.IsNullOrWhiteSpace(databaseFile))
        {
            return new SqliteStoreLocation(databaseFile);
        }

        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return new PostgresStoreLocation(postgres);
        }

        var fromEnvironment = environment(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new PostgresStoreLocation(fromEnvironment);
        }

        var file = environment(DatabaseVariable);
        return new SqliteStoreLocation(string.IsNullOrWhiteSpace(file) ? DefaultDatabaseFile : file);
    }
}
