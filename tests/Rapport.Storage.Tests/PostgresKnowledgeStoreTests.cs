using Npgsql;
using Rapport.Storage.Postgres;
using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>
/// The store contract on PostgreSQL, with a fresh database per test on a shared throwaway server, plus what only
/// a server can get wrong. Skipped, loudly, only when no PostgreSQL binaries are installed.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresKnowledgeStoreTests(PostgresServerFixture fixture) : KnowledgeStoreContract, IAsyncLifetime
{
    private const string Password = "hunter2-secret";

    private string? _connectionString;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await fixture.Server.DropDatabaseAsync(_connectionString);
        }
    }

    protected override async Task<IKnowledgeStore> CreateStoreAsync() =>
        await PostgresKnowledgeStore.OpenAsync(await DatabaseAsync());

    protected override async Task<IKnowledgeStore> ReopenStoreAsync() =>
        await PostgresKnowledgeStore.OpenAsync(await DatabaseAsync());

    protected override int LatestSchemaVersion => PostgresKnowledgeStore.LatestSchemaVersion;

    protected override async Task CreateDatabaseAtVersionAsync(int version)
    {
        var migrations = EmbeddedMigrations.Load(typeof(PostgresKnowledgeStore).Assembly).Take(version).ToList();
        await ExecuteSqlAsync($"""
            CREATE TABLE rapport_schema (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
            {string.Join(Environment.NewLine, migrations.Select(m => m.Sql))}
            {string.Join(Environment.NewLine, migrations.Select(m => $"INSERT INTO rapport_schema (version, description) VALUES ({m.Version}, '{m.Description}');"))}
            """);
    }

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(await DatabaseAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [SkippableFact]
    public async Task A_database_with_unrelated_tables_is_refused_and_left_alone()
    {
        await ExecuteSqlAsync("CREATE TABLE customers (id serial PRIMARY KEY, name text);");

        var ex = await Assert.ThrowsAsync<StoreException>(CreateStoreAsync);

        Assert.Contains("is a PostgreSQL database but not a Rapport one", ex.Message, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(await DatabaseAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass('rapport_schema') IS NULL AND to_regclass('documents') IS NULL;", connection);
        Assert.True((bool)(await command.ExecuteScalarAsync())!);
    }

    [SkippableFact]
    public async Task Several_stores_opening_a_new_database_at_once_migrate_it_once()
    {
        var connectionString = await DatabaseAsync();

        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresKnowledgeStore.OpenAsync(connectionString))));
        try
        {
            Assert.All(stores, s => Assert.Equal(PostgresKnowledgeStore.LatestSchemaVersion, s.SchemaVersion));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM rapport_schema;", connection);
        Assert.Equal((long)PostgresKnowledgeStore.LatestSchemaVersion, await command.ExecuteScalarAsync());
    }

    [SkippableFact]
    public async Task The_description_gives_host_port_and_database_but_not_the_password()
    {
        var builder = new NpgsqlConnectionStringBuilder(await DatabaseAsync()) { Password = Password };

        await using var store = await PostgresKnowledgeStore.OpenAsync(builder.ConnectionString);

        Assert.Equal($"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}", store.Description);
        Assert.DoesNotContain(Password, store.Description, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_database_that_does_not_exist_is_a_store_error()
    {
        var builder = new NpgsqlConnectionStringBuilder(await DatabaseAsync()) { Database = "no_such_database", Password = Password };

        var ex = await Assert.ThrowsAsync<StoreException>(() => PostgresKnowledgeStore.OpenAsync(builder.ConnectionString));

        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        AssertOneLineWithoutPassword(ex);
    }

    [Fact]
    public async Task A_port_with_no_server_is_a_one_line_store_error_without_the_password()
    {
        var connectionString = $"Host=127.0.0.1;Port={UnusedPort()};Database=rapport;Username=analyst;Password={Password};Timeout=5";

        var ex = await Assert.ThrowsAsync<StoreException>(() => PostgresKnowledgeStore.OpenAsync(connectionString));

        Assert.Contains("cannot open PostgreSQL 127.0.0.1:", ex.Message, StringComparison.Ordinal);
        AssertOneLineWithoutPassword(ex);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=not-a-number;Password=" + Password)]
    [InlineData("Host=127.0.0.1;Colour=blue;Password=" + Password)]
    [InlineData("this is not a connection string; Password=" + Password)]
    [InlineData("Password='" + Password)]
    public async Task A_malformed_connection_string_is_a_store_error_without_the_password(string connectionString)
    {
        var ex = await Assert.ThrowsAsync<StoreException>(() => PostgresKnowledgeStore.OpenAsync(connectionString));

        Assert.Contains("connection string", ex.Message, StringComparison.Ordinal);
        AssertOneLineWithoutPassword(ex);
    }

    private static void AssertOneLineWithoutPassword(StoreException ex)
    {
        Assert.DoesNotContain(Password, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain('\r', ex.Message);
    }

    private static int UnusedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task<string> DatabaseAsync()
    {
        Skip.IfNot(
            fixture.Availability.IsAvailable,
            $"PostgreSQL TESTS SKIPPED: {fixture.Availability.Reason}");
        return _connectionString ??= await fixture.CreateDatabaseAsync();
    }
}
