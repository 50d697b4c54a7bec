using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary>Options shared by the decisions about two actors (merge, split, distinct).</summary>
public class ActorDecisionSettings : StoreSettings
{
    /// <summary>One actor: a key, or a name as written.</summary>
    [CommandArgument(0, "<A>")]
    [Description("One actor: its key, or a name as written (see 'rapport actors')")]
    public string A { get; init; } = string.Empty;

    /// <summary>The other actor.</summary>
    [CommandArgument(1, "<B>")]
    [Description("The other actor")]
    public string B { get; init; } = string.Empty;

    /// <summary>The analyst's reason.</summary>
    [CommandOption("--why <TEXT>")]
    [Description("Why; kept in the decision log")]
    public string? Why { get; init; }

    /// <summary>Who decides.</summary>
    [CommandOption("--by <NAME>")]
    [Description("Who decides (default: $USER)")]
    public string? By { get; init; }

    /// <summary>The analyst recorded as deciding.</summary>
    public string Who => !string.IsNullOrWhiteSpace(By) ? By.Trim()
        : Environment.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user
        : Environment.UserName;

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(A) || string.IsNullOrWhiteSpace(B) ? ValidationResult.Error("give two actors")
        : By is not null && string.IsNullOrWhiteSpace(By) ? ValidationResult.Error("--by cannot be empty")
        : base.Validate();
}
