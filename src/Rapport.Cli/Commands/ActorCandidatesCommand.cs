using System.ComponentModel;
using System.Globalization;
using Rapport.Services;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport actors candidates</c>: proposes merges for an analyst to decide; never merges.</summary>
[Description("Propose actors that may be one (transliterations, short forms within one organisation); nothing is merged.")]
public sealed class ActorCandidatesCommand : AsyncCommand<ActorCandidatesCommand.Settings>
{
    /// <summary>Options of <c>rapport actors candidates</c>.</summary>
    public sealed class Settings : StoreSettings
    {
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var candidates = await new ActorService(store).CandidatesAsync(cancellationToken).ConfigureAwait(false);
        Terminal.Line("score\treason\ta\tb\tto merge");
        foreach (var c in candidates)
        {
            Terminal.Line(string.Create(
                CultureInfo.InvariantCulture,
                $"{c.Score:0.00}\t{c.Reason}\t{c.NameA} [{c.A.Key}]\t{c.NameB} [{c.B.Key}]\trapport actors merge \"{c.A.Key}\" \"{c.B.Key}\""));
        }

        Terminal.Line($"{candidates.Count} candidates");
        return ExitCodes.Ok;
    }
}
