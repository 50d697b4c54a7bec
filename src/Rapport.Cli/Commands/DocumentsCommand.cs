using System.ComponentModel;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport documents</c>: lists the stored documents.</summary>
[Description("List the documents in the knowledge base.")]
public sealed class DocumentsCommand : AsyncCommand<DocumentsCommand.Settings>
{
    /// <summary>Options of <c>rapport documents</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>How many to list.</summary>
        [CommandOption("--limit <N>")]
        [Description("List at most N documents (default 100)")]
        public int Limit { get; init; } = 100;

        /// <summary>How many to skip.</summary>
        [CommandOption("--offset <N>")]
        [Description("Skip the first N documents")]
        public int Offset { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Limit <= 0 ? ValidationResult.Error("--limit must be positive")
            : Offset < 0 ? ValidationResult.Error("--offset cannot be negative")
            : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var documents = await store.ListDocumentsAsync(settings.Offset, settings.Limit, cancellationToken).ConfigureAwait(false);
        var total = await store.CountDocumentsAsync(cancellationToken).ConfigureAwait(false);
        if (Terminal.IsInteractive)
        {
            var table = new Table().AddColumns("id", "title", "published", "format", "chars", "origin");
            foreach (var d in documents)
            {
                table.AddRow(d.Id.Short, Markup.Escape(d.Title), d.PublishedOn.ToString(), d.Format.ToString().ToLowerInvariant(), d.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(d.Origin));
            }

            AnsiConsole.Write(table);
        }
        else
        {
            foreach (var d in documents)
            {
                Terminal.Line($"{d.Id.Short}\t{d.PublishedOn}\t{d.Format.ToString().ToLowerInvariant()}\t{d.Length}\t{d.Title}\t{d.Origin}");
            }
        }

        Terminal.Line($"{documents.Count} of {total} documents");
        return ExitCodes.Ok;
    }
}
