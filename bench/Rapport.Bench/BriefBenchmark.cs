using System.Globalization;
using System.Text.RegularExpressions;
using Rapport.Testing;

namespace Rapport.Bench;

/// <summary>
/// Time of <c>rapport brief</c> on a knowledge base of many documents that are all about the dyad: variants of the
/// sample corpus and the reference report, each with its years shifted and its own heading, so every document yields
/// real statements, meetings, support claims and assessments. This is the brief's worst case: every fact is in scope.
/// </summary>
internal static class BriefBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var docs = Option(args, "--docs", 10_000);
        var runs = Option(args, "--runs", 3);
        var formats = (OptionText(args, "--formats") ?? "html,md,docx,pdf").Split(',');
        var work = Directory.CreateTempSubdirectory("rapport-bench-brief-").FullName;
        var cli = Path.Combine(AppContext.BaseDirectory, "rapport.dll");
        try
        {
            var corpus = Path.Combine(work, "corpus");
            var bytes = WriteCorpus(corpus, docs);
            var database = Path.Combine(work, "kb.db");
            var ingest = await ChildProcess.RunAsync("dotnet", [cli, "ingest", "--db", database, corpus]);
            Check(ingest, "rapport ingest");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {docs:N0} documents, {bytes / 1024.0 / 1024.0:0.0} MB; ingest with extraction {ingest.Elapsed.TotalSeconds:0.0} s"));
            Console.WriteLine();
            Console.WriteLine("| command | documents | statements | meetings | runs | median s | worst s | output MB | peak RSS MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var format in formats)
            {
                var output = Path.Combine(work, "brief." + format);
                var outcomes = new List<ChildProcess.Outcome>();
                for (var run = 0; run < runs; run++)
                {
                    var outcome = await ChildProcess.RunAsync("dotnet", [cli, "brief", "--db", database, "--dyad", "Iran", "Hamas", "-o", output]);
                    Check(outcome, "rapport brief -o " + Path.GetFileName(output));
                    outcomes.Add(outcome);
                }

                var median = outcomes.OrderBy(o => o.Elapsed).ElementAt(outcomes.Count / 2);
                var counts = Regex.Match(median.Stdout, @"\((\d+) statements, (\d+) meetings");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| rapport brief --dyad Iran Hamas -o brief.{format} | {docs:N0} | {counts.Groups[1].Value} | {counts.Groups[2].Value} | {runs} | {median.Elapsed.TotalSeconds:0.00} | {outcomes.Max(o => o.Elapsed).TotalSeconds:0.00} | {new FileInfo(output).Length / 1024.0 / 1024.0:0.0} | {outcomes.Max(o => o.PeakBytes) / 1024.0 / 1024.0:0} |"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Writes <paramref name="count"/> variants of the real documents; returns total bytes written.</summary>
    private static long WriteCorpus(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "samples", "corpus"))
            .Where(f => Path.GetFileName(f) != "README.md")
            .Concat(Directory.Exists(Path.Combine(RepoPaths.SharedDir, "corpus")) ? Directory.GetFiles(Path.Combine(RepoPaths.SharedDir, "corpus")) : [])
            .Order(StringComparer.Ordinal)
            .Select(f => (Extension: Path.GetExtension(f), Text: File.ReadAllText(f)))
            .ToList();
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var (extension, text) = sources[i % sources.Count];

            // Shift every year by up to six, so variants spread over a longer period and are not the same text.
            var shift = i / sources.Count % 7;
            var variant = Regex.Replace(text, @"\b(19[89]\d|20[0-2]\d)\b", m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture));
            variant = extension == ".html"
                ? variant.Replace("<body>", $"<body><p>Variant {i}.</p>", StringComparison.OrdinalIgnoreCase)
                : variant + $"\n\nVariant {i}.\n";
            var path = Path.Combine(folder, $"{i:D6}{extension}");
            File.WriteAllText(path, variant);
            bytes += new FileInfo(path).Length;
        }

        return bytes;
    }

    private static void Check(ChildProcess.Outcome outcome, string what)
    {
        if (outcome.ExitCode is not (0 or 2))
        {
            throw new InvalidOperationException($"{what} exited {outcome.ExitCode}: {outcome.Stderr}");
        }
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
