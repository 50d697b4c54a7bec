using System.ComponentModel;
using Rapport.Analysis.EventData;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport import gdelt|icews FILE</c>: brings coded event data into the knowledge base.</summary>
[Description("Import coded events: 'gdelt' (1.0 or 2.0 daily export, tab-separated) or 'icews' (tab-separated with header).")]
public sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    /// <summary>Options of <c>rapport import</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The dataset layout.</summary>
        [CommandArgument(0, "<DATASET>")]
        [Description("gdelt or icews")]
        public string Dataset { get; init; } = string.Empty;

        /// <summary>The file.</summary>
        [CommandArgument(1, "<FILE>")]
        [Description("The event file")]
        public string File { get; init; } = string.Empty;

        /// <summary>How many malformed lines to tolerate.</summary>
        [CommandOption("--max-errors <N>")]
        [Description("Give up (importing nothing) after N malformed lines (default 1000)")]
        public int MaxErrors { get; init; } = 1000;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Dataset is not ("gdelt" or "icews") ? ValidationResult.Error($"the dataset must be gdelt or icews, not '{Dataset}'")
            : MaxErrors < 0 ? ValidationResult.Error("--max-errors cannot be negative")
            : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.Dataset == "icews" ? EventDataset.Icews : EventImportService.DetectGdeltVersion(settings.File);
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: true, cancellationToken).ConfigureAwait(false);
        var service = new EventImportService(store, new EventImportOptions(MaxErrors: settings.MaxErrors));
        EventImportResult result;
        if (Terminal.IsInteractive)
        {
            result = await AnsiConsole.Status().StartAsync("importing", async status =>
                await service.ImportAsync(dataset, settings.File, new Progress<long>(n => status.Status($"importing: {n:N0} events read")), cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }
        else
        {
            result = await service.ImportAsync(dataset, settings.File, null, cancellationToken).ConfigureAwait(false);
        }

        foreach (var warning in result.Report.Warnings)
        {
            Terminal.Error($"skipped: {settings.File}:{warning.LineNumber}: {warning.Reason}");
        }

        var skipped = result.Report.ErrorCount;
        Terminal.Line($"{result.Added} events added, {result.AlreadyPresent} already present, {skipped} lines skipped ({EventImportService.OriginOf(result.Dataset)}, {store.Description})");
        return skipped > 0 ? ExitCodes.InputsRejected : ExitCodes.Ok;
    }
}
