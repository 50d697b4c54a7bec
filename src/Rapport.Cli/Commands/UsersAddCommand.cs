using System.ComponentModel;
using Rapport.Services;
using Rapport.Services.Accounts;
using Rapport.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport users add NAME --role ROLE</c>: creates an account for the web server.</summary>
[Description("Create a web account. The password is read from stdin (--password-stdin, the default when stdin is not a terminal) or typed twice.")]
public sealed class UsersAddCommand : AsyncCommand<UsersAddCommand.Settings>
{
    /// <summary>Options of <c>rapport users add</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The new user's name.</summary>
        [CommandArgument(0, "<NAME>")]
        [Description("1 to 64 letters, digits, '.', '_' and '-'; case does not matter when signing in")]
        public string Name { get; init; } = string.Empty;

        /// <summary>The role's word.</summary>
        [CommandOption("--role <ROLE>")]
        [Description("viewer (read), analyst (+ ingest, merge, grade, tag) or admin (+ users and tokens); default: viewer")]
        [DefaultValue("viewer")]
        public string Role { get; init; } = "viewer";

        /// <summary>Read the password from standard input.</summary>
        [CommandOption("--password-stdin")]
        [Description("Read the password from standard input (one line) instead of prompting")]
        public bool PasswordStdin { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("give the new user's name")
            : !RoleNames.TryParse(Role, out _) ? ValidationResult.Error($"the role must be one of {string.Join(", ", RoleNames.All)}, not '{Role}'")
            : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Checked before asking for the password, so a typo in the name does not cost a prompt.
        AccountRules.CheckName(settings.Name);
        RoleNames.TryParse(settings.Role, out var role);
        var password = await PasswordInput.ReadNewAsync(settings.Name, settings.PasswordStdin, cancellationToken).ConfigureAwait(false);

        // The first account is often made before anything else, so this may create the knowledge base.
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: true, cancellationToken).ConfigureAwait(false);
        var user = await new AccountService(store).AddUserAsync(settings.Name, role, password, cancellationToken).ConfigureAwait(false);
        Terminal.Line($"added user {user.Name} ({RoleNames.ToText(user.Role)})");
        return ExitCodes.Ok;
    }
}
