using System.ComponentModel;
using Rapport.Analysis.Credibility;
using Rapport.Services;
using Rapport.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary>
/// <c>rapport facts</c>: meetings and statements grouped across documents, with their corroboration and the reference
/// (<see cref="FactReference"/>) a hypotheses file tags them by.
/// </summary>
[Description("Meetings and statements, one line per fact however many documents report it, with the Admiralty credibility rating.")]
public sealed class FactsCommand : AsyncCommand<FactsCommand.Settings>
{
    /// <summary>Options of <c>rapport facts</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Which kind of fact.</summary>
        [CommandOption("--kind <KIND>")]
        [Description("meeting or statement (default: both)")]
        public string? Kind { get; init; }

        /// <summary>Only facts this actor takes part in.</summary>
        [CommandOption("--actor <NAME>")]
        [Description("Only facts this actor takes part in (a name as written, or a key)")]
        public string? Actor { get; init; }

        /// <summary>The kind as a fact kind.</summary>
        public FactKind? FactKind => Kind switch
        {
            null => null,
            "meeting" => Storage.FactKind.Meeting,
            "statement" => Storage.FactKind.Statement,
            _ => throw new InvalidOperationException("validated"),
        };

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Kind is not null and not ("meeting" or "statement") ? ValidationResult.Error($"--kind must be meeting or statement, not '{Kind}'")
            : Actor is not null && string.IsNullOrWhiteSpace(Actor) ? ValidationResult.Error("--actor cannot be empty")
            : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var facts = await new FactCorroboration(store).ListAsync(settings.FactKind, settings.Actor, cancellationToken).ConfigureAwait(false);
        Terminal.Line("date\tkind\tside a / speaker\tside b\tdocuments\toutlets\tcredibility\tsources (grade)\treference");
        foreach (var f in facts)
        {
            var kind = f.Kind == Storage.FactKind.Statement ? "statement" : f.MeetingKind ?? "meeting";
            var sources = f.Outlets.Count == 0 ? "-" : string.Join(", ", f.Outlets.Select(o => $"{o.Outlet} ({o.Grade})"));
            Terminal.Line(
                $"{f.Date}\t{kind}\t{Names(f.SideA)}\t{Names(f.SideB)}\t{f.Documents.Count} documents\t{f.Outlets.Count} outlets\t"
                + $"{(int)f.Credibility} {Label(f.Credibility)}\t{sources}\t{FactReference.Of(f.Reports)}");
        }

        Terminal.Line($"{facts.Count} facts from {facts.Sum(f => f.Reports.Count)} reports");
        return ExitCodes.Ok;
    }

    private static string Names(IReadOnlyList<RegistryActor> actors) => actors.Count == 0 ? "-" : string.Join("; ", actors.Select(a => a.Name));

    private static string Label(InformationCredibility credibility) => credibility switch
    {
        InformationCredibility.Confirmed => "confirmed",
        InformationCredibility.ProbablyTrue => "probably true",
        InformationCredibility.PossiblyTrue => "possibly true",
        InformationCredibility.Doubtful => "doubtful",
        InformationCredibility.Improbable => "improbable",
        _ => "cannot be judged",
    };
}
