using System.ComponentModel;
using Rapport.Model;
using Rapport.Services;
using Rapport.Services.Exports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport export FORMAT -o PATH</c>: the knowledge base in another tool's format.</summary>
[Description("Export actors, meetings, statements, support and assessments as STIX 2.1, FollowTheMoney, CSV, GraphML or GEXF; or the whole knowledge base as JSON for 'rapport import json'.")]
public sealed class ExportCommand : AsyncCommand<ExportCommand.Settings>
{
    /// <summary>Options of <c>rapport export</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The format's name.</summary>
        [CommandArgument(0, "<FORMAT>")]
        [Description("stix, ftm, csv, graphml, gexf or json")]
        public string Format { get; init; } = string.Empty;

        /// <summary>
        /// Catches the second side of <c>--dyad A B</c>: an option takes one value, so the second lands here as an
        /// argument. Nothing else may be given here.
        /// </summary>
        [CommandArgument(1, "[SIDE]")]
        [Description("The second side of --dyad A B")]
        public string[] Extra { get; init; } = [];

        /// <summary>Where to write.</summary>
        [CommandOption("-o|--output <PATH>")]
        [Description("Output file; for csv a folder (entities.csv, links.csv) or NAME.csv (NAME-entities.csv, NAME-links.csv)")]
        public string? Output { get; init; }

        /// <summary>First month.</summary>
        [CommandOption("--from <YYYY-MM>")]
        [Description("Only facts that may date from this month on (undated facts are then left out)")]
        public string? From { get; init; }

        /// <summary>Last month.</summary>
        [CommandOption("--to <YYYY-MM>")]
        [Description("Only facts that may date up to this month")]
        public string? To { get; init; }

        /// <summary>The dyad's sides, as given.</summary>
        [CommandOption("--dyad <SIDE>")]
        [Description("Only facts between two sides: --dyad A B (states or organisations of the gazetteers)")]
        public string[]? Dyad { get; init; }

        /// <summary>Keep to the format's standard vocabulary.</summary>
        [CommandOption("--strict")]
        [Description("STIX: related-to relationships with the verb in the description, no x_ properties")]
        public bool Strict { get; init; }

        /// <summary>The two sides of the dyad, or null for none.</summary>
        public (string A, string B)? Sides
        {
            get
            {
                var sides = (Dyad ?? []).Concat(Extra).ToList();
                return sides.Count == 2 ? (sides[0], sides[1]) : null;
            }
        }

        /// <summary>The export's scope.</summary>
        public ExportScope Scope => new(
            From is null ? null : YearMonth.Parse(From),
            To is null ? null : YearMonth.Parse(To),
            Sides?.A,
            Sides?.B,
            Strict);

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (!ExportFormats.TryParse(Format, out _))
            {
                return ValidationResult.Error($"unknown format '{Format}'; use one of {string.Join(", ", ExportFormats.Names)}");
            }

            if (string.IsNullOrWhiteSpace(Output))
            {
                return ValidationResult.Error("give the output with -o PATH");
            }

            if (From is not null && !YearMonth.TryParse(From, out _))
            {
                return ValidationResult.Error($"--from must be a month like 2014-01, not '{From}'");
            }

            if (To is not null && !YearMonth.TryParse(To, out _))
            {
                return ValidationResult.Error($"--to must be a month like 2018-02, not '{To}'");
            }

            if (From is not null && To is not null && YearMonth.Parse(To) < YearMonth.Parse(From))
            {
                return ValidationResult.Error($"--to ({To}) is before --from ({From})");
            }

            if (Dyad is null && Extra.Length > 0)
            {
                return ValidationResult.Error($"unexpected argument '{Extra[0]}'; a second side goes with --dyad A B");
            }

            if (Dyad is not null && (Sides is null || string.IsNullOrWhiteSpace(Sides.Value.A) || string.IsNullOrWhiteSpace(Sides.Value.B)))
            {
                return ValidationResult.Error("--dyad takes two sides: --dyad A B");
            }

            return base.Validate();
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ExportFormats.TryParse(settings.Format, out var format);
        var (output, scope) = (settings.Output!, settings.Scope);
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var exports = new ExportService(store);
        var summary = format switch
        {
            ExportFormat.Stix => await exports.StixAsync(output, scope, cancellationToken).ConfigureAwait(false),
            ExportFormat.Ftm => await exports.FtmAsync(output, scope, cancellationToken).ConfigureAwait(false),
            ExportFormat.Csv => await exports.CsvAsync(output, scope, cancellationToken).ConfigureAwait(false),
            ExportFormat.GraphMl => await exports.GraphMlAsync(output, scope, cancellationToken).ConfigureAwait(false),
            ExportFormat.Gexf => await exports.GexfAsync(output, scope, cancellationToken).ConfigureAwait(false),
            ExportFormat.Json => await exports.JsonAsync(output, scope, cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"no exporter for {format}"),
        };

        Terminal.Line($"{summary.Description} written to {string.Join(", ", summary.Files)} ({store.Description})");
        return ExitCodes.Ok;
    }
}
