using System.ComponentModel;
using Rapport.Storage;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport actors merge A B</c>: appends a merge decision to the decision log.</summary>
[Description("Record that two actor keys are one actor (reversible with 'rapport actors split').")]
public sealed class ActorMergeCommand : AsyncCommand<ActorMergeCommand.Settings>
{
    /// <summary>Options of <c>rapport actors merge</c>.</summary>
    public sealed class Settings : ActorDecisionSettings
    {
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        ActorDecisionRunner.RunAsync(ActorDecisionKind.Merge, settings, cancellationToken);
}
