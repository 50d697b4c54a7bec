using System.Text;
using Rapport.Model;
using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

public sealed class RobustnessTests(ITestOutputHelper output)
{
    private static ExtractionResult Run(string text) => Extractor.Extract(DocumentId.ForText(text), text, PartialDate.OfDay(2018, 1, 10));

    private static void WithinSeconds(double seconds, Action action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"did not finish within {seconds} s");
    }

    [Fact]
    public void A_50_MB_single_line_neither_crashes_nor_hangs()
    {
        var sb = new StringBuilder(50_000_000);
        const string unit = "Hamas spokesman Sami Abu Zuhri said Iran provided military support (Fars, December 25, 2017); ";
        while (sb.Length < 50_000_000)
        {
            sb.Append(unit);
        }

        WithinSeconds(120, () => Assert.NotNull(Run(sb.ToString())));
    }

    [Fact]
    public void Only_punctuation_is_harmless()
    {
        WithinSeconds(30, () => Assert.Empty(Run(new string('.', 2_000_000) + new string('!', 1_000_000) + "?,;:" ).Statements));
    }

    [Fact]
    public void Deeply_nested_parentheses_are_harmless()
    {
        var text = new string('(', 500_000) + "Fars, December 25, 2017" + new string(')', 500_000);
        WithinSeconds(30, () => Run(text));
    }

    [Fact]
    public void Ten_thousand_citations_in_a_row_are_harmless()
    {
        var text = "X said nothing " + string.Concat(Enumerable.Repeat("(Fars, December 25, 2017)", 10_000));
        WithinSeconds(30, () => Run(text));
    }

    [Fact]
    public void Mixed_scripts_and_direction_marks_are_harmless()
    {
        var text = "\u202Bحماس\u202C said \u200Fthat\u200E Иран и ХАМАС 伊朗 \uD83D\uDE00 e\u0301 (\u0641\u0627\u0631\u0633, December 25, 2017). \uD800 lone surrogate.";
        var result = Run(text);
        Assert.NotNull(result);
    }

    // Throughput is measured by the benchmark (bench/Rapport.Bench, `extract`), never here: unit tests are not timed.
    // This guards linear behaviour without a clock: four times the text yields four times the facts for at most
    // about four times the allocation, which a quadratic rule would exceed by far.
    [Fact]
    public void Work_grows_linearly_with_the_text()
    {
        Run(GeneratedText(100_000));
        var (small, smallBytes) = Measure(GeneratedText(1_000_000));
        var (large, largeBytes) = Measure(GeneratedText(4_000_000));
        output.WriteLine($"1 MB: {smallBytes / 1e6:0} MB allocated, {small.Statements.Count} statements; 4 MB: {largeBytes / 1e6:0} MB allocated, {large.Statements.Count} statements");
        Assert.InRange(large.Statements.Count, 4 * small.Statements.Count - 4, 4 * small.Statements.Count + 4);
        Assert.InRange(large.Meetings.Count, 4 * small.Meetings.Count - 4, 4 * small.Meetings.Count + 4);
        Assert.True(largeBytes < 6.0 * smallBytes, $"allocation grew {largeBytes / (double)smallBytes:0.0}x for 4x the text");

        static (ExtractionResult Result, long Bytes) Measure(string text)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = Run(text);
            return (result, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    /// <summary>Fact-dense report text: bullets with a dated visit, a cited statement with an apposition, an assessment.</summary>
    internal static string GeneratedText(int size)
    {
        var sb = new StringBuilder(size + 400);
        var i = 0;
        while (sb.Length < size)
        {
            sb.Append("- ▶ On October ").Append(1 + (i % 28)).Append(", 2017, a senior Hamas delegation visited Tehran. ")
              .Append("Saleh al-Arouri, deputy head of Hamas' political bureau, said Iran was the main supporter of the movement (Fars, October 22, 2017).\n\n")
              .Append("Thus, in ITIC assessment, the Iranians can be expected to make an effort to increase their support.\n\n");
            i++;
        }

        return sb.ToString();
    }
}
