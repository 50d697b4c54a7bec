using System.Globalization;
using System.Text.Json;
using Rapport.Storage;
using Rapport.Storage.Sqlite;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class ExtractionCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-extract-").FullName;
    private readonly RapportCli _cli;

    public ExtractionCommandTests() => _cli = new RapportCli(_folder);

    private static string ReferenceReport => Path.Combine(RepoPaths.SharedDir, "corpus", "itic-2018-iran-hamas-rapprochement.txt");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Extract_prints_the_json_contract_with_a_span_and_rule_on_every_item()
    {
        var result = await _cli.RunAsync("extract", ReferenceReport);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var text = await File.ReadAllTextAsync(ReferenceReport);
        foreach (var array in new[] { "actors", "statements", "meetings", "support", "assessments" })
        {
            foreach (var item in json.RootElement.GetProperty(array).EnumerateArray())
            {
                var span = item.GetProperty("span");
                Assert.InRange(span.GetProperty("end").GetInt32(), span.GetProperty("start").GetInt32(), text.Length);
                Assert.Matches(@"^[a-z]+(\.[a-z-]+)+@\d+$", item.GetProperty("rule").GetString());
            }
        }

        Assert.True(json.RootElement.GetProperty("statements").GetArrayLength() >= 10);
        Assert.True(json.RootElement.GetProperty("meetings").GetArrayLength() >= 10);
    }

    [Fact]
    public async Task Extract_as_a_table_lists_statements_and_meetings()
    {
        var result = await _cli.RunAsync("extract", ReferenceReport, "--format", "table");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Statements", result.Stdout);
        Assert.Contains("Meetings", result.Stdout);
        Assert.Matches(@"\d+ actors, \d+ statements, \d+ meetings", result.Stdout);
    }

    [Fact]
    public async Task Extract_of_a_bad_file_is_a_one_line_rejection()
    {
        var empty = Path.Combine(_folder, "empty.txt");
        await File.WriteAllTextAsync(empty, string.Empty);

        var result = await _cli.RunAsync("extract", empty);

        Assert.Equal(ExitCodes.InputsRejected, result.ExitCode);
        Assert.Equal($"rejected: {empty}: empty file", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Eval_scores_the_reference_report_against_its_gold_file()
    {
        var result = await _cli.RunAsync("eval", Path.Combine(RepoPaths.SharedDir, "gold"), Path.Combine(RepoPaths.SharedDir, "corpus"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var total = result.OutputLines.Single(l => l.StartsWith("TOTAL", StringComparison.Ordinal)).Split('\t');
        Assert.True(F1(total[1]) >= 0.9, total[1]);
        Assert.True(F1(total[2]) >= 0.85, total[2]);
    }

    [Fact]
    public async Task Eval_reports_a_gold_file_without_its_document()
    {
        var gold = Directory.CreateDirectory(Path.Combine(_folder, "gold")).FullName;
        await File.WriteAllTextAsync(Path.Combine(gold, "lost.json"), """{"statements": [], "meetings": []}""");

        var result = await _cli.RunAsync("eval", gold, _folder);

        Assert.Equal(ExitCodes.InputsRejected, result.ExitCode);
        Assert.StartsWith($"rejected: {Path.Combine(gold, "lost.json")}: no document named lost", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Ingest_stores_the_extracted_facts_with_each_document_and_no_extract_skips_them()
    {
        var withFacts = await _cli.RunAsync("ingest", "--db", "facts.db", ReferenceReport);
        var without = await _cli.RunAsync("ingest", "--db", "plain.db", "--no-extract", ReferenceReport);

        Assert.Equal(ExitCodes.Ok, withFacts.ExitCode);
        Assert.Equal(ExitCodes.Ok, without.ExitCode);
        await using (var store = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "facts.db"), createIfMissing: false))
        {
            Assert.True(await store.CountFactsAsync(FactKind.Statement) >= 10);
            Assert.True(await store.CountFactsAsync(FactKind.Meeting) >= 10);
            var document = (await store.ListDocumentsAsync(0, 1))[0];
            var text = (await store.GetDocumentAsync(document.Id))!.Text;
            var statement = (await store.GetFactsAsync(document.Id)).First(f => f.Kind == FactKind.Statement);
            Assert.Contains(statement.Subject!.Split(' ')[^1], text[statement.Span.Start..statement.Span.End]);
        }

        await using var plain = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "plain.db"), createIfMissing: false);
        Assert.Equal(0, await plain.CountFactsAsync(FactKind.Statement));
    }

    private static double F1(string cell) => double.Parse(cell.Split(' ')[0].Split('/')[2], CultureInfo.InvariantCulture);
}
