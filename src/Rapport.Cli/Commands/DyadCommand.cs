using System.ComponentModel;
using System.Globalization;
using Rapport.Model;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport dyad A B</c>: the monthly series of a relationship, with its turning points.</summary>
[Description("Monthly events and Goldstein cooperation score between two actors or groups, with turning points (PELT).")]
public sealed class DyadCommand : AsyncCommand<DyadCommand.Settings>
{
    /// <summary>Options of <c>rapport dyad</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>First side.</summary>
        [CommandArgument(0, "<A>")]
        [Description("First side: a state or organisation as named in the gazetteers")]
        public string SideA { get; init; } = string.Empty;

        /// <summary>Second side.</summary>
        [CommandArgument(1, "<B>")]
        [Description("Second side")]
        public string SideB { get; init; } = string.Empty;

        /// <summary>First month.</summary>
        [CommandOption("--from <YYYY-MM>")]
        [Description("First month (default: 24 months before --to)")]
        public string? From { get; init; }

        /// <summary>Last month.</summary>
        [CommandOption("--to <YYYY-MM>")]
        [Description("Last month (default: this month)")]
        public string? To { get; init; }

        /// <summary>Where to write the SVG chart.</summary>
        [CommandOption("--svg <FILE>")]
        [Description("Also write the chart as SVG")]
        public string? Svg { get; init; }

        /// <summary>Where to write the CSV table.</summary>
        [CommandOption("--csv <FILE>")]
        [Description("Also write the table as CSV")]
        public string? Csv { get; init; }

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

            return base.Validate();
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var to = settings.To is null ? YearMonth.From(DateOnly.FromDateTime(DateTime.UtcNow)) : YearMonth.Parse(settings.To);
        var from = settings.From is null ? to - 24 : YearMonth.Parse(settings.From);
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var table = await new DyadService(store).BuildAsync(settings.SideA, settings.SideB, from, to, cancellationToken).ConfigureAwait(false);

        Terminal.Line($"month\t{settings.SideA}→{settings.SideB}\t{settings.SideB}→{settings.SideA}\tverbal coop\tmaterial coop\tverbal conflict\tmaterial conflict\tscore");
        var turns = table.TurningPoints.Select(t => t.Index).ToHashSet();
        for (var i = 0; i < table.Months.Count; i++)
        {
            var m = table.Months[i];
            var mark = turns.Contains(i) ? "\t← turning point" : string.Empty;
            Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"{m.Month}\t{m.AToB}\t{m.BToA}\t{m.ByQuadClass[0]}\t{m.ByQuadClass[1]}\t{m.ByQuadClass[2]}\t{m.ByQuadClass[3]}\t{m.Score:0.0}{mark}"));
        }

        for (var t = 0; t < table.TurningPoints.Count; t++)
        {
            var turn = table.TurningPoints[t];
            Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"turning point {table.Months[turn.Index].Month}: mean score {turn.MeanBefore:0.00} → {turn.MeanAfter:0.00} a month"));
            foreach (var e in t < table.Evidence.Count ? table.Evidence[t] : [])
            {
                var where = e.Document is { } document ? $"document {document.Short}" : e.Reference ?? e.Origin;
                Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"    evidence: {e.Date} {e.SourceName ?? e.SourceActor} → {e.TargetName ?? e.TargetActor}, CAMEO {e.CameoCode} ({e.Goldstein:+0.0;-0.0}), {e.Origin}, {where}"));
            }
        }

        Terminal.Line($"{table.Months.Sum(m => m.Events)} events in {table.Months.Count} months, {table.TurningPoints.Count} turning points ({store.Description})");
        if (settings.Svg is not null)
        {
            await File.WriteAllTextAsync(settings.Svg, DyadChart.Svg(table), cancellationToken).ConfigureAwait(false);
            Terminal.Line($"chart: {settings.Svg}");
        }

        if (settings.Csv is not null)
        {
            await File.WriteAllTextAsync(settings.Csv, DyadChart.Csv(table), cancellationToken).ConfigureAwait(false);
            Terminal.Line($"table: {settings.Csv}");
        }

        return ExitCodes.Ok;
    }
}
