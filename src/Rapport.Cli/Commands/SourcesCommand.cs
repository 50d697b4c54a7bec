using System.ComponentModel;
using Rapport.Services;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport sources</c>: the outlets facts cite, with their reliability grades.</summary>
[Description("List the outlets cited by stored facts, with their Admiralty reliability grade (F until graded).")]
public sealed class SourcesCommand : AsyncCommand<SourcesCommand.Settings>
{
    /// <summary>Options of <c>rapport sources</c>.</summary>
    public sealed class Settings : StoreSettings
    {
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var outlets = await new SourceService(store).ListAsync(cancellationToken).ConfigureAwait(false);
        Terminal.Line("outlet\tgrade\tfacts\tdocuments");
        foreach (var o in outlets)
        {
            Terminal.Line($"{o.Outlet}\t{o.Grade}{(o.Graded ? string.Empty : " (ungraded)")}\t{o.Facts}\t{o.Documents}");
        }

        Terminal.Line($"{outlets.Count} outlets");
        return ExitCodes.Ok;
    }
}
