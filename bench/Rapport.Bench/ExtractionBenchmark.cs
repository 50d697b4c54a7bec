using System.Diagnostics;
using System.Globalization;
using System.Text;
using Rapport.Extraction;
using Rapport.Model;

namespace Rapport.Bench;

/// <summary>
/// Extraction throughput on one core, in process, on generated fact-dense report text (the shape of the linear-behaviour
/// guard in the extraction tests), against <c>grep -F -f</c> with every gazetteer name and alias over the same text:
/// the cost of merely finding the known names, which extraction must also do.
/// </summary>
/// <remarks>Target: at least 5 MB/s per core in Release. Run: <c>dotnet run -c Release --project bench/Rapport.Bench -- extract [--mb N] [--runs N]</c>.</remarks>
internal static class ExtractionBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var megabytes = Option(args, "--mb", 8);
        var runs = Option(args, "--runs", 3);
        var text = Generate(megabytes * 1_000_000);
        var date = PartialDate.OfDay(2018, 1, 10);
        var extractor = Extractor.Default;

        // Warm up until the JIT has tiered the hot paths, so that the figure is the steady state of a long ingest.
        var warm = Generate(1_000_000);
        for (var i = 0; i < 3; i++)
        {
            extractor.Run(DocumentId.ForText(warm), warm, date);
        }

        var times = new List<double>();
        ExtractionResult? result = null;
        for (var r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            result = extractor.Run(DocumentId.ForText(text), text, date);
            clock.Stop();
            times.Add(clock.Elapsed.TotalSeconds);
        }

        var best = times.Min();
        var median = times.Order().ElementAt(times.Count / 2);
        var work = Directory.CreateTempSubdirectory("rapport-bench-extract-").FullName;
        try
        {
            var corpus = Path.Combine(work, "corpus.txt");
            await File.WriteAllTextAsync(corpus, text);
            var aliases = Path.Combine(work, "aliases.txt");
            var names = extractor.Gazetteer.Entries.SelectMany(e => e.Aliases.Select(a => a.Text).Prepend(e.Name))
                .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            await File.WriteAllLinesAsync(aliases, names);
            var grepTimes = new List<double>();
            for (var r = 0; r < runs; r++)
            {
                var grep = await ChildProcess.RunAsync("grep", ["-c", "-F", "-f", aliases, corpus]);
                if (grep.ExitCode > 1)
                {
                    throw new InvalidOperationException($"grep failed ({grep.ExitCode}): {grep.Stderr}");
                }

                grepTimes.Add(grep.Elapsed.TotalSeconds);
            }

            var grepBest = grepTimes.Min();
            var mb = text.Length / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
            Console.WriteLine();
            Console.WriteLine("| what | MB | seconds (best of " + runs + ") | median s | MB/s |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| rapport extraction, one core, {result!.Statements.Count:N0} statements, {result.Meetings.Count:N0} meetings | {mb:0.0} | {best:0.00} | {median:0.00} | {mb / best:0.0} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| grep -F -f ({names.Count:N0} gazetteer names and aliases) | {mb:0.0} | {grepBest:0.00} | {grepTimes.Order().ElementAt(grepTimes.Count / 2):0.00} | {mb / grepBest:0.0} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| ratio extraction / grep | | {best / grepBest:0.00}× | | |"));
            var target = mb / best >= 5 ? "met" : "NOT met";
            Console.WriteLine();
            Console.WriteLine($"target 5 MB/s per core: {target}");
            return mb / best >= 5 ? 0 : 2;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Fact-dense report text: bullets with a dated visit, a cited statement with an apposition, an assessment.</summary>
    private static string Generate(int size)
    {
        var sb = new StringBuilder(size + 400);
        for (var i = 0; sb.Length < size; i++)
        {
            sb.Append("- ▶ On October ").Append(1 + (i % 28)).Append(", 2017, a senior Hamas delegation visited Tehran. ")
              .Append("Saleh al-Arouri, deputy head of Hamas' political bureau, said Iran was the main supporter of the movement (Fars, October 22, 2017).\n\n")
              .Append("Thus, in ITIC assessment, the Iranians can be expected to make an effort to increase their support.\n\n");
        }

        return sb.ToString();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }
}
