using System.ComponentModel;
using System.Globalization;
using Rapport.Services;
using Rapport.Services.Accounts;
using Rapport.Storage;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport users list</c>: every web account with its role.</summary>
[Description("List web accounts: name, role, status and when each was created.")]
public sealed class UsersListCommand : AsyncCommand<UsersListCommand.Settings>
{
    /// <summary>Options of <c>rapport users list</c>.</summary>
    public sealed class Settings : StoreSettings
    {
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var users = await new AccountService(store).ListUsersAsync(cancellationToken).ConfigureAwait(false);
        Terminal.Line("name\trole\tstatus\tcreated");
        foreach (var user in users)
        {
            var created = user.CreatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            Terminal.Line($"{user.Name}\t{RoleNames.ToText(user.Role)}\t{(user.Disabled ? "disabled" : "active")}\t{created}");
        }

        Terminal.Line($"{users.Count} users");
        return ExitCodes.Ok;
    }
}
