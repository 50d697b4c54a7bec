using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Rapport.Testing;
using UglyToad.PdfPig;
using Wordprocessing = DocumentFormat.OpenXml.Wordprocessing;

namespace Rapport.Cli.Tests;

public sealed class BriefCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-brief-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Gold => File.ReadAllText(Path.Combine(RepoPaths.SharedDir, "gold", "itic-2018-iran-hamas-rapprochement.json"));

    private static string Corpus => Path.Combine(RepoPaths.SharedDir, "corpus");

    [Fact]
    public async Task The_html_brief_from_the_reference_corpus_holds_every_required_gold_statement_and_meeting()
    {
        var cli = new RapportCli(_folder);

        var run = await cli.RunAsync("brief", "--corpus", Corpus, "--dyad", "Iran", "Hamas", "-o", "brief.html");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("brief: ", run.Stdout);
        var html = await File.ReadAllTextAsync(Path.Combine(_folder, "brief.html"));
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(
            ["Overview", "Areas of support", "Appendix A — Statements", "Appendix B — Visits and meetings", "Sources"],
            document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Empty(BriefGoldCheck.Missing(document.Body!.TextContent, Gold));
    }

    [Fact]
    public async Task The_docx_brief_from_the_reference_corpus_holds_every_required_gold_statement_and_meeting()
    {
        var cli = new RapportCli(_folder);

        var run = await cli.RunAsync("brief", "--corpus", Corpus, "--dyad", "Iran", "Hamas", "-o", "brief.docx");

        Assert.Equal(0, run.ExitCode);
        using var word = WordprocessingDocument.Open(Path.Combine(_folder, "brief.docx"), isEditable: false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var headings = body.Descendants<Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2")
            .Select(p => p.InnerText)
            .ToList();
        Assert.Equal(["Overview", "Areas of support", "Appendix A — Statements", "Appendix B — Visits and meetings", "Sources"], headings);
        var text = string.Join('\n', body.Descendants<Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Empty(BriefGoldCheck.Missing(text, Gold));
    }

    [Fact]
    public async Task The_pdf_brief_from_the_reference_corpus_holds_every_required_gold_statement_and_meeting()
    {
        var cli = new RapportCli(_folder);

        var run = await cli.RunAsync("brief", "--corpus", Corpus, "--dyad", "Iran", "Hamas", "-o", "brief.pdf");

        Assert.Equal(0, run.ExitCode);
        using var pdf = PdfDocument.Open(Path.Combine(_folder, "brief.pdf"));
        Assert.True(pdf.NumberOfPages > 1);

        // Letters in the order they are drawn: a table row's cells, then the next row, as the layout writes them.
        var text = string.Join('\n', pdf.GetPages().Select(page => string.Concat(page.Letters.Select(l => l.Value))));
        Assert.Empty(BriefGoldCheck.Missing(text, Gold));
    }

    [SkippableFact]
    public async Task The_pdf_brief_renders_to_page_images_kept_for_review()
    {
        Skip.IfNot(File.Exists("/usr/bin/pdftoppm"), "PDF RENDER CHECK SKIPPED: pdftoppm (Debian poppler-utils) is not installed; scripts/test.sh installs it");
        var cli = new RapportCli(_folder);
        await cli.RunAsync("brief", "--corpus", Corpus, "--dyad", "Iran", "Hamas", "-o", "brief.pdf");
        var pages = Directory.CreateDirectory(Path.Combine(RepoPaths.RepoRoot, "artifacts", "brief-pages")).FullName;
        foreach (var old in Directory.GetFiles(pages, "*.png"))
        {
            File.Delete(old);
        }

        var (exit, output) = await CommandRunner.RunAsync("/usr/bin/pdftoppm", ["-r", "60", "-png", Path.Combine(_folder, "brief.pdf"), Path.Combine(pages, "page")], TimeSpan.FromMinutes(2));

        Assert.True(exit == 0, output);
        using var pdf = PdfDocument.Open(Path.Combine(_folder, "brief.pdf"));
        var images = Directory.GetFiles(pages, "*.png");
        Assert.Equal(pdf.NumberOfPages, images.Length);
        Assert.All(images, image => Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(image)[..4]));
    }

    [Fact]
    public async Task The_gold_check_reports_what_a_brief_leaves_out()
    {
        var cli = new RapportCli(_folder);
        await cli.RunAsync("brief", "--corpus", Corpus, "--dyad", "Iran", "Hamas", "-o", "brief.html");
        var text = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(_folder, "brief.html"))).Body!.TextContent;

        // The same brief with Appendix B emptied, and with one outlet's name blanked out everywhere.
        var start = text.IndexOf("Appendix B — Visits and meetings", StringComparison.Ordinal);
        var end = text.LastIndexOf("Sources", StringComparison.Ordinal);
        var withoutMeetings = text[..(start + 32)] + text[end..];
        var withoutTasnim = text.Replace("Tasnim", "T", StringComparison.Ordinal);

        Assert.All(BriefGoldCheck.Missing(withoutMeetings, Gold), m => Assert.StartsWith("meeting", m, StringComparison.Ordinal));
        Assert.Equal(10, BriefGoldCheck.Missing(withoutMeetings, Gold).Count);
        Assert.Contains(BriefGoldCheck.Missing(withoutTasnim, Gold), m => m.StartsWith("statement Qassem Soleimani 2017-12-11", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_html_brief_is_self_contained_and_forbids_scripts()
    {
        var cli = new RapportCli(_folder);

        await cli.RunAsync("brief", "--corpus", Corpus, "--dyad", "Iran", "Hamas", "-o", "brief.html");

        var html = await File.ReadAllTextAsync(Path.Combine(_folder, "brief.html"));
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.Scripts);
        Assert.Equal(2, document.QuerySelectorAll("figure svg").Length);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_brief_with_the_same_corpus_ingests_nothing_new()
    {
        var cli = new RapportCli(_folder);

        await cli.RunAsync("brief", "--corpus", Corpus, "--dyad", "Iran", "Hamas", "-o", "one.md");
        var second = await cli.RunAsync("brief", "--corpus", Corpus, "--dyad", "Iran", "Hamas", "-o", "two.md");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("corpus: 0 added, 1 already present", second.Stdout);
        var markdown = await File.ReadAllTextAsync(Path.Combine(_folder, "two.md"));
        Assert.StartsWith("# ", markdown, StringComparison.Ordinal);
        Assert.Contains("## Appendix A — Statements", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_document_text_is_inert_in_the_html_brief()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "hostile")).FullName;
        await File.WriteAllTextAsync(Path.Combine(corpus, "hostile.txt"), """
            Hostile report
            Published: 3 January 2018

            Hamas spokesman Fawzi Barhoum said that "<script>alert(1)</script> {{ 7*7 }} **bold** { DDEAUTO c:\cmd.exe } <img src=x onerror=alert(2)>" was the answer to Iran (Fars, January 2, 2018).
            """);
        var cli = new RapportCli(_folder);

        var run = await cli.RunAsync("brief", "--corpus", corpus, "--dyad", "Iran", "Hamas", "-o", "brief.html");

        Assert.Equal(0, run.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(_folder, "brief.html"));
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.Scripts);
        Assert.Empty(document.QuerySelectorAll("img"));
        var text = document.Body!.TextContent;
        Assert.Contains("<script>alert(1)</script> {{ 7*7 }} **bold** { DDEAUTO c:\\cmd.exe } <img src=x onerror=alert(2)>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("brief.txt", "the output must end in")]
    [InlineData("brief.html --from 2017-13", "--from must be a month")]
    public async Task Bad_options_are_one_line_usage_errors(string tail, string message)
    {
        var cli = new RapportCli(_folder);
        var args = new[] { "brief", "--dyad", "Iran", "Hamas", "-o" }.Concat(tail.Split(' ')).ToArray();

        var run = await cli.RunAsync(args);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace);
    }

    [Fact]
    public async Task An_unknown_side_is_a_clear_error_and_writes_no_brief()
    {
        var cli = new RapportCli(_folder);

        var run = await cli.RunAsync("brief", "--corpus", Corpus, "--dyad", "Atlantis", "Hamas", "-o", "brief.html");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Atlantis", run.Stderr, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace);
        Assert.False(File.Exists(Path.Combine(_folder, "brief.html")));
    }
}
