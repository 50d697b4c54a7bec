using Rapport.Model;
using Microsoft.Data.Sqlite;
using Rapport.Storage.Sqlite;

namespace Rapport.Storage.Tests;

/// <summary>The store contract on SQLite, with a fresh database file per test, plus what only a file can get wrong.</summary>
public sealed class SqliteKnowledgeStoreTests : KnowledgeStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-sqlite-").FullName;

    private string DatabasePath => Path.Combine(_folder, "knowledge.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override async Task<IKnowledgeStore> CreateStoreAsync() => await SqliteKnowledgeStore.OpenAsync(DatabasePath);

    protected override async Task<IKnowledgeStore> ReopenStoreAsync() => await SqliteKnowledgeStore.OpenAsync(DatabasePath, createIfMissing: false);

    protected override int LatestSchemaVersion => SqliteKnowledgeStore.LatestSchemaVersion;

    protected override async Task CreateDatabaseAtVersionAsync(int version)
    {
        var migrations = EmbeddedMigrations.Load(typeof(SqliteKnowledgeStore).Assembly).Take(version).ToList();
        await ExecuteSqlAsync($"""
            PRAGMA application_id = {SqliteKnowledgeStore.ApplicationId};
            CREATE TABLE rapport_schema (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
            {string.Join(Environment.NewLine, migrations.Select(m => m.Sql))}
            {string.Join(Environment.NewLine, migrations.Select(m => $"INSERT INTO rapport_schema VALUES ({m.Version}, '{m.Description}', 'then');"))}
            """);
    }

    [Fact]
    public async Task A_database_of_an_older_schema_is_upgraded_on_open_and_keeps_its_documents()
    {
        // Build a version-3 database exactly as an older Rapport did: the first three migrations, one document.
        var migrations = EmbeddedMigrations.Load(typeof(SqliteKnowledgeStore).Assembly);
        var document = Documents.Make("Text stored by an older Rapport, with the Qods Force in it.");
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                PRAGMA application_id = {SqliteKnowledgeStore.ApplicationId};
                CREATE TABLE rapport_schema (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
                {string.Join(Environment.NewLine, migrations.Take(3).Select(m => m.Sql))}
                INSERT INTO rapport_schema VALUES (1, 'documents', 'then'), (2, 'facts', 'then'), (3, 'events', 'then');
                INSERT INTO documents (id, title, origin, language, format, text, ingested_at)
                VALUES ('{document.Id.Value}', 'Old', 'old.txt', 'en', 'text', '{document.Text}', '2018-01-01T00:00:00.0000000+00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using var store = await SqliteKnowledgeStore.OpenAsync(DatabasePath, createIfMissing: false);

        Assert.Equal(SqliteKnowledgeStore.LatestSchemaVersion, store.SchemaVersion);
        Assert.Equal(document.Text, (await store.GetDocumentAsync(document.Id))!.Text);
        Assert.Equal(document.Text.Length, (await store.ListDocumentsAsync(0, 1))[0].Length);
        Assert.Single(await store.SearchAsync(SearchQuery.Parse("Qods Force"), 5));
        Assert.True((await store.CheckIntegrityAsync(verifyContent: true)).IsHealthy);
    }

    protected override string ForgeTextSql(DocumentId id, string text) =>
        $"UPDATE document_texts SET text = '{text}' WHERE rowid = (SELECT seq FROM documents WHERE id = '{id.Value}');";

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Opening_a_missing_file_without_create_says_there_is_no_knowledge_base()
    {
        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteKnowledgeStore.OpenAsync(DatabasePath, createIfMissing: false));

        Assert.Contains("no knowledge base", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task A_folder_is_refused()
    {
        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteKnowledgeStore.OpenAsync(_folder));

        Assert.Contains("folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_text_file_is_refused_and_left_alone()
    {
        const string content = "These are my notes, not a database.\n";
        await File.WriteAllTextAsync(DatabasePath, content);

        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteKnowledgeStore.OpenAsync(DatabasePath));

        Assert.Contains("not a Rapport database", ex.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllTextAsync(DatabasePath));
    }

    [Fact]
    public async Task A_sqlite_file_of_another_application_is_refused()
    {
        await ExecuteSqlAsync("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);");

        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteKnowledgeStore.OpenAsync(DatabasePath));

        Assert.Contains("not a Rapport one", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_description_gives_the_file_path()
    {
        await using var store = await CreateStoreAsync();

        Assert.Equal($"SQLite {DatabasePath}", store.Description);
    }
}
