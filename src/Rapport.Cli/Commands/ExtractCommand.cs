using System.ComponentModel;
using Rapport.Documents;
using Rapport.Extraction;
using Rapport.Extraction.Json;
using Rapport.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport extract FILE</c>: prints what extraction finds in one document, without a store.</summary>
[Description("Extract actors, statements, meetings, support claims and assessments from one file (no store needed).")]
public sealed class ExtractCommand : AsyncCommand<ExtractCommand.Settings>
{
    /// <summary>Options of <c>rapport extract</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The file to read.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("A .txt, .md, .html or .pdf file")]
        public string File { get; init; } = string.Empty;

        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("json (the documented contract, docs/extraction-json.md) or table")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Format is "json" or "table" ? ValidationResult.Success() : ValidationResult.Error($"--format must be json or table, not '{Format}'");
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var read = await new DocumentReader().ReadAsync(settings.File, cancellationToken).ConfigureAwait(false);
        if (read is Rejected rejected)
        {
            Terminal.Error($"rejected: {rejected.Origin}: {rejected.Reason}");
            return ExitCodes.InputsRejected;
        }

        var document = ((ReadDocument)read).Document;
        var result = new FactExtraction().Extract(document);
        if (settings.Format == "json")
        {
            Terminal.Line(ExtractionJsonWriter.Write(result, Path.GetFileName(settings.File)));
        }
        else
        {
            WriteTables(result);
        }

        foreach (var warning in result.Warnings)
        {
            Terminal.Error($"warning: {settings.File}: {warning}");
        }

        return ExitCodes.Ok;
    }

    private static void WriteTables(ExtractionResult result)
    {
        var statements = new Table().Title("Statements").AddColumns("date", "speaker", "role", "sources", "text", "rule");
        foreach (var s in result.Statements)
        {
            statements.AddRow(
                Markup.Escape(s.Date.ToString()),
                Markup.Escape(s.Speaker.Name),
                Markup.Escape(s.SpeakerRole ?? string.Empty),
                Markup.Escape(string.Join("; ", s.Citations.Select(c => c.Source).Distinct())),
                Markup.Escape(Shorten(s.Content.Slice(result.Text))),
                Markup.Escape(s.Provenance.Rule.ToString()));
        }

        var meetings = new Table().Title("Meetings").AddColumns("date", "kind", "side A", "side B", "location", "sources", "rule");
        foreach (var m in result.Meetings)
        {
            meetings.AddRow(
                Markup.Escape(m.Date.ToString()),
                ExtractionJsonWriter.Kind(m.Kind),
                Markup.Escape(string.Join("; ", m.SideA.Select(a => a.Name))),
                Markup.Escape(string.Join("; ", m.SideB.Select(a => a.Name))),
                Markup.Escape(m.Location ?? string.Empty),
                Markup.Escape(string.Join("; ", m.Citations.Select(c => c.Source).Distinct())),
                Markup.Escape(m.Provenance.Rule.ToString()));
        }

        var other = new Table().Title("Support and assessments").AddColumns("kind", "what", "rule");
        foreach (var c in result.Support)
        {
            other.AddRow("support", Markup.Escape($"{c.Supporter.Name} → {c.Recipient.Name}: {c.Kind}"), Markup.Escape(c.Provenance.Rule.ToString()));
        }

        foreach (var a in result.Assessments)
        {
            other.AddRow("assessment", Markup.Escape($"{a.Likelihood} ('{a.Expression}'): {Shorten(a.Provenance.Span.Slice(result.Text))}"), Markup.Escape(a.Provenance.Rule.ToString()));
        }

        var console = Terminal.IsInteractive ? AnsiConsole.Console : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        if (!Terminal.IsInteractive)
        {
            console.Profile.Width = 200;
        }

        console.Write(statements);
        console.Write(meetings);
        console.Write(other);
        Terminal.Line($"{result.Actors.Count} actors, {result.Statements.Count} statements, {result.Meetings.Count} meetings, {result.Support.Count} support claims, {result.Assessments.Count} assessments");
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 90 ? line : line[..90] + "…";
    }
}
