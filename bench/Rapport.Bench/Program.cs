using System.Globalization;
using System.Text;
using Rapport.Bench;
using Rapport.Testing;

// rapport bench: dotnet run -c Release --project bench/Rapport.Bench -- ingest [--docs 10000] [--no-postgres]
// Prints a Markdown table for docs/benchmarks.md.
if (args.Length == 0 || args[0] != "ingest")
{
    Console.Error.WriteLine("usage: Rapport.Bench ingest [--docs N] [--sizes N,N,...] [--no-postgres]");
    return 1;
}

var docs = Option("--docs", 10_000);
var sizes = OptionList("--sizes", [docs / 5, docs / 2, docs]);
var withPostgres = !args.Contains("--no-postgres");
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

        var sqliteDb = Path.Combine(work, $"rapport-{size}.db");
        var ours = await ChildProcess.RunAsync("dotnet", [cli, "ingest", "--db", sqliteDb, corpus]);
        Check(ours, "rapport ingest (SQLite)");

        var reference = await SqliteToolReferenceAsync(corpus, Path.Combine(work, $"reference-{size}.db"));
        rows.Add(Row($"rapport ingest, SQLite", size, megabytes, ours));
        rows.Add(Row("sqlite3 tool, FTS5, one transaction", size, megabytes, reference));
        rows.Add($"| ratio rapport / sqlite3 | {size:N0} | | {ours.Elapsed.TotalSeconds / reference.Elapsed.TotalSeconds:0.00}× | | | |");

        if (withPostgres && PostgresServer.Availability.IsAvailable)
        {
            await using var server = await PostgresServer.StartAsync();
            var connection = await server.CreateDatabaseAsync();
            var pg = await ChildProcess.RunAsync("dotnet", [cli, "ingest", "--postgres", connection, corpus]);
            Check(pg, "rapport ingest (PostgreSQL)");
            rows.Add(Row("rapport ingest, PostgreSQL", size, megabytes, pg));
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
