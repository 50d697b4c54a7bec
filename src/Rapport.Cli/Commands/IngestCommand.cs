using System.ComponentModel;
using Rapport.Documents;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport ingest PATH...</c>: adds documents to the knowledge base.</summary>
[Description("Ingest files and folders (recursively; .txt .md .html .pdf). The same text twice is stored once.")]
public sealed class IngestCommand : AsyncCommand<IngestCommand.Settings>
{
    /// <summary>Options of <c>rapport ingest</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Files and folders to ingest.</summary>
        [CommandArgument(0, "<PATH>")]
        [Description("Files and folders to ingest")]
        public string[] Paths { get; init; } = [];

        /// <summary>The largest file accepted.</summary>
        [CommandOption("--max-size <BYTES>")]
        [Description("Reject files larger than this many bytes (default 16 MiB)")]
        public long MaxBytes { get; init; } = ReaderOptions.DefaultMaxBytes;

        /// <summary>Store documents without extracting facts.</summary>
        [CommandOption("--no-extract")]
        [Description("Store the documents only; do not extract statements, meetings and other facts")]
        public bool NoExtract { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Paths.Length == 0)
            {
                return ValidationResult.Error("name at least one file or folder to ingest");
            }

            return MaxBytes <= 0 ? ValidationResult.Error("--max-size must be a positive number of bytes") : base.Validate();
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: true, cancellationToken).ConfigureAwait(false);
        var service = new IngestService(
            store,
            new DocumentReader(new ReaderOptions { MaxBytes = settings.MaxBytes }),
            settings.NoExtract ? null : new FactExtraction());

        IngestReport report;
        if (Terminal.IsInteractive)
        {
            report = await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("ingesting");
                    var progress = new Progress<IngestProgress>(p =>
                    {
                        task.MaxValue = p.Total;
                        task.Value = p.Done;
                    });
                    return await service.IngestAsync(settings.Paths, progress, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            // Synchronous reporting keeps the plain lines in processing order.
            report = await service.IngestAsync(settings.Paths, new InlineProgress(p => PrintItem(p.Last)), cancellationToken).ConfigureAwait(false);
        }

        if (Terminal.IsInteractive)
        {
            foreach (var rejected in report.Rejected)
            {
                PrintItem(rejected);
            }
        }

        Terminal.Line($"{report.Added} added, {report.AlreadyPresent} already present, {report.Rejected.Count} rejected ({store.Description})");
        return report.HasRejections ? ExitCodes.InputsRejected : ExitCodes.Ok;
    }

    private static void PrintItem(IngestItem item)
    {
        switch (item.Outcome)
        {
            case IngestOutcome.Rejected:
                Terminal.Error($"rejected: {item.Origin}: {item.Reason}");
                break;
            case IngestOutcome.Added:
                Terminal.Line($"added    {item.DocumentId!.Value.Short}  {item.Origin}");
                break;
            case IngestOutcome.AlreadyPresent:
                Terminal.Line($"present  {item.DocumentId!.Value.Short}  {item.Origin}");
                break;
        }
    }

    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
