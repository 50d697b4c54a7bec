using Rapport.Documents;
using Rapport.Extraction.Evaluation;
using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

/// <summary>
/// Scores extraction over a folder of documents with gold files, read and extracted exactly as <c>rapport eval</c>
/// does (through <see cref="DocumentReader"/>, dated by their own header lines), and checks every span. Each set
/// says its floors: the figures reached with general rules, which guard against regressions.
/// See docs/extraction-quality.md for which sets were unseen when first measured.
/// </summary>
public abstract class GoldSetTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, List<(string Name, string Gold, ExtractionResult Result)>> Cache = [];

    /// <summary>The set's folder under the test output.</summary>
    protected abstract string FolderName { get; }

    /// <summary>The statements F1 the set must keep.</summary>
    protected abstract double StatementsFloor { get; }

    /// <summary>The meetings F1 the set must keep.</summary>
    protected abstract double MeetingsFloor { get; }

    private List<(string Name, string Gold, ExtractionResult Result)> Documents
    {
        get
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(FolderName, out var documents))
                {
                    var folder = Path.Combine(AppContext.BaseDirectory, FolderName);
                    documents = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(gold =>
                    {
                        var name = Path.GetFileNameWithoutExtension(gold);
                        var file = new[] { ".txt", ".md", ".html" }.Select(e => Path.Combine(folder, name + e)).First(File.Exists);
                        var read = Assert.IsType<ReadDocument>(new DocumentReader().ReadAsync(file).GetAwaiter().GetResult());
                        return (name, File.ReadAllText(gold), Extractor.Default.Run(read.Document.Id, read.Document.Text, read.Document.PublishedOn));
                    }).ToList();
                    Cache[FolderName] = documents;
                }

                return documents;
            }
        }
    }

    [Fact]
    public void The_set_is_there()
    {
        Assert.True(Documents.Count >= 6, $"{Documents.Count} documents in {FolderName}");
    }

    [Fact]
    public void Statements_keep_the_sets_F1_floor()
    {
        var statements = Totals().Statements;
        Assert.True(statements.F1 >= StatementsFloor, $"{statements} (floor {StatementsFloor})");
    }

    [Fact]
    public void Meetings_keep_the_sets_F1_floor()
    {
        var meetings = Totals().Meetings;
        Assert.True(meetings.F1 >= MeetingsFloor, $"{meetings} (floor {MeetingsFloor})");
    }

    [Fact]
    public void Every_statement_span_shows_its_speaker()
    {
        foreach (var (name, _, result) in Documents)
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
        foreach (var (name, _, result) in Documents)
        {
            foreach (var m in result.Meetings)
            {
                var text = m.Provenance.Span.Slice(result.Text);
                var names = m.SideA.Concat(m.SideB).Select(p => p.Name).ToList();
                Assert.True(ReferenceReportTests.ShowsAny(result, text, names), $"{name}: none of [{string.Join(", ", names)}] in span: {text}");
            }
        }
    }

    private (Score Statements, Score Meetings) Totals()
    {
        var statements = new Score(0, 0, 0);
        var meetings = new Score(0, 0, 0);
        var outletsRight = 0.0;
        foreach (var (name, gold, result) in Documents)
        {
            var report = Evaluator.Evaluate(gold, result);
            outletsRight += report.OutletAccuracy * report.Statements.TruePositives;
            output.WriteLine($"{name}: statements {report.Statements}; meetings {report.Meetings}");
            foreach (var line in report.Details)
            {
                output.WriteLine("    " + line);
            }

            statements = Add(statements, report.Statements);
            meetings = Add(meetings, report.Meetings);
        }

        output.WriteLine($"TOTAL: statements {statements}; meetings {meetings}; outlets right {(statements.TruePositives == 0 ? 1 : outletsRight / statements.TruePositives):P0}");
        return (statements, meetings);

        static Score Add(Score a, Score b) => new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.Misses + b.Misses);
    }
}
