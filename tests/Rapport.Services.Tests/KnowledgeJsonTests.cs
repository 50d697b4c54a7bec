using System.Text;
using System.Text.Json.Nodes;
using Rapport.Documents;
using Rapport.Model;
using Rapport.Services.Exports;
using Rapport.Storage;
using Rapport.Storage.Postgres;
using Rapport.Storage.Sqlite;
using Rapport.Testing;

namespace Rapport.Services.Tests;

[Collection(PostgresCollection.Name)]
public sealed class KnowledgeJsonTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-json-").FullName;
    private SqliteKnowledgeStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "source.db"));
        await new IngestService(_store, new DocumentReader(), new FactExtraction()).IngestAsync([Path.Combine(RepoPaths.RepoRoot, "samples", "corpus")]);
        await _store.AddActorDecisionAsync(new ActorDecision(ActorDecisionKind.Distinct, "name:a", "name:b", "analyst", new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.Zero), "two people"));
        await _store.SetOutletGradeAsync(new OutletGrade("Fars", ReliabilityGrade.D, "analyst", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero)));
        await using var events = await _store.BeginEventsAsync();
        await events.AddAsync([
            new EventRecord("gdelt2", "700000001", PartialDate.OfDay(2017, 12, 20), "IRN", "IRAN", "PSE", "PALESTINE", "042", 1, 1.9, "https://example.org/story"),
            new EventRecord("gdelt2", "700000002", PartialDate.OfDay(2016, 1, 5), "IRN", "IRAN", "PSE", "PALESTINE", "190", 4, -10, null),
        ]);
        await events.CommitAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<byte[]> ExportAsync(IKnowledgeStore store, YearMonth? from = null, YearMonth? to = null)
    {
        using var buffer = new MemoryStream();
        await KnowledgeJson.ExportAsync(store, buffer, from, to);
        return buffer.ToArray();
    }

    private static async Task<KnowledgeJsonResult> ImportAsync(IKnowledgeStore store, byte[] json) =>
        await KnowledgeJson.ImportAsync(store, new MemoryStream(json));

    [Fact]
    public async Task Export_import_into_a_fresh_store_export_gives_the_same_bytes()
    {
        var first = await ExportAsync(_store);
        await using var fresh = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "fresh.db"));

        var result = await ImportAsync(fresh, first);
        var second = await ExportAsync(fresh);

        Assert.Equal(13, result.DocumentsAdded);
        Assert.Equal(2, result.EventsAdded);
        Assert.Equal(1, result.DecisionsAdded);
        Assert.Equal(1, result.Grades);
        Assert.True(await fresh.CountFactsAsync(FactKind.Statement) > 0);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }

    [SkippableFact]
    public async Task A_sqlite_export_imported_into_postgresql_exports_the_same_bytes()
    {
        Skip.IfNot(postgres.Availability.IsAvailable, postgres.Availability.Reason);
        var first = await ExportAsync(_store);
        var connection = await postgres.CreateDatabaseAsync();
        try
        {
            await using var server = await PostgresKnowledgeStore.OpenAsync(connection);
            await ImportAsync(server, first);
            var second = await ExportAsync(server);

            Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        }
        finally
        {
            await postgres.Server.DropDatabaseAsync(connection);
        }
    }

    [Fact]
    public async Task Importing_the_same_export_twice_adds_nothing_the_second_time()
    {
        var json = await ExportAsync(_store);

        var again = await ImportAsync(_store, json);

        Assert.Equal((0, 13, 0, 0), (again.DocumentsAdded, again.DocumentsPresent, again.EventsAdded, again.DecisionsAdded));
        Assert.Equal(json, await ExportAsync(_store));
    }

    [Fact]
    public async Task A_period_keeps_the_documents_and_events_that_fall_in_it()
    {
        var all = Encoding.UTF8.GetString(await ExportAsync(_store));
        var period = Encoding.UTF8.GetString(await ExportAsync(_store, new YearMonth(2017, 12), new YearMonth(2017, 12)));

        Assert.Contains("700000002", all, StringComparison.Ordinal);
        Assert.Contains("700000001", period, StringComparison.Ordinal);
        Assert.DoesNotContain("700000002", period, StringComparison.Ordinal);
        Assert.True(period.Length < all.Length);
        Assert.Contains("\"from\": \"2017-12\"", period, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_whose_text_was_edited_is_refused_with_its_path_and_nothing_is_stored()
    {
        var json = JsonNode.Parse(await ExportAsync(_store))!;
        json["documents"]![1]!["text"] = "Edited. " + json["documents"]![1]!["text"]!.GetValue<string>();
        var tampered = Encoding.UTF8.GetBytes(json.ToJsonString());
        await using var fresh = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "fresh.db"));

        var error = await Assert.ThrowsAsync<UserErrorException>(() => ImportAsync(fresh, tampered));

        Assert.StartsWith("documents[1].id:", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await fresh.CountDocumentsAsync());
    }

    [Theory]
    [InlineData("{\"format\":\"something-else\",\"version\":1}", "not a Rapport knowledge export")]
    [InlineData("{\"format\":\"rapport-knowledge\",\"version\":2}", "version:")]
    [InlineData("{\"format\":\"rapport-knowledge\",\"version\":1,\"documents\":{}}", "documents: missing, or not an array")]
    [InlineData("{\"format\":", "not JSON: line 1")]
    public async Task A_file_that_is_not_a_knowledge_export_is_refused_in_one_line(string json, string message)
    {
        await using var fresh = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "fresh.db"));

        var error = await Assert.ThrowsAsync<UserErrorException>(() => ImportAsync(fresh, Encoding.UTF8.GetBytes(json)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
