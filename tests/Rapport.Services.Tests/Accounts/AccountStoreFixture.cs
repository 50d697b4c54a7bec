using Rapport.Storage.Sqlite;

namespace Rapport.Services.Tests.Accounts;

/// <summary>A fresh SQLite knowledge base in a temporary folder, per test class instance.</summary>
public abstract class AccountStoreFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-accounts-").FullName;

    protected SqliteKnowledgeStore Store { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Store = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "kb.db"));

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
