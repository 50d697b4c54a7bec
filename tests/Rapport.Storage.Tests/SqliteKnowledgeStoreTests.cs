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
