using System.ComponentModel;
using Rapport.Model;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport sources grade NAME A-F</c>: sets an outlet's Admiralty reliability grade.</summary>
[Description("Set an outlet's Admiralty reliability grade: A completely reliable … E unreliable, F cannot be judged.")]
public sealed class SourceGradeCommand : AsyncCommand<SourceGradeCommand.Settings>
{
    /// <summary>Options of <c>rapport sources grade</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The outlet.</summary>
        [CommandArgument(0, "<NAME>")]
        [Description("The outlet's name, as 'rapport sources' lists it (case does not matter)")]
        public string Outlet { get; init; } = string.Empty;

        /// <summary>The grade letter.</summary>
        [CommandArgument(1, "<GRADE>")]
        [Description("A, B, C, D, E or F")]
        public string Grade { get; init; } = string.Empty;

        /// <summary>Who grades.</summary>
        [CommandOption("--by <NAME>")]
        [Description("Who grades (default: $USER)")]
        public string? By { get; init; }

        /// <summary>The grade as a value.</summary>
        public ReliabilityGrade Value => Enum.Parse<ReliabilityGrade>(Grade.Trim(), ignoreCase: true);

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Outlet) ? ValidationResult.Error("give the outlet's name")
            : Grade.Trim().Length != 1 || !"ABCDEFabcdef".Contains(Grade.Trim(), StringComparison.Ordinal) ? ValidationResult.Error($"the grade must be a letter A to F, not '{Grade}'")
            : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var who = !string.IsNullOrWhiteSpace(settings.By) ? settings.By.Trim()
            : Environment.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user : Environment.UserName;
        var grade = await new SourceService(store).GradeAsync(settings.Outlet, settings.Value, who, cancellationToken).ConfigureAwait(false);
        Terminal.Line($"graded: {grade.Outlet} {grade.Grade} (by {grade.Who})");
        return ExitCodes.Ok;
    }
}
