using System.ComponentModel;
using Rapport.Analysis.EventData;
using Rapport.Services;
using Rapport.Services.Exports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport import gdelt|icews|json FILE</c>: brings coded event data, or a knowledge export, into the knowledge base.</summary>
[Description("Import coded events: 'gdelt' (1.0 or 2.0 daily export, tab-separated) or 'icews' (tab-separated with header); or 'json', a knowledge base written by 'rapport export json'.")]
public sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    /// <summary>Options of <c>rapport import</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The dataset layout.</summary>
        [CommandArgument(0, "<DATASET>")]
        [Description("gdelt, icews or json")]
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
            Dataset is not ("gdelt" or "icews" or "json") ? ValidationResult.Error($"the dataset must be gdelt, icews or json, not '{Dataset}'")
            : !System.IO.File.Exists(File) ? ValidationResult.Error($"no file '{File}'")
            : MaxErrors < 0 ? ValidationResult.Error("--max-errors cannot be negative")
            : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Dataset == "json")
        {
            return await ImportKnowledgeAsync(settings, cancellationToken).ConfigureAwait(false);
        }

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

    private static async Task<int> ImportKnowledgeAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var input = System.IO.File.OpenRead(settings.File);
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: true, cancellationToken).ConfigureAwait(false);
        var result = await KnowledgeJson.ImportAsync(store, input, cancellationToken).ConfigureAwait(false);
        Terminal.Line($"{result.DocumentsAdded} documents added, {result.DocumentsPresent} already present, {result.EventsAdded} events, {result.DecisionsAdded} actor decisions, {result.Grades} outlet grades ({store.Description})");
        return ExitCodes.Ok;
    }
}
