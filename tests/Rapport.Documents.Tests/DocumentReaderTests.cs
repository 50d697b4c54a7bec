using System.Text;
using Rapport.Model;

namespace Rapport.Documents.Tests;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-reader-").FullName;
    private readonly DocumentReader _reader = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Plain_text_becomes_a_document_identified_by_the_hash_of_its_text()
    {
        var path = Write("visit.txt", "A delegation visited Tehran.\n");

        var result = await _reader.ReadAsync(path);

        var document = Assert.IsType<ReadDocument>(result).Document;
        Assert.Equal("A delegation visited Tehran.", document.Text);
        Assert.Equal(DocumentId.ForText(document.Text), document.Id);
        Assert.Equal(DocumentFormat.Text, document.Format);
        Assert.Equal(path, document.Origin);
    }

    [Fact]
    public async Task Windows_line_ends_and_a_byte_order_mark_do_not_change_the_identity()
    {
        var unix = await ReadDocumentAsync("unix.txt", Encoding.UTF8.GetBytes("line one\nline two\n"));
        var windows = await ReadDocumentAsync("windows.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("line one\r\nline two\r\n")]);

        Assert.Equal(unix.Id, windows.Id);
    }

    [Fact]
    public async Task Decomposed_accents_are_composed_so_the_same_name_has_one_identity()
    {
        var composed = await ReadDocumentAsync("a.txt", Encoding.UTF8.GetBytes("Caf\u00e9 talks"));
        var decomposed = await ReadDocumentAsync("b.txt", Encoding.UTF8.GetBytes("Cafe\u0301 talks"));

        Assert.Equal(composed.Id, decomposed.Id);
    }

    [Fact]
    public async Task Utf16_with_a_byte_order_mark_is_read()
    {
        var document = await ReadDocumentAsync("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Hamas and Iran")]);

        Assert.Equal("Hamas and Iran", document.Text);
    }

    [Fact]
    public async Task An_empty_file_is_rejected_as_empty()
    {
        Assert.Equal("empty file", await RejectionAsync("empty.txt", []));
    }

    [Fact]
    public async Task A_file_of_only_white_space_is_rejected_as_empty()
    {
        Assert.Equal("empty (only white space)", await RejectionAsync("blank.md", Encoding.UTF8.GetBytes(" \n\t\n  ")));
    }

    [Fact]
    public async Task A_binary_file_is_rejected_with_the_offset_of_its_first_nul_byte()
    {
        var reason = await RejectionAsync("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        Assert.Equal("binary content (NUL byte at offset 8)", reason);
    }

    [Fact]
    public async Task Text_full_of_control_characters_is_rejected_as_binary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray();

        Assert.StartsWith("binary content", await RejectionAsync("controls.txt", bytes));
    }

    [Fact]
    public async Task Invalid_utf8_is_rejected_rather_than_guessed()
    {
        var bytes = Encoding.UTF8.GetBytes("Statement by the spokesman ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();

        Assert.StartsWith("not valid UTF-8 text", await RejectionAsync("latin1.txt", bytes));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_rejected_before_it_is_read()
    {
        var reader = new DocumentReader(new ReaderOptions { MaxBytes = 10 });
        var path = Write("big.txt", "more than ten bytes of text");

        var result = Assert.IsType<Rejected>(await reader.ReadAsync(path));

        Assert.Equal("too large (27 bytes; the limit is 10)", result.Reason);
    }

    [Fact]
    public async Task A_missing_path_is_rejected_as_no_such_file()
    {
        var result = Assert.IsType<Rejected>(await _reader.ReadAsync(Path.Combine(_folder, "missing.txt")));

        Assert.Equal("no such file", result.Reason);
    }

    [Fact]
    public async Task An_unsupported_extension_is_rejected_naming_the_formats_that_are_read()
    {
        var result = Assert.IsType<Rejected>(await _reader.ReadAsync(Write("notes.docx", "text")));

        Assert.StartsWith("unsupported format '.docx'", result.Reason);
        Assert.Contains(".pdf", result.Reason);
    }

    [Fact]
    public async Task Html_keeps_the_visible_text_and_drops_scripts_styles_and_handlers()
    {
        const string html = """
            <html><head><title>Delegation in Tehran</title><style>p { color: red }</style>
            <script>alert('head')</script></head>
            <body><h1>Visit</h1><p>The delegation <b>met</b> officials.</p>
            <script>document.write('injected')</script><noscript>enable js</noscript>
            <ul><li>first point</li><li>second point</li></ul>
            <img src=x onerror="alert(1)"><p>Closing line.</p></body></html>
            """;

        var document = await ReadDocumentAsync("page.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal("Delegation in Tehran", document.Title);
        Assert.Equal("Visit\n\nThe delegation met officials.\n\n- first point\n\n- second point\n\nClosing line.", document.Text);
        Assert.DoesNotContain("alert", document.Text);
        Assert.DoesNotContain("injected", document.Text);
        Assert.DoesNotContain("color", document.Text);
        Assert.Equal(DocumentFormat.Html, document.Format);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-06-26T16:40:00Z\">", "", "2024-06-26")]
    [InlineData("<meta name=\"date\" content=\"2023-03-02\">", "", "2023-03-02")]
    [InlineData("", "<time datetime=\"2025-01-05T09:00:00+01:00\">5 January</time>", "2025-01-05")]
    [InlineData("", "", "")]
    public async Task Html_publication_date_is_read_from_the_pages_markup(string head, string body, string expected)
    {
        var html = $"<html><head><title>Wire</title>{head}</head><body><p>ZENDA, 26 Jun (Zeta Wire) - Talks opened.</p>{body}</body></html>";

        var document = await ReadDocumentAsync("wire.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(expected, document.PublishedOn.IsKnown ? document.PublishedOn.ToIsoString() : string.Empty);
    }

    [Fact]
    public async Task Markdown_labels_on_one_line_give_the_publication_date()
    {
        const string text = "# Episode 112\n\n**Recorded:** Wednesday 14 May 2025 · **Published:** Friday 16 May 2025\n\nTranscript.";

        var document = await ReadDocumentAsync("episode.md", Encoding.UTF8.GetBytes(text));

        Assert.Equal("2025-05-16", document.PublishedOn.ToIsoString());
    }

    [Fact]
    public async Task A_publication_line_with_a_time_of_day_gives_the_day()
    {
        const string text = "Treaty initialled\n\nPublished: 8 August 2025, 22:40 GMT\nUpdated: 9 August 2025, 09:15 GMT\n\nThe text.";

        var document = await ReadDocumentAsync("article.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal("2025-08-08", document.PublishedOn.ToIsoString());
    }

    [Fact]
    public async Task An_html_page_with_only_script_is_rejected_as_having_no_visible_text()
    {
        Assert.Equal("no visible text in the page", await RejectionAsync("script.html", Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script></body></html>")));
    }

    [Fact]
    public async Task A_pdf_text_layer_is_read()
    {
        var document = await ReadDocumentAsync("report.pdf", TestPdf.WithLines("Iran-Hamas Rapprochement", "The Qods Force provides support."));

        Assert.Contains("Qods Force provides support", document.Text);
        Assert.Equal(DocumentFormat.Pdf, document.Format);
    }

    [Fact]
    public async Task A_truncated_pdf_is_rejected_as_malformed()
    {
        var pdf = TestPdf.WithLines("Some line of text that makes the file longer than a header.");

        Assert.StartsWith("malformed PDF", await RejectionAsync("cut.pdf", pdf[..(pdf.Length / 3)]));
    }

    [Fact]
    public async Task A_file_named_pdf_that_is_not_one_is_rejected_as_malformed()
    {
        Assert.Equal("malformed PDF (no %PDF- header)", await RejectionAsync("fake.pdf", Encoding.UTF8.GetBytes("just text")));
    }

    [Fact]
    public async Task Header_lines_give_title_publisher_and_publication_date()
    {
        const string text = "# Hamas delegation in Tehran\n\nPublished: March 3, 2018\nPublisher: Sample desk\n\nThe head of the delegation met with the leader of the movement in the capital.";

        var document = await ReadDocumentAsync("headed.md", Encoding.UTF8.GetBytes(text));

        Assert.Equal("Hamas delegation in Tehran", document.Title);
        Assert.Equal("Sample desk", document.Publisher);
        Assert.Equal(PartialDate.OfDay(2018, 3, 3), document.PublishedOn);
        Assert.Equal("en", document.Language);
    }

    [Theory]
    [InlineData("2017-11-02", "2017-11-02")]
    [InlineData("25 December 2017", "2017-12-25")]
    [InlineData("25.12.2017", "2017-12-25")]
    [InlineData("August 2017", "2017-08")]
    [InlineData("2016", "2016")]
    [InlineData("February 30, 2017", "unknown")]
    [InlineData("soon", "unknown")]
    public void Header_dates_keep_the_precision_they_state(string written, string expected)
    {
        Assert.Equal(expected, HeaderMetadata.ParseDate(written).ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<Document> ReadDocumentAsync(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, bytes);
        var result = await _reader.ReadAsync(path);
        return Assert.IsType<ReadDocument>(result).Document;
    }

    private async Task<string> RejectionAsync(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, bytes);
        var result = await _reader.ReadAsync(path);
        var rejected = Assert.IsType<Rejected>(result);
        Assert.DoesNotContain('\n', rejected.Reason);
        return rejected.Reason;
    }
}
