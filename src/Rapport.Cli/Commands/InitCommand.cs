using System.ComponentModel;
using Rapport.Services;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport init</c>: creates (or upgrades) a knowledge base.</summary>
[Description("Create a knowledge base, or bring an existing one up to this version's schema.")]
public sealed class InitCommand : AsyncCommand<InitCommand.Settings>
{
    /// <summary>Options of <c>rapport init</c>.</summary>
    public sealed class Settings : StoreSettings
    {
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: true, cancellationToken).ConfigureAwait(false);
        var count = await store.CountDocumentsAsync(cancellationToken).ConfigureAwait(false);
        Terminal.Line($"{store.Description}: schema version {store.SchemaVersion}, {count} documents");
        return ExitCodes.Ok;
    }
}
