using AngleSharp.Html.Parser;
using Markdig;
using Rapport.Reports.Briefs;

namespace Rapport.Reports.Tests;

public sealed class TextBriefWriterTests
{
    private static readonly MarkdownPipeline CommonMarkWithTables = new MarkdownPipelineBuilder().UsePipeTables().Build();

    [Fact]
    public void Html_brief_has_the_reference_structure_in_order()
    {
        var document = new HtmlParser().ParseDocument(HtmlBriefWriter.Render(SampleBriefs.Ordinary()));

        Assert.Equal(
            ["Overview", "Areas of support", "Hypotheses", BriefText.AppendixA, BriefText.AppendixB, "Sources"],
            document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(["Weapons", "Funds", "Know-how", "Training", "Political", "Media"], document.QuerySelectorAll("#support h3").Select(h => h.TextContent));
        Assert.All(document.QuerySelectorAll("p.drafted"), p => Assert.Contains(BriefText.MachineDrafted, p.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_text_is_inert_and_verbatim_in_the_html_brief()
    {
        var html = HtmlBriefWriter.Render(SampleBriefs.Hostile());
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.Scripts);
        Assert.Empty(document.QuerySelectorAll("img, a, iframe, object, embed, link"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var text = document.Body!.TextContent;
        Assert.All(SampleBriefs.HostileTexts, hostile => Assert.Contains(hostile, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_text_is_inert_and_verbatim_in_the_markdown_brief_once_rendered()
    {
        var markdown = MarkdownBriefWriter.Render(SampleBriefs.Hostile());
        var rendered = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown, CommonMarkWithTables));

        Assert.Empty(rendered.Scripts);
        Assert.Empty(rendered.QuerySelectorAll("img, a, iframe, strong em, h4, h5, h6"));
        Assert.DoesNotContain(rendered.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var text = rendered.Body!.TextContent;
        Assert.All(SampleBriefs.HostileTexts, hostile => Assert.Contains(hostile, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_brief_renders_its_headings_and_tables()
    {
        var rendered = new HtmlParser().ParseDocument(Markdown.ToHtml(MarkdownBriefWriter.Render(SampleBriefs.Ordinary()), CommonMarkWithTables));

        Assert.Equal(
            ["Overview", "Areas of support", "Hypotheses", BriefText.AppendixA, BriefText.AppendixB, "Sources"],
            rendered.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(4, rendered.QuerySelectorAll("table").Length);
    }

    [Theory]
    [InlineData("- a list?")]
    [InlineData("# a heading?")]
    [InlineData("1. a numbered list?")]
    [InlineData("> a quote in a quote?")]
    public void A_quoted_line_that_looks_like_markdown_stays_a_line_of_text(string line)
    {
        var brief = SampleBriefs.Ordinary() with
        {
            Statements = [new BriefStatementGroup("Group", [SampleBriefs.Ordinary().Statements[0].Statements[0] with { Text = line }])],
        };

        var rendered = new HtmlParser().ParseDocument(Markdown.ToHtml(MarkdownBriefWriter.Render(brief), CommonMarkWithTables));

        var quote = rendered.QuerySelectorAll("blockquote").Last();
        Assert.Equal(line, quote.TextContent.Trim());
        Assert.Empty(quote.QuerySelectorAll("ul, ol, h1, blockquote"));
    }
}
