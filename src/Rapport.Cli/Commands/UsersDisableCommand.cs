using System.ComponentModel;
using Rapport.Services;
using Rapport.Services.Accounts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport users disable NAME</c>: stops an account from signing in and its tokens from working.</summary>
[Description("Disable a web account: it can no longer sign in and its API tokens stop working. The account and its history are kept.")]
public sealed class UsersDisableCommand : AsyncCommand<UsersDisableCommand.Settings>
{
    /// <summary>Options of <c>rapport users disable</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The user.</summary>
        [CommandArgument(0, "<NAME>")]
        [Description("The user's name (case does not matter)")]
        public string Name { get; init; } = string.Empty;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("give the user's name") : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var user = await new AccountService(store).DisableAsync(settings.Name, cancellationToken).ConfigureAwait(false);
        Terminal.Line($"disabled: {user.Name} (cannot sign in; its tokens no longer work)");
        return ExitCodes.Ok;
    }
}
