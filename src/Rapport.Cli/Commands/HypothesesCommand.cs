using System.ComponentModel;
using System.Globalization;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport hypotheses FILE</c>: Analysis of Competing Hypotheses over the knowledge base.</summary>
[Description("Analysis of Competing Hypotheses: evidence x hypothesis matrix from the stored facts, weighted by credibility, and the hypotheses ranked by weighted inconsistency.")]
public sealed class HypothesesCommand : AsyncCommand<HypothesesCommand.Settings>
{
    /// <summary>Options of <c>rapport hypotheses</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The hypotheses file.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("The hypotheses file (YAML); see samples/hypotheses/")]
        public string File { get; init; } = string.Empty;

        /// <summary>Whether suggested ratings count in the ranking.</summary>
        [CommandOption("--accept-suggestions")]
        [Description("Score the suggested ratings (marked '?') as well as the explicit tags")]
        public bool AcceptSuggestions { get; init; }

        /// <summary>Whether to show evidence nothing rates.</summary>
        [CommandOption("--all")]
        [Description("Also show the evidence in scope that no tag or rule rates")]
        public bool All { get; init; }

        /// <summary>Where to write the matrix as CSV.</summary>
        [CommandOption("--csv <FILE>")]
        [Description("Also write the whole matrix as CSV")]
        public string? Csv { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(File) ? ValidationResult.Error("give the hypotheses file")
            : Csv is not null && string.IsNullOrWhiteSpace(Csv) ? ValidationResult.Error("--csv needs a file name")
            : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Read the file first: its mistakes should be reported before the store is opened.
        var file = HypothesesFileLoader.Load(settings.File);
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var report = await new HypothesisService(store).BuildAsync(file, settings.AcceptSuggestions, cancellationToken).ConfigureAwait(false);

        foreach (var h in report.Hypotheses)
        {
            Terminal.Line($"{h.Id}\t{h.Statement}");
        }

        var ids = string.Join('\t', report.Hypotheses.Select(h => h.Id));
        Terminal.Line($"evidence\treference\tdate\tcredibility\t{ids}\ttext");
        var shown = report.Rows.Where(r => settings.All || r.IsRated).ToList();
        foreach (var row in shown)
        {
            var e = row.Evidence;
            Terminal.Line(string.Create(
                CultureInfo.InvariantCulture,
                $"{e.Id}\t{e.Reference}\t{e.Date}\t{(int)e.Credibility} ({e.Weight:0.00})\t{string.Join('\t', row.Cells.Select(c => c.Mark))}\t{e.Text}"));
        }

        Terminal.Line($"{shown.Count} of {report.Rows.Count} evidence items shown ('?' = suggested by a rule; {report.Rows.Count - report.Rows.Count(r => r.IsRated)} unrated{(settings.All ? string.Empty : ", --all shows them")})");
        Terminal.Line(report.SuggestionsScored
            ? "ranking (least weighted inconsistency first; explicit tags and suggestions scored):"
            : "ranking (least weighted inconsistency first; explicit tags only, --accept-suggestions scores the '?' too):");
        foreach (var s in report.Ranking)
        {
            Terminal.Line(string.Create(
                CultureInfo.InvariantCulture,
                $"rank {s.Rank}\t{s.Hypothesis.Id}\tweighted inconsistency {s.WeightedInconsistency:0.00}\t{s.InconsistentCount} inconsistent\t{s.ConsistentCount} consistent\t{s.Hypothesis.Statement}"));
        }

        Terminal.Line($"non-diagnostic evidence (rated the same under every hypothesis): {report.NonDiagnostic.Count}");
        foreach (var e in report.NonDiagnostic)
        {
            Terminal.Line($"{e.Id}\t{e.Reference}\t{e.Text}");
        }

        if (settings.Csv is not null)
        {
            await System.IO.File.WriteAllTextAsync(settings.Csv, HypothesisCsv.Write(report), cancellationToken).ConfigureAwait(false);
            Terminal.Line($"matrix: {settings.Csv}");
        }

        return ExitCodes.Ok;
    }
}
