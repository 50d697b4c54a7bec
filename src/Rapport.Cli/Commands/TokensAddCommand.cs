using System.ComponentModel;
using Rapport.Services;
using Rapport.Services.Accounts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport tokens add NAME --label LABEL</c>: issues an API token and prints it, once.</summary>
[Description("Issue an API token for a user. The token is printed once, alone on stdout; only a hash of it is kept.")]
public sealed class TokensAddCommand : AsyncCommand<TokensAddCommand.Settings>
{
    /// <summary>Options of <c>rapport tokens add</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The user the token acts for.</summary>
        [CommandArgument(0, "<NAME>")]
        [Description("The user the token acts for, with that user's role")]
        public string Name { get; init; } = string.Empty;

        /// <summary>What the token is for.</summary>
        [CommandOption("--label <LABEL>")]
        [Description("What the token is for (\"nightly ingest\", \"Ana's laptop\"), so it can be told apart when revoking")]
        public string? Label { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("give the user's name")
            : string.IsNullOrWhiteSpace(Label) ? ValidationResult.Error("give the token a --label saying what it is for")
            : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var issued = await new AccountService(store).IssueTokenAsync(settings.Name, settings.Label!, cancellationToken).ConfigureAwait(false);

        // The token alone on stdout, so TOKEN=$(rapport tokens add …) captures it; the note goes to stderr.
        Terminal.Line(issued.Plaintext);
        Console.Error.WriteLine($"issued token {issued.Token.Id} for {issued.Token.User} ({issued.Token.Label}); it is shown only this once: store it now");
        return ExitCodes.Ok;
    }
}
