using Rapport.Documents;
using Rapport.Storage.Sqlite;

namespace Rapport.Services.Tests;

public sealed class IngestServiceTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-ingest-").FullName;
    private SqliteKnowledgeStore _store = null!;

    public async Task InitializeAsync() => _store = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "kb.db"));

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_same_text_under_two_paths_is_stored_once()
    {
        var a = Write("a/report.txt", "The spokesman said the talks went well.");
        var b = Write("b/copy.md", "The spokesman said the talks went well.\n\n");

        var report = await Service().IngestAsync([a, b]);

        Assert.Equal(1, report.Added);
        Assert.Equal(1, report.AlreadyPresent);
        Assert.Equal(1, await _store.CountDocumentsAsync());
    }

    [Fact]
    public async Task Folders_are_walked_recursively_for_readable_formats_only_skipping_hidden_entries()
    {
        Write("corpus/one.txt", "first");
        Write("corpus/deeper/two.md", "second");
        Write("corpus/deeper/three.html", "<p>third</p>");
        Write("corpus/image.png", "not read");
        Write("corpus/.hidden/four.txt", "hidden");
        Write("corpus/.notes.txt", "hidden too");

        var report = await Service().IngestAsync([Path.Combine(_folder, "corpus")]);

        Assert.Equal(3, report.Added);
        Assert.False(report.HasRejections);
    }

    [Fact]
    public async Task Small_batches_store_the_same_documents_as_large_ones_and_progress_reaches_the_total()
    {
        var paths = Enumerable.Range(0, 25).Select(i => Write($"many/{i:D2}.txt", $"document number {i}")).ToList();
        paths.Insert(10, Write("many/bad.txt", string.Empty));
        var seen = new List<IngestProgress>();

        var report = await Service(new IngestBatchLimits { MaxDocuments = 3 }).IngestAsync(paths, new SyncProgress(seen.Add));

        Assert.Equal(25, report.Added);
        Assert.Equal("empty file", Assert.Single(report.Rejected).Reason);
        Assert.Equal(26, seen.Count);
        Assert.All(seen, p => Assert.Equal(26, p.Total));
        Assert.Equal(Enumerable.Range(1, 26), seen.Select(p => p.Done));
        Assert.Equal(25, await _store.CountDocumentsAsync());
    }

    [Fact]
    public async Task A_cancelled_ingest_stores_only_whole_batches()
    {
        var paths = Enumerable.Range(0, 50).Select(i => Write($"cancel/{i:D2}.txt", $"text {i}")).ToList();
        using var cancellation = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Done == 10)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Service(new IngestBatchLimits { MaxDocuments = 5 }).IngestAsync(paths, progress, cancellation.Token));

        var stored = await _store.CountDocumentsAsync();
        Assert.Equal(0, stored % 5);
        Assert.True((await _store.CheckIntegrityAsync(verifyContent: true)).IsHealthy);
    }

    private IngestService Service(IngestBatchLimits? limits = null) => new(_store, new DocumentReader(), extraction: null, limits);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class SyncProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
