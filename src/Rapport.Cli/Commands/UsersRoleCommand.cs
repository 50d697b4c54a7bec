using System.ComponentModel;
using Rapport.Services;
using Rapport.Services.Accounts;
using Rapport.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport users role NAME ROLE</c>: changes what an account may do.</summary>
[Description("Change a web account's role: viewer, analyst or admin.")]
public sealed class UsersRoleCommand : AsyncCommand<UsersRoleCommand.Settings>
{
    /// <summary>Options of <c>rapport users role</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The user.</summary>
        [CommandArgument(0, "<NAME>")]
        [Description("The user's name (case does not matter)")]
        public string Name { get; init; } = string.Empty;

        /// <summary>The new role's word.</summary>
        [CommandArgument(1, "<ROLE>")]
        [Description("viewer, analyst or admin")]
        public string Role { get; init; } = string.Empty;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("give the user's name")
            : !RoleNames.TryParse(Role, out _) ? ValidationResult.Error($"the role must be one of {string.Join(", ", RoleNames.All)}, not '{Role}'")
            : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        RoleNames.TryParse(settings.Role, out var role);
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var user = await new AccountService(store).SetRoleAsync(settings.Name, role, cancellationToken).ConfigureAwait(false);
        Terminal.Line($"{user.Name} is now {RoleNames.ToText(user.Role)}{(user.Disabled ? " (disabled)" : string.Empty)}");
        return ExitCodes.Ok;
    }
}
