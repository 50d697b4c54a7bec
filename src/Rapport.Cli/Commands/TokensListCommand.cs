using System.ComponentModel;
using System.Globalization;
using Rapport.Services;
using Rapport.Services.Accounts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport tokens list NAME</c>: a user's API tokens, without their secrets.</summary>
[Description("List a user's API tokens: id, label, when issued and whether revoked. Secrets are never shown again.")]
public sealed class TokensListCommand : AsyncCommand<TokensListCommand.Settings>
{
    /// <summary>Options of <c>rapport tokens list</c>.</summary>
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
        var tokens = await new AccountService(store).ListTokensAsync(settings.Name, cancellationToken).ConfigureAwait(false);
        Terminal.Line("id\tlabel\tcreated\tstatus");
        foreach (var token in tokens)
        {
            var status = token.RevokedAt is { } revoked ? $"revoked {Time(revoked)}" : "active";
            Terminal.Line($"{token.Id}\t{token.Label}\t{Time(token.CreatedAt)}\t{status}");
        }

        Terminal.Line($"{tokens.Count} tokens, {tokens.Count(t => t.IsActive)} active");
        return ExitCodes.Ok;
    }

    private static string Time(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
