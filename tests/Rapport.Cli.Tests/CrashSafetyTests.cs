using System.Diagnostics;
using Rapport.Model;
using Rapport.Storage.Sqlite;

namespace Rapport.Cli.Tests;

public sealed class CrashSafetyTests : IDisposable
{
    private const int Documents = 2_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-crash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Killing_ingest_at_random_moments_leaves_a_sound_store_of_whole_documents_and_a_rerun_completes_it()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        var expected = new Dictionary<string, string>();
        var random = new Random(20180101);
        for (var i = 0; i < Documents; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(200, 900)).Select(w => $"w{random.Next(5000)}")) + $" doc{i}.";
            var path = Path.Combine(corpus, $"{i:D5}.txt");
            await File.WriteAllTextAsync(path, text);
            expected[DocumentId.ForText(text).Value] = text;
        }

        var database = Path.Combine(_folder, "rapport.db");
        var killedWhileRunning = 0;

        // Kill points: once very early (during start-up or schema creation), then after a random number of stored documents.
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var stopAfter = attempt == 0 ? 0 : random.Next(1, Documents / 4);
            if (await IngestAndKillAsync(corpus, stopAfter, TimeSpan.FromMilliseconds(random.Next(50, 400))))
            {
                killedWhileRunning++;
            }

            await AssertWholeAndSoundAsync(database, expected);
        }

        var final = await new RapportCli(_folder).RunAsync("ingest", corpus);

        Assert.True(killedWhileRunning >= 4, $"only {killedWhileRunning} kills landed while ingest was running");
        Assert.Equal(0, final.ExitCode);
        Assert.Contains("0 rejected", final.Stdout);
        await using var store = await SqliteKnowledgeStore.OpenAsync(database, createIfMissing: false);
        Assert.Equal(Documents, await store.CountDocumentsAsync());
        Assert.True((await store.CheckIntegrityAsync(verifyContent: true)).IsHealthy);
    }

    /// <summary>Starts an ingest and SIGKILLs it after it has reported <paramref name="stopAfter"/> documents (or after a delay when 0).</summary>
    private async Task<bool> IngestAndKillAsync(string corpus, int stopAfter, TimeSpan earlyDelay)
    {
        using var process = Process.Start(RapportCli.StartInfo(_folder, "ingest", corpus))!;
        _ = process.StandardError.ReadToEndAsync();
        if (stopAfter == 0)
        {
            await Task.Delay(earlyDelay);
        }
        else
        {
            var seen = 0;
            while (seen < stopAfter && await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("added", StringComparison.Ordinal))
                {
                    seen++;
                }
            }
        }

        var wasRunning = !process.HasExited;
        process.Kill(entireProcessTree: true); // SIGKILL on Unix: no cleanup code runs.
        await process.WaitForExitAsync();
        return wasRunning;
    }

    private static async Task AssertWholeAndSoundAsync(string database, Dictionary<string, string> expected)
    {
        if (!File.Exists(database))
        {
            return;
        }

        await using var store = await SqliteKnowledgeStore.OpenAsync(database, createIfMissing: false);
        var report = await store.CheckIntegrityAsync(verifyContent: true);
        Assert.True(report.IsHealthy, string.Join("; ", report.Problems));
        var count = await store.CountDocumentsAsync();
        for (var offset = 0; offset < count; offset += 500)
        {
            foreach (var summary in await store.ListDocumentsAsync(offset, 500))
            {
                Assert.True(expected.TryGetValue(summary.Id.Value, out var text), $"unexpected document {summary.Id.Short}");
                Assert.Equal(text.Length, summary.Length);
            }
        }
    }
}
