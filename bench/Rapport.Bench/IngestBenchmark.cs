using System.Globalization;
using System.Text;
using Rapport.Testing;

namespace Rapport.Bench;

/// <summary>
/// Ingest throughput and peak memory of the real CLI on a generated corpus, against the sqlite3 shell loading the
/// same files into an FTS5 table in one transaction (the engine's own limit), and on PostgreSQL.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var docs = Option("--docs", 10_000);
        var sizes = OptionList("--sizes", [docs / 5, docs / 2, docs]);
        var withPostgres = !args.Contains("--no-postgres");
        var withExtraction = !args.Contains("--no-extraction");
        var runs = Option("--runs", 3);
        var work = Directory.CreateTempSubdirectory("rapport-bench-").FullName;
        var cli = Path.Combine(AppContext.BaseDirectory, "rapport.dll");
        var rows = new List<string>();
        try
        {
            foreach (var size in sizes.Distinct().Order())
            {
                var corpus = Path.Combine(work, $"corpus-{size}");
                var bytes = CorpusGenerator.Write(corpus, size, seed: 42);
                var megabytes = bytes / 1024.0 / 1024.0;

                // Disk write-back from one run slows the next, so each side runs several times, alternating, and the
                // medians are compared.
                var oursRuns = new List<ChildProcess.Outcome>();
                var referenceRuns = new List<ChildProcess.Outcome>();
                for (var run = 0; run < runs; run++)
                {
                    var ourRun = await ChildProcess.RunAsync("dotnet", [cli, "ingest", "--no-extract", "--db", Path.Combine(work, $"plain-{size}-{run}.db"), corpus]);
                    Check(ourRun, "rapport ingest --no-extract (SQLite)");
                    oursRuns.Add(ourRun);
                    referenceRuns.Add(await SqliteToolReferenceAsync(corpus, Path.Combine(work, $"reference-{size}-{run}.db")));
                    foreach (var file in Directory.GetFiles(work, $"*-{size}-{run}.db*"))
                    {
                        File.Delete(file);
                    }
                }

                var ours = Median(oursRuns);
                var reference = Median(referenceRuns);
                var full = withExtraction
                    ? await ChildProcess.RunAsync("dotnet", [cli, "ingest", "--db", Path.Combine(work, $"full-{size}.db"), corpus])
                    : null;

                rows.Add(Row("rapport ingest --no-extract, SQLite", size, megabytes, ours));
                rows.Add(Row("sqlite3 tool, FTS5, one transaction", size, megabytes, reference));
                rows.Add($"| ratio rapport / sqlite3 (medians of {runs}) | {size:N0} | | {ours.Elapsed.TotalSeconds / reference.Elapsed.TotalSeconds:0.00}× | | | |");
                if (full is not null)
                {
                    Check(full, "rapport ingest (SQLite, with extraction)");
                    rows.Add(Row("rapport ingest with extraction, SQLite", size, megabytes, full));
                }

                if (withPostgres && PostgresServer.Availability.IsAvailable)
                {
                    await using var server = await PostgresServer.StartAsync();
                    var connection = await server.CreateDatabaseAsync();
                    var pg = await ChildProcess.RunAsync("dotnet", [cli, "ingest", "--no-extract", "--postgres", connection, corpus]);
                    Check(pg, "rapport ingest (PostgreSQL)");
                    rows.Add(Row("rapport ingest --no-extract, PostgreSQL", size, megabytes, pg));
                }

                Directory.Delete(corpus, recursive: true);
            }

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
            Console.WriteLine();
            Console.WriteLine("| what | documents | MB | seconds | MB/s | docs/s | peak RSS MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            rows.ForEach(Console.WriteLine);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        static string Row(string what, int size, double megabytes, ChildProcess.Outcome outcome) =>
            string.Create(CultureInfo.InvariantCulture, $"| {what} | {size:N0} | {megabytes:0.0} | {outcome.Elapsed.TotalSeconds:0.00} | {megabytes / outcome.Elapsed.TotalSeconds:0.0} | {size / outcome.Elapsed.TotalSeconds:N0} | {outcome.PeakBytes / 1024.0 / 1024.0:0} |");

        static ChildProcess.Outcome Median(List<ChildProcess.Outcome> outcomes) =>
            outcomes.OrderBy(o => o.Elapsed).ElementAt(outcomes.Count / 2) with { PeakBytes = outcomes.Max(o => o.PeakBytes) };

        static void Check(ChildProcess.Outcome outcome, string what)
        {
            if (outcome.ExitCode != 0)
            {
                throw new InvalidOperationException($"{what} exited {outcome.ExitCode}: {outcome.Stderr}");
            }
        }

        // The engine's own limit: the sqlite3 shell reading the same files into an FTS5 table (same tokenizer) in one transaction.
        static async Task<ChildProcess.Outcome> SqliteToolReferenceAsync(string corpus, string database)
        {
            var script = new StringBuilder();
            script.AppendLine("PRAGMA journal_mode = WAL;");
            script.AppendLine("CREATE VIRTUAL TABLE documents USING fts5(title, text, tokenize = 'porter unicode61 remove_diacritics 2');");
            script.AppendLine("BEGIN;");
            foreach (var file in Directory.GetFiles(corpus).Order(StringComparer.Ordinal))
            {
                script.Append("INSERT INTO documents (title, text) VALUES ('").Append(Path.GetFileName(file)).Append("', CAST(readfile('").Append(file.Replace("'", "''", StringComparison.Ordinal)).AppendLine("') AS TEXT));");
            }

            script.AppendLine("COMMIT;");
            var scriptFile = database + ".sql";
            await File.WriteAllTextAsync(scriptFile, script.ToString());
            var outcome = await ChildProcess.RunAsync("sqlite3", [database], stdinFile: scriptFile);
            Check(outcome, "sqlite3 reference");
            return outcome;
        }

        int Option(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        int[] OptionList(string name, int[] fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : fallback;
        }
    }
}
