using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Rapport.Reports.Briefs;

namespace Rapport.Reports.Tests;

public sealed class DocxBriefWriterTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static async Task<WordprocessingDocument> OpenAsync(Brief brief)
    {
        var bytes = await WrittenBrief.BytesAsync(new DocxBriefWriter(), brief);
        return WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
    }

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static string StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    // The text a reader sees in a paragraph: its w:t elements in order.
    private static string TextOf(OpenXmlElement element) => string.Concat(element.Descendants<Text>().Select(t => t.Text));

    private static List<string> ParagraphTexts(WordprocessingDocument document) =>
        [.. Body(document).Descendants<Paragraph>().Select(TextOf)];

    private static Table TableAfterHeading(WordprocessingDocument document, string heading)
    {
        var start = Body(document).Elements<Paragraph>().Single(p => StyleOf(p) == "Heading2" && TextOf(p) == heading);
        return start.ElementsAfter().TakeWhile(e => e is not Paragraph p || StyleOf(p) != "Heading2").OfType<Table>().First();
    }

    [Fact]
    public void Extension_is_docx() => Assert.Equal("docx", new DocxBriefWriter().Extension);

    [Fact]
    public async Task Title_is_heading_1_and_sections_are_heading_2_in_report_order()
    {
        using var document = await OpenAsync(SampleBriefs.Ordinary());
        var paragraphs = Body(document).Elements<Paragraph>().ToList();

        Assert.Equal(SampleBriefs.Ordinary().Header.Title, TextOf(paragraphs.Single(p => StyleOf(p) == "Heading1")));
        Assert.Equal(
            ["Overview", "Areas of support", "Hypotheses", "Appendix A — Statements", "Appendix B — Visits and meetings", "Sources"],
            paragraphs.Where(p => StyleOf(p) == "Heading2").Select(TextOf));
        Assert.Contains(paragraphs, p => StyleOf(p) == "Heading3" && TextOf(p) == "Trend");
        Assert.Contains(paragraphs, p => StyleOf(p) == "Heading3" && TextOf(p) == "Weapons");
    }

    [Fact]
    public async Task Heading_styles_are_defined_as_built_in_headings_with_outline_levels()
    {
        using var document = await OpenAsync(SampleBriefs.Ordinary());
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        for (var level = 1; level <= 3; level++)
        {
            var style = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }

        Assert.Contains("ListBullet", styles.Keys);
        Assert.Equal(StyleValues.Table, styles["BriefTable"].Type!.Value);
    }

    [Fact]
    public async Task Overview_has_the_activity_table_and_marks_drafted_sentences_with_their_evidence()
    {
        using var document = await OpenAsync(SampleBriefs.Ordinary());
        var texts = ParagraphTexts(document);

        var trend = Assert.Single(texts, t => t.Contains("The score rose in 2017-08", StringComparison.Ordinal));
        Assert.StartsWith("[Machine-drafted] ", trend, StringComparison.Ordinal);
        Assert.EndsWith("(meeting:aaaaaaaaaaaa@300)", trend, StringComparison.Ordinal);
        var label = Body(document).Descendants<Run>().First(r => TextOf(r) == "[Machine-drafted]");
        Assert.Equal("MachineDrafted", label.RunProperties!.RunStyle!.Val!.Value);

        var activity = Body(document).Elements<Table>().First();
        Assert.Equal(["Period", "Visits", "Meetings", "Calls", "Ceremonies", "Statements"], activity.Elements<TableRow>().First().Elements<TableCell>().Select(TextOf));
        Assert.Equal(["2017-Q3", "1", "0", "0", "0", "0"], activity.Elements<TableRow>().ElementAt(1).Elements<TableCell>().Select(TextOf));
    }

    [Fact]
    public async Task Appendix_b_and_sources_are_tables_whose_first_row_is_a_repeating_header()
    {
        using var document = await OpenAsync(SampleBriefs.Ordinary());

        var meetings = TableAfterHeading(document, "Appendix B — Visits and meetings");
        var header = meetings.Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["Date", "Kind", "Side A", "Side B", "Location", "Sources", "Evidence"], header.Elements<TableCell>().Select(TextOf));
        Assert.Equal(
            ["2017-08", "visit", "Visitor Tehran said the support would continue", "Host Tehran said the support would continue", "Place Tehran said the support would continue", "Outlet One", "[meeting:aaaaaaaaaaaa@300]"],
            meetings.Elements<TableRow>().ElementAt(1).Elements<TableCell>().Select(TextOf));

        var sources = TableAfterHeading(document, "Sources");
        var sourceHeader = sources.Elements<TableRow>().First();
        Assert.NotNull(sourceHeader.TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["Outlet", "Grade", "Documents"], sourceHeader.Elements<TableCell>().Select(TextOf));
    }

    [Fact]
    public async Task Statements_show_speaker_role_date_quoted_text_citations_topics_and_handle()
    {
        using var document = await OpenAsync(SampleBriefs.Ordinary());
        var texts = ParagraphTexts(document);

        Assert.Contains("Speaker One Tehran said the support would continue, spokesman Tehran said the support would continue — 2017-12-25", texts);
        Assert.Contains("“Tehran said the support would continue”", texts);
        Assert.Contains("Sources: Outlet One · Topics: military support · Evidence: [statement:aaaaaaaaaaaa@100]", texts);
        Assert.Contains(Body(document).Elements<Paragraph>(), p => StyleOf(p) == "Heading3" && TextOf(p) == "Organisation Tehran said the support would continue");
    }

    [Fact]
    public async Task Support_items_and_ranking_are_real_lists()
    {
        using var document = await OpenAsync(SampleBriefs.Ordinary());
        var paragraphs = Body(document).Elements<Paragraph>().ToList();

        var support = Assert.Single(paragraphs, p => StyleOf(p) == "ListBullet" && TextOf(p).StartsWith("Giver ", StringComparison.Ordinal));
        Assert.Contains("Credibility: 3 — possibly true.", TextOf(support), StringComparison.Ordinal);
        var ranking = paragraphs.Where(p => StyleOf(p) == "ListNumber").ToList();
        Assert.Equal(["H1 — weighted inconsistency 0.0", "H2 — weighted inconsistency 1.0"], ranking.Select(TextOf));
        var numId = ranking[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        Assert.Contains(document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>(), n => n.NumberID!.Value == numId);
    }

    [Fact]
    public async Task Both_charts_are_embedded_as_png_pictures()
    {
        using var document = await OpenAsync(SampleBriefs.Ordinary());
        var main = document.MainDocumentPart!;

        var images = main.ImageParts.ToList();
        Assert.Equal(2, images.Count);
        foreach (var image in images)
        {
            Assert.Equal("image/png", image.ContentType);
            using var stream = image.GetStream();
            var head = new byte[8];
            stream.ReadExactly(head);
            Assert.Equal(PngSignature, head);
        }

        var blips = Body(document).Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Select(b => b.Embed!.Value!).ToList();
        Assert.Equal(images.Select(main.GetIdOfPart).Order(), blips.Order());
    }

    [Fact]
    public async Task Chart_text_is_drawn_with_the_bundled_font_even_without_system_fonts()
    {
        // Only text, no shapes: if no font were found the picture would be blank white.
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"60\"><text x=\"10\" y=\"45\" font-size=\"36\" font-family=\"sans-serif\">Label</text></svg>";
        using var document = await OpenAsync(SampleBriefs.Ordinary() with { Charts = new BriefCharts(svg, svg) });

        using var stream = document.MainDocumentPart!.ImageParts.First().GetStream();
        using var bitmap = SkiaSharp.SKBitmap.Decode(stream);
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                dark += bitmap.GetPixel(x, y).Red < 128 ? 1 : 0;
            }
        }

        Assert.True(dark > 200, $"only {dark} dark pixels: the chart's text was not drawn");
    }

    [Fact]
    public async Task Hostile_text_appears_verbatim_and_no_field_is_written()
    {
        using var document = await OpenAsync(SampleBriefs.Hostile());
        var text = string.Join("\n", ParagraphTexts(document));

        foreach (var hostile in SampleBriefs.HostileTexts)
        {
            Assert.Contains(hostile, text, StringComparison.Ordinal);
        }

        var body = Body(document);
        Assert.Empty(body.Descendants<SimpleField>());
        Assert.Empty(body.Descendants<FieldCode>());
        Assert.Empty(body.Descendants<FieldChar>());
        using var reader = new StreamReader(document.MainDocumentPart!.GetStream());
        var xml = reader.ReadToEnd();
        Assert.DoesNotContain("fldSimple", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("instrText", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("fldChar", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<w:t>injected", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_runs_preserve_spaces()
    {
        using var document = await OpenAsync(SampleBriefs.Hostile());

        Assert.All(Body(document).Descendants<Text>(), t => Assert.Equal(SpaceProcessingModeValues.Preserve, t.Space!.Value));
    }

    [Theory]
    [InlineData("ordinary")]
    [InlineData("hostile")]
    [InlineData("long")]
    [InlineData("empty")]
    public async Task Document_passes_open_xml_validation(string which)
    {
        var brief = which switch
        {
            "hostile" => SampleBriefs.Hostile(),
            "long" => SampleBriefs.Long(),
            "empty" => WrittenBrief.Empty(),
            _ => SampleBriefs.Ordinary(),
        };
        using var document = await OpenAsync(brief);

        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
        {
            var errors = new OpenXmlValidator(version).Validate(document)
                .Select(e => $"{version}: {e.Description} at {e.Path?.XPath} in {e.Part?.Uri}")
                .ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public async Task A_brief_without_hypotheses_has_no_hypotheses_section()
    {
        using var document = await OpenAsync(SampleBriefs.Ordinary() with { Hypotheses = null });

        Assert.DoesNotContain(Body(document).Elements<Paragraph>(), p => StyleOf(p) == "Heading2" && TextOf(p) == "Hypotheses");
    }

    [Fact]
    public async Task An_empty_brief_says_none_and_notes_the_missing_charts()
    {
        using var document = await OpenAsync(WrittenBrief.Empty());
        var texts = ParagraphTexts(document);

        Assert.Contains("None.", texts);
        Assert.Contains(texts, t => t.StartsWith("Chart not available: Figure 1", StringComparison.Ordinal));
        Assert.Empty(document.MainDocumentPart!.ImageParts);
    }

    [Fact]
    public async Task Package_properties_are_dated_by_the_brief_not_the_clock()
    {
        using var document = await OpenAsync(SampleBriefs.Ordinary());

        Assert.Equal(new DateTime(2026, 11, 25), document.PackageProperties.Created);
        Assert.Equal(new DateTime(2026, 11, 25), document.PackageProperties.Modified);
        Assert.Equal(SampleBriefs.Ordinary().Header.Title, document.PackageProperties.Title);
    }
}
