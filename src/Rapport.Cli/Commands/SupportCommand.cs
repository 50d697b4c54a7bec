using System.ComponentModel;
using Rapport.Model;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport support</c>: the support matrix, supporter × recipient × kind, each cell with its strongest evidence.</summary>
[Description("Who supports whom with what: one row per supporter, recipient and kind, with its claims, dates and strongest evidence.")]
public sealed class SupportCommand : AsyncCommand<SupportCommand.Settings>
{
    /// <summary>Options of <c>rapport support</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>First month.</summary>
        [CommandOption("--from <YYYY-MM>")]
        [Description("Only claims that may date from this month on (undated claims are then left out)")]
        public string? From { get; init; }

        /// <summary>Last month.</summary>
        [CommandOption("--to <YYYY-MM>")]
        [Description("Only claims that may date up to this month")]
        public string? To { get; init; }

        /// <summary>Where to write the CSV table.</summary>
        [CommandOption("--csv <FILE>")]
        [Description("Also write the matrix as CSV")]
        public string? Csv { get; init; }

        /// <summary>The first month, when given.</summary>
        public YearMonth? FromMonth => From is null ? null : YearMonth.Parse(From);

        /// <summary>The last month, when given.</summary>
        public YearMonth? ToMonth => To is null ? null : YearMonth.Parse(To);

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (From is not null && !YearMonth.TryParse(From, out _))
            {
                return ValidationResult.Error($"--from must be a month like 2014-01, not '{From}'");
            }

            if (To is not null && !YearMonth.TryParse(To, out _))
            {
                return ValidationResult.Error($"--to must be a month like 2018-02, not '{To}'");
            }

            if (FromMonth is { } from && ToMonth is { } to && to < from)
            {
                return ValidationResult.Error($"--to ({To}) is before --from ({From})");
            }

            return Csv is not null && string.IsNullOrWhiteSpace(Csv) ? ValidationResult.Error("--csv needs a file name") : base.Validate();
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var rows = await new SupportMatrixService(store).BuildAsync(settings.FromMonth, settings.ToMonth, cancellationToken).ConfigureAwait(false);
        if (Terminal.IsInteractive)
        {
            var table = new Table().AddColumns("supporter", "recipient", "kind", "claims", "first", "last", "credibility", "strongest evidence");
            foreach (var r in rows)
            {
                var s = r.Strongest;
                table.AddRow(
                    Markup.Escape(r.Supporter.Name), Markup.Escape(r.Recipient.Name), r.KindName, $"{r.EvidenceCount} in {r.Documents} docs",
                    r.First.ToString(), r.Last.ToString(), $"{(int)r.Credibility} {CredibilityLabels.Of(r.Credibility)}",
                    Markup.Escape($"{s.DocumentTitle} {s.Span} ({Outlets(s)}): “{OneLine(s.Text)}”"));
            }

            AnsiConsole.Write(table);
        }
        else
        {
            Terminal.Line("supporter\trecipient\tkind\tclaims\tdocuments\tfirst\tlast\tcredibility\tstrongest document\tspan\toutlets (grade)\ttext");
            foreach (var r in rows)
            {
                var s = r.Strongest;
                Terminal.Line(
                    $"{r.Supporter.Name}\t{r.Recipient.Name}\t{r.KindName}\t{r.EvidenceCount}\t{r.Documents}\t{r.First}\t{r.Last}\t"
                    + $"{(int)r.Credibility} {CredibilityLabels.Of(r.Credibility)}\t{OneLine(s.DocumentTitle)}\t{s.Span}\t{Outlets(s)}\t{OneLine(s.Text)}");
            }
        }

        Terminal.Line($"{rows.Count} cells from {rows.Sum(r => r.EvidenceCount)} claims ({store.Description})");
        if (settings.Csv is not null)
        {
            await File.WriteAllTextAsync(settings.Csv, SupportMatrixCsv.Write(rows), cancellationToken).ConfigureAwait(false);
            Terminal.Line($"table: {settings.Csv}");
        }

        return ExitCodes.Ok;
    }

    private static string Outlets(SupportEvidenceDetail evidence) =>
        evidence.Outlets.Count == 0 ? "no outlet" : string.Join(", ", evidence.Outlets.Select(o => $"{o.Outlet} ({o.Grade})"));

    // A line per cell: the quote's own line breaks and tabs would split it.
    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
