using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Rapport.Model;

namespace Rapport.Documents;

/// <summary>
/// Reduces an HTML page to the text a reader sees: blocks become paragraphs, and script, style and other
/// non-visible content is dropped so that it can never reach the knowledge base as if it were prose.
/// </summary>
internal static class HtmlTextExtractor
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "figure", "figcaption", "dl", "dt", "dd", "hr",
    };

    // Where pages state their publication date for machines: Open Graph and schema.org properties, Dublin Core and plain
    // meta names, then the first <time datetime> of the article.
    private static readonly string[] PublishedSelectors =
    [
        "meta[property='article:published_time']", "meta[itemprop='datePublished']", "meta[name='date']", "meta[name='pubdate']",
        "meta[name='publication_date']", "meta[name='DC.date.issued']", "meta[name='dcterms.date']", "article time[datetime]", "time[datetime]",
    ];

    /// <summary>The page's title (from &lt;title&gt; or the first &lt;h1&gt;), its visible text, and the publication date its markup states.</summary>
    public static (string? Title, string Text, PartialDate Published) Extract(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var title = document.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            title = document.QuerySelector("h1")?.TextContent;
        }

        var builder = new StringBuilder();
        if (document.Body is { } body)
        {
            Append(body, builder);
        }

        return (Collapse(title), TidyBlankLines(builder.ToString()), Published(document));
    }

    private static PartialDate Published(IDocument document)
    {
        foreach (var selector in PublishedSelectors)
        {
            var element = document.QuerySelector(selector);
            var value = element?.GetAttribute(element.LocalName == "meta" ? "content" : "datetime")?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            // "2024-06-26T16:40:00Z": the calendar day the page gives, before any time of day.
            var day = value.Length >= 10 && value[4] == '-' ? value[..10] : value;
            if (PartialDate.TryParse(day, out var date) && date.IsKnown)
            {
                return date;
            }
        }

        return PartialDate.Unknown;
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendInline(t.Data, text);
                    break;
                case IElement e when Invisible.Contains(e.LocalName):
                    break;
                case IElement e when e.LocalName == "br":
                    text.Append('\n');
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append("\n\n");
                    if (e.LocalName == "li")
                    {
                        text.Append("- ");
                    }

                    Append(e, text);
                    text.Append("\n\n");
                    break;
                case IElement e:
                    Append(e, text);
                    break;
            }
        }
    }

    private static void AppendInline(string data, StringBuilder text)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static string? Collapse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string TidyBlankLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim());
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = 0;
        }

        return result.ToString();
    }
}
