using Rapport.Services;
using Rapport.Storage;

namespace Rapport.Cli.Commands;

/// <summary>Records one decision about two actors and says what was recorded.</summary>
internal static class ActorDecisionRunner
{
    public static async Task<int> RunAsync(ActorDecisionKind kind, ActorDecisionSettings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var service = new ActorService(store);
        var decision = await service.DecideAsync(kind, settings.A, settings.B, settings.Who, settings.Why, cancellationToken).ConfigureAwait(false);
        var verb = kind switch
        {
            ActorDecisionKind.Merge => "merged",
            ActorDecisionKind.Split => "split",
            _ => "marked distinct",
        };
        Terminal.Line($"{verb}: {decision.A} and {decision.B} (by {decision.Who})");
        var identity = await service.IdentityAsync(cancellationToken).ConfigureAwait(false);
        if (kind == ActorDecisionKind.Merge && identity.Canonical(decision.A) != identity.Canonical(decision.B))
        {
            Terminal.Error($"note: not applied: {decision.A} and {decision.B} are kept apart by an earlier split or distinct decision linking them");
        }
        else if (kind != ActorDecisionKind.Merge && identity.Canonical(decision.A) == identity.Canonical(decision.B))
        {
            Terminal.Error($"note: {decision.A} and {decision.B} are still joined");
        }

        return ExitCodes.Ok;
    }
}
