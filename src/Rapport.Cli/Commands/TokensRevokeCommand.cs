using System.ComponentModel;
using System.Globalization;
using Rapport.Services;
using Rapport.Services.Accounts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport tokens revoke ID</c>: stops an API token from working, for good.</summary>
[Description("Revoke an API token by its id (as 'rapport tokens list' shows it). Revoking twice is harmless.")]
public sealed class TokensRevokeCommand : AsyncCommand<TokensRevokeCommand.Settings>
{
    /// <summary>Options of <c>rapport tokens revoke</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The token's id.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The token's 12-character id, not the token itself")]
        public string Id { get; init; } = string.Empty;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Id) ? ValidationResult.Error("give the token's id") : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var token = await new AccountService(store).RevokeTokenAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        var at = token.RevokedAt!.Value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        Terminal.Line($"revoked: {token.Id} ({token.Label}) of {token.User}, since {at}");
        return ExitCodes.Ok;
    }
}
