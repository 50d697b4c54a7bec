using System.ComponentModel;
using System.Globalization;
using Rapport.Documents;
using Rapport.Extraction.Evaluation;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport eval GOLD_DIR CORPUS_DIR</c>: scores extraction against hand-made gold files.</summary>
[Description("Score extraction against gold files (precision, recall, F1 of statements and meetings; outlet accuracy).")]
public sealed class EvalCommand : AsyncCommand<EvalCommand.Settings>
{
    /// <summary>Options of <c>rapport eval</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Folder of gold JSON files.</summary>
        [CommandArgument(0, "<GOLD_DIR>")]
        [Description("Folder of gold files (NAME.json), in the format of shared/gold")]
        public string GoldDirectory { get; init; } = string.Empty;

        /// <summary>Folder of the documents they describe.</summary>
        [CommandArgument(1, "<CORPUS_DIR>")]
        [Description("Folder holding the documents (NAME.txt, .md, .html or .pdf)")]
        public string CorpusDirectory { get; init; } = string.Empty;

        /// <summary>Whether to list each miss, false positive and outlet difference.</summary>
        [CommandOption("--details")]
        [Description("Also list each document's misses, false positives and outlet differences")]
        public bool Details { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            !Directory.Exists(GoldDirectory) ? ValidationResult.Error($"no such folder: {GoldDirectory}")
            : !Directory.Exists(CorpusDirectory) ? ValidationResult.Error($"no such folder: {CorpusDirectory}")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var gold = Directory.GetFiles(settings.GoldDirectory, "*.json").Order(StringComparer.Ordinal).ToList();
        if (gold.Count == 0)
        {
            throw new UserErrorException($"no gold files (*.json) in {settings.GoldDirectory}");
        }

        var reader = new DocumentReader();
        var extraction = new FactExtraction();
        var rows = new List<(string Name, EvaluationReport Report)>();
        var rejected = 0;
        foreach (var goldFile in gold)
        {
            var name = Path.GetFileNameWithoutExtension(goldFile);
            var documentFile = FormatDetector.SupportedExtensions.Select(e => Path.Combine(settings.CorpusDirectory, name + e)).FirstOrDefault(File.Exists);
            if (documentFile is null)
            {
                Terminal.Error($"rejected: {goldFile}: no document named {name}.* in {settings.CorpusDirectory}");
                rejected++;
                continue;
            }

            if (await reader.ReadAsync(documentFile, cancellationToken).ConfigureAwait(false) is not ReadDocument read)
            {
                Terminal.Error($"rejected: {documentFile}: cannot be read");
                rejected++;
                continue;
            }

            EvaluationReport report;
            try
            {
                report = Evaluator.Evaluate(await File.ReadAllTextAsync(goldFile, cancellationToken).ConfigureAwait(false), extraction.Extract(read.Document));
            }
            catch (System.Text.Json.JsonException ex)
            {
                Terminal.Error($"rejected: {goldFile}: not a gold file ({ex.Message.ReplaceLineEndings(" ")})");
                rejected++;
                continue;
            }

            rows.Add((name, report));
        }

        Print(rows);
        if (settings.Details)
        {
            foreach (var (name, report) in rows.Where(r => r.Report.Details.Count > 0))
            {
                Terminal.Line(name);
                foreach (var line in report.Details)
                {
                    Terminal.Line("    " + line);
                }
            }
        }

        return rejected > 0 ? ExitCodes.InputsRejected : ExitCodes.Ok;
    }

    private static void Print(List<(string Name, EvaluationReport Report)> rows)
    {
        var statements = Sum(rows.Select(r => r.Report.Statements));
        var meetings = Sum(rows.Select(r => r.Report.Meetings));
        var matched = rows.Sum(r => r.Report.Statements.TruePositives);
        var outlets = matched == 0 ? 1 : rows.Sum(r => r.Report.OutletAccuracy * r.Report.Statements.TruePositives) / matched;
        var lines = rows.Select(r => Line(r.Name, r.Report.Statements, r.Report.Meetings, r.Report.OutletAccuracy))
            .Append(Line("TOTAL", statements, meetings, outlets));
        Terminal.Line("document\tstatements P/R/F1 (tp fp miss)\tmeetings P/R/F1 (tp fp miss)\toutlets right");
        foreach (var line in lines)
        {
            Terminal.Line(line);
        }
    }

    private static string Line(string name, Score statements, Score meetings, double outlets) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}\t{Format(statements)}\t{Format(meetings)}\t{outlets:P0}");

    private static string Format(Score s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000}/{s.Recall:0.000}/{s.F1:0.000} ({s.TruePositives} {s.FalsePositives} {s.Misses})");

    private static Score Sum(IEnumerable<Score> scores) =>
        scores.Aggregate(new Score(0, 0, 0), (a, b) => new Score(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.Misses + b.Misses));
}
