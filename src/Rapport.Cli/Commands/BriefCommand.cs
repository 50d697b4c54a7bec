using System.ComponentModel;
using Rapport.Documents;
using Rapport.Model;
using Rapport.Reports.Briefs;
using Rapport.Services;
using Rapport.Services.Briefs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport brief --dyad A B -o brief.html</c>: the main job, from the knowledge base (or a folder) to a cited brief.</summary>
[Description("Write a cited brief on a dyad (overview, areas of support, hypotheses, statements, meetings, charts, sources) as .md, .html, .docx or .pdf.")]
public sealed class BriefCommand : AsyncCommand<BriefCommand.Settings>
{
    /// <summary>Options of <c>rapport brief</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The two sides.</summary>
        [CommandOption("--dyad <SIDE>")]
        [Description("The two sides, e.g. --dyad Iran Hamas: states or organisations as named in the gazetteers")]
        public string[] Dyad { get; init; } = [];

        /// <summary>Where to write the brief; the extension chooses the format.</summary>
        [CommandOption("-o|--output <FILE>")]
        [Description("Output file: .md, .html, .docx or .pdf")]
        public string Output { get; init; } = string.Empty;

        /// <summary>First month.</summary>
        [CommandOption("--from <YYYY-MM>")]
        [Description("First month (default: the earliest dated fact about the dyad)")]
        public string? From { get; init; }

        /// <summary>Last month.</summary>
        [CommandOption("--to <YYYY-MM>")]
        [Description("Last month (default: the latest dated fact about the dyad)")]
        public string? To { get; init; }

        /// <summary>A folder to ingest first.</summary>
        [CommandOption("--corpus <DIR>")]
        [Description("Ingest this folder into the knowledge base first (documents already there are skipped)")]
        public string? Corpus { get; init; }

        /// <summary>The analyst's competing hypotheses.</summary>
        [CommandOption("--hypotheses <FILE>")]
        [Description("A hypotheses YAML file (see samples/hypotheses) to include the competing-hypotheses matrix")]
        public string? Hypotheses { get; init; }

        /// <summary>The brief's title.</summary>
        [CommandOption("--title <TEXT>")]
        [Description("Title (default: made from the dyad)")]
        public string? Title { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Dyad.Length != 2)
            {
                return ValidationResult.Error("name the two sides with --dyad, e.g. --dyad Iran Hamas");
            }

            if (string.IsNullOrWhiteSpace(Output))
            {
                return ValidationResult.Error("name the output file with -o, e.g. -o brief.html");
            }

            if (BriefWriters.For(Output) is null)
            {
                return ValidationResult.Error($"the output must end in {BriefWriters.Extensions}, not '{Path.GetFileName(Output)}'");
            }

            if (From is not null && !YearMonth.TryParse(From, out _))
            {
                return ValidationResult.Error($"--from must be a month like 2017-06, not '{From}'");
            }

            if (To is not null && !YearMonth.TryParse(To, out _))
            {
                return ValidationResult.Error($"--to must be a month like 2018-02, not '{To}'");
            }

            if (Corpus is not null && !Directory.Exists(Corpus))
            {
                return ValidationResult.Error($"--corpus: no folder '{Corpus}'");
            }

            if (Hypotheses is not null && !File.Exists(Hypotheses))
            {
                return ValidationResult.Error($"--hypotheses: no file '{Hypotheses}'");
            }

            return base.Validate();
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var hypotheses = settings.Hypotheses is null ? null : HypothesesFileLoader.Load(settings.Hypotheses);
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: settings.Corpus is not null, cancellationToken).ConfigureAwait(false);
        if (settings.Corpus is not null)
        {
            var report = await new IngestService(store, new DocumentReader(), new FactExtraction()).IngestAsync([settings.Corpus], null, cancellationToken).ConfigureAwait(false);
            foreach (var rejected in report.Rejected)
            {
                Terminal.Error($"rejected: {rejected.Origin}: {rejected.Reason}");
            }

            Terminal.Line($"corpus: {report.Added} added, {report.AlreadyPresent} already present, {report.Rejected.Count} rejected ({store.Description})");
        }

        var request = new BriefRequest(
            settings.Dyad[0],
            settings.Dyad[1],
            settings.From is null ? null : YearMonth.Parse(settings.From),
            settings.To is null ? null : YearMonth.Parse(settings.To),
            DateOnly.FromDateTime(DateTime.UtcNow))
        {
            Hypotheses = hypotheses,
            Title = settings.Title,
        };
        var brief = await new BriefService(store).BuildAsync(request, cancellationToken).ConfigureAwait(false);

        // Write beside the target and move into place, so a failure never leaves half a brief under the asked name.
        var output = Path.GetFullPath(settings.Output);
        var temporary = output + ".part";
        await using (var stream = File.Create(temporary))
        {
            await BriefWriters.For(output)!.WriteAsync(brief, stream, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, output, overwrite: true);
        var statements = brief.Statements.Sum(g => g.Statements.Count);
        var areas = brief.AreasOfSupport.Count(s => s.Items.Count > 0);
        Terminal.Line($"brief: {output} ({statements} statements, {brief.Meetings.Count} meetings, {areas} area{(areas == 1 ? string.Empty : "s")} of support evidenced, {brief.Header.From} to {brief.Header.To})");
        return ExitCodes.Ok;
    }
}
