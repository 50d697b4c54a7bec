using System.ComponentModel;
using System.Text;
using Rapport.Services;
using Rapport.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport search "query"</c>: full-text search with ranked, highlighted hits.</summary>
[Description("Full-text search. All words must appear; \"quoted phrases\" and word* prefixes are supported.")]
public sealed class SearchCommand : AsyncCommand<SearchCommand.Settings>
{
    /// <summary>Options of <c>rapport search</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The query.</summary>
        [CommandArgument(0, "<QUERY>")]
        [Description("What to search for")]
        public string Query { get; init; } = string.Empty;

        /// <summary>How many hits.</summary>
        [CommandOption("--limit <N>")]
        [Description("Show at most N hits (default 20)")]
        public int Limit { get; init; } = 20;

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (!SearchQuery.TryParse(Query, out _, out var error))
            {
                return ValidationResult.Error(error!);
            }

            return Limit <= 0 ? ValidationResult.Error("--limit must be positive") : base.Validate();
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(settings.Query);
        await using var store = await StoreOpener.OpenAsync(settings.Location, create: false, cancellationToken).ConfigureAwait(false);
        var hits = await store.SearchAsync(query, settings.Limit, cancellationToken).ConfigureAwait(false);
        var rank = 0;
        foreach (var hit in hits)
        {
            rank++;
            if (Terminal.IsInteractive)
            {
                AnsiConsole.MarkupLine($"[bold]{rank}.[/] [blue]{hit.Id.Short}[/]  [bold]{Markup.Escape(hit.Title)}[/]");
                AnsiConsole.MarkupLine("    " + ToMarkup(hit.Snippet));
            }
            else
            {
                Terminal.Line($"{rank}. {hit.Id.Short}  {hit.Title}");
                Terminal.Line("    " + hit.Snippet.Text);
            }
        }

        Terminal.Line(hits.Count == 0 ? $"no documents match {query}" : $"{hits.Count} hits for {query}");
        return ExitCodes.Ok;
    }

    private static string ToMarkup(HighlightedText snippet)
    {
        var markup = new StringBuilder();
        var at = 0;
        foreach (var range in snippet.Highlights)
        {
            var (start, length) = range.GetOffsetAndLength(snippet.Text.Length);
            markup.Append(Markup.Escape(snippet.Text[at..start]));
            markup.Append("[black on yellow]").Append(Markup.Escape(snippet.Text.Substring(start, length))).Append("[/]");
            at = start + length;
        }

        return markup.Append(Markup.Escape(snippet.Text[at..])).ToString();
    }
}
