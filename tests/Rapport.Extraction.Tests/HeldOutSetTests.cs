using Rapport.Extraction.Evaluation;
using Rapport.Model;
using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

/// <summary>
/// Held-out set B (HeldOut/): eight documents first measured unseen (statements F1 0.725, meetings F1 0.611), then used as a
/// second development set. The floors are the figures reached with general rules; they guard against regressions.
/// Extraction runs as `rapport eval` runs it, without a publication date.
/// </summary>
public sealed class HeldOutSetTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "HeldOut");

    private static readonly Lazy<List<(string Name, string Gold, ExtractionResult Result)>> Documents = new(() =>
        Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(gold =>
        {
            var name = Path.GetFileNameWithoutExtension(gold);
            var file = new[] { ".txt", ".md" }.Select(e => Path.Combine(Folder, name + e)).First(File.Exists);
            var text = File.ReadAllText(file);
            return (name, File.ReadAllText(gold), Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown));
        }).ToList());

    private (Score Statements, Score Meetings) Totals()
    {
        var statements = new Score(0, 0, 0);
        var meetings = new Score(0, 0, 0);
        foreach (var (name, gold, result) in Documents.Value)
        {
            var report = Evaluator.Evaluate(gold, result);
            output.WriteLine($"{name}: statements {report.Statements}; meetings {report.Meetings}");
            foreach (var line in report.Details)
            {
                output.WriteLine("    " + line);
            }

            statements = Add(statements, report.Statements);
            meetings = Add(meetings, report.Meetings);
        }

        output.WriteLine($"TOTAL: statements {statements}; meetings {meetings}");
        return (statements, meetings);

        static Score Add(Score a, Score b) => new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.Misses + b.Misses);
    }

    [Fact]
    public void The_set_is_there()
    {
        Assert.True(Documents.Value.Count >= 8, $"{Documents.Value.Count} documents in {Folder}");
    }

    [Fact]
    public void Statements_reach_F1_of_at_least_0_85_over_the_set()
    {
        var statements = Totals().Statements;
        Assert.True(statements.F1 >= 0.85, statements.ToString());
    }

    [Fact]
    public void Meetings_reach_F1_of_at_least_0_9_over_the_set()
    {
        var meetings = Totals().Meetings;
        Assert.True(meetings.F1 >= 0.9, meetings.ToString());
    }

    [Fact]
    public void Every_statement_span_shows_its_speaker()
    {
        foreach (var (name, _, result) in Documents.Value)
        {
            foreach (var s in result.Statements)
            {
                var text = s.Provenance.Span.Slice(result.Text);
                Assert.True(ReferenceReportTests.ShowsAny(result, text, [s.Speaker.Name]), $"{name}: '{s.Speaker.Name}' not in span: {text}");
            }
        }
    }

    [Fact]
    public void Every_meeting_span_shows_a_participant()
    {
        foreach (var (name, _, result) in Documents.Value)
        {
            foreach (var m in result.Meetings)
            {
                var text = m.Provenance.Span.Slice(result.Text);
                var names = m.SideA.Concat(m.SideB).Select(p => p.Name).ToList();
                Assert.True(ReferenceReportTests.ShowsAny(result, text, names), $"{name}: none of [{string.Join(", ", names)}] in span: {text}");
            }
        }
    }
}
