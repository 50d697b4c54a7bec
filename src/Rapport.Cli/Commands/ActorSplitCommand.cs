using System.ComponentModel;
using Rapport.Storage;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport actors split A B</c>: appends a split decision to the decision log.</summary>
[Description("Undo a merge: the two actor keys are apart again.")]
public sealed class ActorSplitCommand : AsyncCommand<ActorSplitCommand.Settings>
{
    /// <summary>Options of <c>rapport actors split</c>.</summary>
    public sealed class Settings : ActorDecisionSettings
    {
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        ActorDecisionRunner.RunAsync(ActorDecisionKind.Split, settings, cancellationToken);
}
