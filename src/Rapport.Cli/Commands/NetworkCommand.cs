using System.ComponentModel;
using System.Globalization;
using Rapport.Analysis.Networks;
using Rapport.Model;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport network -o FILE</c>: writes the actor network and prints its brokers.</summary>
[Description("Write the actor network (meetings and support as dated edges) as GraphML or GEXF 1.3, and print the top brokers.")]
public sealed class NetworkCommand : AsyncCommand<NetworkCommand.Settings>
{
    /// <summary>Options of <c>rapport network</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Output file; its extension chooses the format.</summary>
        [CommandOption("-o|--output <FILE>")]
        [Description("Output file: .graphml or .gexf")]
        public string? Output { get; init; }

        /// <summary>First month.</summary>
        [CommandOption("--from <YYYY-MM>")]
        [Description("Only facts from this month on")]
        public string? From { get; init; }

        /// <summary>Last month.</summary>
        [CommandOption("--to <YYYY-MM>")]
        [Description("Only facts up to this month")]
        public string? To { get; init; }

        /// <summary>How many brokers to list.</summary>
        [CommandOption("--top <N>")]
        [Description("List the N strongest brokers (default 10)")]
        public int Top { get; init; } = 10;

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var extension = Path.GetExtension(Output ?? string.Empty).ToLowerInvariant();
            if (Output is not null && extension is not (".graphml" or ".gexf"))
            {
                return ValidationResult.Error($"-o must end in .graphml or .gexf, not '{extension}'");
            }

            if ((From is not null && !YearMonth.TryParse(From, out _)) || (To is not null && !YearMonth.TryParse(To, out _)))
            {
                return ValidationResult.Error("--from and --to are months like 2017-06");
            }

            return Top <= 0 ? ValidationResult.Error("--top must be positive") : base.Validate();
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var from = settings.From is null ? YearMonth.MinValue : YearMonth.Parse(settings.From);
        var to = settings.To is null ? YearMonth.MaxValue : YearMonth.Parse(settings.To);
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var network = await new NetworkService(store).BuildAsync(from, to, cancellationToken).ConfigureAwait(false);
        if (settings.Output is not null)
        {
            await using var file = File.Create(settings.Output);
            if (settings.Output.EndsWith(".gexf", StringComparison.OrdinalIgnoreCase))
            {
                GexfWriter.Write(network, file);
            }
            else
            {
                GraphMlWriter.Write(network, file);
            }
        }

        foreach (var broker in NetworkMetrics.TopBrokers(network, settings.Top, NetworkService.Groups(network)).Where(b => b.Score > 0))
        {
            Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"broker\t{network.Node(broker.Id).Label}\t{broker.Group ?? "-"}\t{broker.Score:0.000}\treaches {broker.GroupsReached} groups"));
        }

        Terminal.Line($"{network.Nodes.Count} actors, {network.Edges.Count} edges" + (settings.Output is null ? string.Empty : $"; written to {settings.Output}"));
        return ExitCodes.Ok;
    }
}
