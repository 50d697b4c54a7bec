using Rapport.Services;
using Rapport.Testing;

namespace Rapport.Web.Tests.Api;

/// <summary>All PostgreSQL web tests share one throwaway server, started once; each test class gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class WebPostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL server (web)";
}

/// <summary>Which store a test class runs its server over.</summary>
public interface IBackend
{
    /// <summary>Starts a server over a fresh store of this backend (skips the test when the backend is missing).</summary>
    Task<WebServer> StartAsync();
}

/// <summary>A fresh SQLite file in a temp folder.</summary>
public sealed class SqliteBackend : IBackend
{
    /// <inheritdoc />
    public Task<WebServer> StartAsync() => WebServer.StartAsync();
}

/// <summary>A fresh database on the shared test PostgreSQL server.</summary>
public sealed class PostgresBackend(PostgresServerFixture fixture) : IBackend
{
    /// <inheritdoc />
    public async Task<WebServer> StartAsync()
    {
        Skip.IfNot(fixture.Availability.IsAvailable, $"PostgreSQL TESTS SKIPPED: {fixture.Availability.Reason}");
        return await WebServer.StartAsync(new PostgresStoreLocation(await fixture.CreateDatabaseAsync()));
    }
}
