using System.ComponentModel;
using Rapport.Storage;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport actors distinct A B</c>: appends a distinct decision to the decision log.</summary>
[Description("Record that two actors are different people: never merged, never proposed again.")]
public sealed class ActorDistinctCommand : AsyncCommand<ActorDistinctCommand.Settings>
{
    /// <summary>Options of <c>rapport actors distinct</c>.</summary>
    public sealed class Settings : ActorDecisionSettings
    {
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        ActorDecisionRunner.RunAsync(ActorDecisionKind.Distinct, settings, cancellationToken);
}
