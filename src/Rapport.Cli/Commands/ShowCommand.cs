using System.ComponentModel;
using Rapport.Services;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport show DOC-ID</c>: prints one document with its metadata.</summary>
[Description("Show a document's metadata and text. DOC-ID may be a prefix of at least 4 hex digits.")]
public sealed class ShowCommand : AsyncCommand<ShowCommand.Settings>
{
    /// <summary>Options of <c>rapport show</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The id or id prefix.</summary>
        [CommandArgument(0, "<DOC-ID>")]
        [Description("Document id, or a unique prefix of it")]
        public string Id { get; init; } = string.Empty;

        /// <summary>Only the metadata.</summary>
        [CommandOption("--no-text")]
        [Description("Print only the metadata, not the text")]
        public bool NoText { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var document = await DocumentLookup.ResolveAsync(store, settings.Id, cancellationToken).ConfigureAwait(false);
        Terminal.Line($"id:         {document.Id}");
        Terminal.Line($"title:      {document.Title}");
        Terminal.Line($"origin:     {document.Origin}");
        Terminal.Line($"publisher:  {document.Publisher ?? "unknown"}");
        Terminal.Line($"published:  {document.PublishedOn}");
        Terminal.Line($"language:   {document.Language}");
        Terminal.Line($"format:     {document.Format.ToString().ToLowerInvariant()}");
        Terminal.Line($"characters: {document.Text.Length}");
        Terminal.Line($"ingested:   {document.IngestedAt:u}");
        if (!settings.NoText)
        {
            Terminal.Line(string.Empty);
            Terminal.Line(document.Text);
        }

        return ExitCodes.Ok;
    }
}
