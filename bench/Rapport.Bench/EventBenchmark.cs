using System.Diagnostics;
using System.Globalization;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Storage.Sqlite;
using Rapport.Testing.EventData;

namespace Rapport.Bench;

/// <summary>
/// Event data at scale. <c>import</c>: the real CLI importing generated GDELT 2.0 files of growing size, with its
/// rate and peak memory (which must stay flat). <c>dyad</c>: a dyad series over millions of stored events.
/// </summary>
internal static class EventBenchmark
{
    private static readonly DateOnly From = new(2010, 1, 1);
    private static readonly DateOnly To = new(2019, 12, 31);

    public static async Task<int> ImportAsync(string[] args)
    {
        var sizes = Option(args, "--mb", "100,300,1000").Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var work = Directory.CreateTempSubdirectory("rapport-bench-import-").FullName;
        var cli = Path.Combine(AppContext.BaseDirectory, "rapport.dll");
        try
        {
            Console.WriteLine("| GDELT 2.0 file | events | seconds | events/s | MB/s | peak RSS MB |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            foreach (var mb in sizes)
            {
                var file = Path.Combine(work, $"{mb}.export.CSV");
                var events = new EventDataGenerator(seed: 11).WriteGdeltFile(file, mb * 1024 * 1024, GdeltLayout.Version2, From, To);
                var outcome = await ChildProcess.RunAsync("dotnet", [cli, "import", "gdelt", "--db", Path.Combine(work, $"{mb}.db"), file]);
                if (outcome.ExitCode != 0)
                {
                    throw new InvalidOperationException($"import exited {outcome.ExitCode}: {outcome.Stderr}");
                }

                var seconds = outcome.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {mb:N0} MB | {events:N0} | {seconds:0.0} | {events / seconds:N0} | {mb / seconds:0.0} | {outcome.PeakBytes / 1024.0 / 1024.0:0} |"));
                File.Delete(file);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    public static async Task<int> DyadAsync(string[] args)
    {
        var count = long.Parse(Option(args, "--events", "10000000"), CultureInfo.InvariantCulture);
        var work = Directory.CreateTempSubdirectory("rapport-bench-dyad-").FullName;
        try
        {
            var database = Path.Combine(work, "events.db");
            await using var store = await SqliteKnowledgeStore.OpenAsync(database);
            var generator = new EventDataGenerator(seed: 12, actorCount: 200);
            var load = Stopwatch.StartNew();
            await using (var writer = await store.BeginEventsAsync())
            {
                var batch = new List<EventRecord>(10_000);
                for (long i = 0; i < count; i++)
                {
                    var e = generator.Next(From, To);
                    batch.Add(new EventRecord("gdelt2", e.Id.ToString(CultureInfo.InvariantCulture), PartialDate.From(e.Date), e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.CameoCode, e.QuadClass, e.Goldstein, e.Url));
                    if (batch.Count == batch.Capacity)
                    {
                        await writer.AddAsync(batch);
                        batch.Clear();
                    }
                }

                await writer.AddAsync(batch);
                await writer.CommitAsync();
            }

            load.Stop();

            // Two country prefixes of the generator, as a state-level dyad ("XAA*" against "XBA*") would query.
            var sideA = new ActorGroup("A", new Dictionary<string, DateInterval>(), ["XAA"]);
            var sideB = new ActorGroup("B", new Dictionary<string, DateInterval>(), ["XBA"]);
            var timings = new List<double>();
            long total = 0;
            for (var run = 0; run < 7; run++)
            {
                var clock = Stopwatch.StartNew();
                var aToB = await store.GetEventMonthsAsync(sideA.Selector, sideB.Selector, YearMonth.From(From), YearMonth.From(To));
                var bToA = await store.GetEventMonthsAsync(sideB.Selector, sideA.Selector, YearMonth.From(From), YearMonth.From(To));
                var months = DyadService.Build(sideA, sideB, YearMonth.From(From), YearMonth.From(To), aToB, bToA);
                clock.Stop();
                timings.Add(clock.Elapsed.TotalMilliseconds);
                total = months.Sum(m => m.Events);
            }

            timings.Sort();
            Console.WriteLine($"| stored events | load seconds | events/s | database MB | dyad series (120 months) median ms | max ms | events in the dyad |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {count:N0} | {load.Elapsed.TotalSeconds:0} | {count / load.Elapsed.TotalSeconds:N0} | {new FileInfo(database).Length / 1024.0 / 1024.0:N0} | {timings[timings.Count / 2]:0.0} | {timings[^1]:0.0} | {total:N0} |"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
