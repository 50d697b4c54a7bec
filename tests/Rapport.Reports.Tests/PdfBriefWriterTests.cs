using System.Text;
using Rapport.Reports.Briefs;
using UglyToad.PdfPig;

namespace Rapport.Reports.Tests;

public sealed class PdfBriefWriterTests
{
    private static async Task<byte[]> WriteAsync(Brief brief) => await WrittenBrief.BytesAsync(new PdfBriefWriter(), brief);

    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => p.Text)];
    }

    private static string Squeezed(byte[] pdf) => WrittenBrief.Squeezed(string.Concat(PageTexts(pdf)));

    [Fact]
    public void Extension_is_pdf() => Assert.Equal("pdf", new PdfBriefWriter().Extension);

    [Fact]
    public async Task Output_is_a_pdf_file()
    {
        var pdf = await WriteAsync(SampleBriefs.Ordinary());

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
    }

    [Fact]
    public async Task Section_headings_appear_in_the_extracted_text_with_their_dashes()
    {
        var text = Squeezed(await WriteAsync(SampleBriefs.Ordinary()));

        foreach (var heading in new[] { "Overview", "Trend", "Activity by period", "Assessments", "Areas of support", "Hypotheses", "Appendix A — Statements", "Appendix B — Visits and meetings", "Sources" })
        {
            Assert.Contains(WrittenBrief.Squeezed(heading), text, StringComparison.Ordinal);
        }

        var header = SampleBriefs.Ordinary().Header;
        Assert.Contains(WrittenBrief.Squeezed(header.Title), text, StringComparison.Ordinal);
        Assert.Contains(WrittenBrief.Squeezed(BriefText.Dyad(header)), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_shows_its_speaker_date_and_outlet()
    {
        var text = Squeezed(await WriteAsync(SampleBriefs.Ordinary()));

        Assert.Contains(WrittenBrief.Squeezed("Speaker One Tehran said the support would continue, spokesman"), text, StringComparison.Ordinal);
        Assert.Contains("—2017-12-25", text, StringComparison.Ordinal);
        Assert.Contains(WrittenBrief.Squeezed("Sources: Outlet One · Topics: military support · Evidence: [statement:aaaaaaaaaaaa@100]"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafted_sentences_are_marked_and_cite_their_evidence()
    {
        var text = Squeezed(await WriteAsync(SampleBriefs.Ordinary()));

        Assert.Contains(WrittenBrief.Squeezed("[Machine-drafted] The score rose in 2017-08 Tehran said the support would continue (meeting:aaaaaaaaaaaa@300)"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_text_appears_verbatim()
    {
        var text = Squeezed(await WriteAsync(SampleBriefs.Hostile()));

        foreach (var hostile in SampleBriefs.HostileTexts)
        {
            Assert.Contains(WrittenBrief.Squeezed(hostile), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_long_brief_runs_over_several_numbered_pages_and_loses_no_statement()
    {
        var pages = PageTexts(await WriteAsync(SampleBriefs.Long()));

        Assert.True(pages.Count > 3, $"only {pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }

        var text = WrittenBrief.Squeezed(string.Concat(pages));
        for (var i = 1; i <= 80; i++)
        {
            Assert.Contains($"Statement{i}said", text, StringComparison.Ordinal);
        }

        for (var i = 1; i <= 60; i++)
        {
            Assert.Contains($"meeting:bbbbbbbbbbbb@{5000 + i}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_table_split_across_pages_repeats_its_header_row()
    {
        var pages = PageTexts(await WriteAsync(SampleBriefs.Long(statements: 4, meetings: 120)));

        var withMeetingRows = pages.Where(p => p.Contains("meeting:bbbbbbbbbbbb@", StringComparison.Ordinal)).ToList();
        Assert.True(withMeetingRows.Count >= 2, "the meetings table should span pages");
        Assert.All(withMeetingRows, p => Assert.Contains("DateKindSideASideBLocationSourcesEvidence", WrittenBrief.Squeezed(p), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Both_charts_are_drawn_as_images()
    {
        var pdf = await WriteAsync(SampleBriefs.Ordinary());

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(2, document.GetPages().Sum(p => p.GetImages().Count()));
    }

    [Fact]
    public async Task Text_is_set_in_the_embedded_dejavu_font()
    {
        var pdf = await WriteAsync(SampleBriefs.Ordinary());

        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains("DejaVu", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_brief_without_hypotheses_has_no_hypotheses_section()
    {
        var text = Squeezed(await WriteAsync(SampleBriefs.Ordinary() with { Hypotheses = null }));

        Assert.DoesNotContain("Hypotheses", text, StringComparison.Ordinal);
        Assert.Contains("Sources", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_brief_still_writes_every_section()
    {
        var text = Squeezed(await WriteAsync(WrittenBrief.Empty()));

        Assert.Contains("None.", text, StringComparison.Ordinal);
        Assert.Contains(WrittenBrief.Squeezed("Chart not available: Figure 1"), text, StringComparison.Ordinal);
        Assert.Contains(WrittenBrief.Squeezed("Appendix B — Visits and meetings"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unprintable_characters_become_replacement_marks_instead_of_failing()
    {
        var brief = SampleBriefs.Ordinary() with { Sources = [new BriefSource("Bell\u0007 and \uD800 lone", "F", ["tab\there"])] };

        var text = Squeezed(await WriteAsync(brief));

        Assert.Contains("Bell\uFFFDand\uFFFDlone", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Briefs_can_be_written_in_parallel()
    {
        var writes = Enumerable.Range(0, 4).Select(_ => Task.Run(() => WriteAsync(SampleBriefs.Ordinary())));

        var results = await Task.WhenAll(writes);

        Assert.All(results, pdf => Assert.Contains("Overview", Squeezed(pdf), StringComparison.Ordinal));
    }
}
