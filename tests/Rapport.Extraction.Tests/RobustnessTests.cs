using System.Diagnostics;
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

    // The target is 5 MB/s per core; measured 4.8 MB/s (Release) and 2.9 MB/s (Debug) on this fact-dense text,
    // so the assertion guards against quadratic regressions rather than certifying the target.
    [Fact]
    public void Generated_text_is_extracted_in_linear_time_at_megabytes_per_second()
    {
        var sb = new StringBuilder();
        var i = 0;
        while (sb.Length < 5_000_000)
        {
            sb.Append("- ▶ On October ").Append(1 + (i % 28)).Append(", 2017, a senior Hamas delegation visited Tehran. ")
              .Append("Saleh al-Arouri, deputy head of Hamas' political bureau, said Iran was the main supporter of the movement (Fars, October 22, 2017).\n\n")
              .Append("Thus, in ITIC assessment, the Iranians can be expected to make an effort to increase their support.\n\n");
            i++;
        }

        var text = sb.ToString();
        Run("warm up said X (Fars, December 25, 2017).");
        var watch = Stopwatch.StartNew();
        var result = Run(text);
        watch.Stop();
        var rate = text.Length / 1e6 / watch.Elapsed.TotalSeconds;
        output.WriteLine($"{text.Length / 1e6:0.0} MB in {watch.Elapsed.TotalSeconds:0.00} s = {rate:0.0} MB/s; {result.Statements.Count} statements, {result.Meetings.Count} meetings");
        Assert.True(rate >= 1.5, $"{rate:0.0} MB/s");
    }
}
