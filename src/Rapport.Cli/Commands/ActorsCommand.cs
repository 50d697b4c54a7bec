using System.ComponentModel;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport actors</c>: lists the actors of the knowledge base by their merged identity.</summary>
[Description("List the actors named in stored facts, after the analysts' merges: name, kind, documents, aliases, keys.")]
public sealed class ActorsCommand : AsyncCommand<ActorsCommand.Settings>
{
    /// <summary>Options of <c>rapport actors</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>How many to list.</summary>
        [CommandOption("--limit <N>")]
        [Description("List at most N actors, most documented first (default 200)")]
        public int Limit { get; init; } = 200;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Limit <= 0 ? ValidationResult.Error("--limit must be positive") : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var identity = await new ActorService(store).IdentityAsync(cancellationToken).ConfigureAwait(false);
        var actors = identity.Actors.Where(a => a.Documents.Count > 0).ToList();
        Terminal.Line("name\tkind\tdocuments\taliases\tkeys");
        foreach (var actor in actors.Take(settings.Limit))
        {
            var aliases = actor.Names.Where(n => n != actor.Name);
            Terminal.Line($"{actor.Name}\t{actor.Kind ?? "-"}\t{actor.Documents.Count}\t{string.Join("; ", aliases)}\t{string.Join(" ", actor.Keys)}");
        }

        foreach (var blocked in identity.Blocked)
        {
            Terminal.Error($"note: the merge of {blocked.A} and {blocked.B} is not applied: it would join actors decided apart");
        }

        Terminal.Line($"{Math.Min(actors.Count, settings.Limit)} of {actors.Count} actors");
        return ExitCodes.Ok;
    }
}
