using Rapport.Extraction.Evaluation;
using Rapport.Extraction.Json;
using Rapport.Extraction.Names;
using Xunit.Abstractions;

namespace Rapport.Extraction.Tests;

public sealed class ReferenceReportTests(ITestOutputHelper output)
{
    private EvaluationReport Evaluate()
    {
        var report = Evaluator.Evaluate(Reference.GoldJson, Reference.Result);
        output.WriteLine($"statements {report.Statements}");
        output.WriteLine($"meetings   {report.Meetings}");
        output.WriteLine($"outlets    {report.OutletAccuracy:0.000}");
        foreach (var line in report.Details)
        {
            output.WriteLine(line);
        }

        return report;
    }

    [Fact]
    public void Statements_reach_F1_of_at_least_0_9()
    {
        Assert.True(Evaluate().Statements.F1 >= 0.9, Evaluate().Statements.ToString());
    }

    [Fact]
    public void Meetings_reach_F1_of_at_least_0_85()
    {
        Assert.True(Evaluate().Meetings.F1 >= 0.85, Evaluate().Meetings.ToString());
    }

    [Fact]
    public void Cited_outlets_are_right_on_at_least_90_percent_of_matched_statements()
    {
        Assert.True(Evaluate().OutletAccuracy >= 0.9);
    }

    [Fact]
    public void Every_statement_span_shows_its_speaker()
    {
        var result = Reference.Result;
        foreach (var s in result.Statements)
        {
            var text = s.Provenance.Span.Slice(result.Text);
            Assert.True(ShowsAny(result, text, [s.Speaker.Name]), $"'{s.Speaker.Name}' not in span: {text}");
        }
    }

    [Fact]
    public void Every_meeting_span_shows_a_participant()
    {
        var result = Reference.Result;
        foreach (var m in result.Meetings)
        {
            var text = m.Provenance.Span.Slice(result.Text);
            var names = m.SideA.Concat(m.SideB).Select(p => p.Name).ToList();
            Assert.True(ShowsAny(result, text, names), $"none of [{string.Join(", ", names)}] in span: {text}");
        }
    }

    [Fact]
    public void Json_output_follows_the_contract()
    {
        var json = ExtractionJsonWriter.Write(Reference.Result, Reference.Name + ".txt");
        output.WriteLine(json);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var root = doc.RootElement;
        foreach (var key in new[] { "document", "actors", "statements", "meetings", "support", "assessments" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        foreach (var s in root.GetProperty("statements").EnumerateArray())
        {
            foreach (var key in new[] { "speaker", "speaker_role", "organization", "date", "date_precision", "sources", "topics", "text", "span", "rule" })
            {
                Assert.True(s.TryGetProperty(key, out _), key);
            }
        }

        foreach (var m in root.GetProperty("meetings").EnumerateArray())
        {
            foreach (var key in new[] { "date", "date_precision", "location", "kind", "participants_side_a", "participants_side_b", "sources", "span", "rule" })
            {
                Assert.True(m.TryGetProperty(key, out _), key);
            }
        }
    }

    /// <summary>True when the span text holds a name, an alias used in the document, or a surname of one of them.</summary>
    internal static bool ShowsAny(ExtractionResult result, string spanText, IEnumerable<string> names)
    {
        // A span may run over paragraphs: its line breaks separate words as spaces do.
        var spanKey = " " + string.Join(' ', NameKey.Parts(string.Join(' ', spanText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))) + " ";
        foreach (var name in names)
        {
            var forms = new List<string> { name };
            forms.AddRange(result.Actors.Where(a => a.Ref.Name == name).SelectMany(a => a.AliasesInText));
            foreach (var form in forms)
            {
                var parts = NameKey.Parts(form);
                if (parts.Count == 0)
                {
                    continue;
                }

                if (spanKey.Contains(" " + string.Join(' ', parts) + " ", StringComparison.Ordinal)
                    || spanKey.Contains(" " + parts[^1] + " ", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
