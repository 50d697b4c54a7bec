using System.Text;
using Rapport.Storage.Sqlite;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Rapport.Cli.Tests;

public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-hostile-").FullName;
    private readonly RapportCli _cli;

    public HostileInputTests() => _cli = new RapportCli(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "empty.txt", [], "empty file" },
        { "binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00], "binary content (NUL byte at offset 7)" },
        { "latin1.txt", Encoding.Latin1.GetBytes("Déclaration du porte-parole"), "not valid UTF-8 text" },
        { "script-only.html", Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script></body></html>"), "no visible text in the page" },
        { "truncated.pdf", TruncatedPdf(), "malformed PDF" },
        { "notes.docx", Encoding.UTF8.GetBytes("plain words"), "unsupported format '.docx'" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gets_one_line_with_its_path_and_reason_exit_code_2_and_leaves_the_store_empty(string name, byte[] content, string reason)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, content);

        var result = await _cli.RunAsync("ingest", path);

        Assert.Equal(ExitCodes.InputsRejected, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"rejected: {path}: {reason}", line);
        Assert.True(result.HasNoStackTrace);
        Assert.Contains("0 added, 0 already present, 1 rejected", result.Stdout);
        Assert.Equal(0, await CountDocumentsAsync());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_rejected_with_the_limit_named()
    {
        var path = Path.Combine(_folder, "long.txt");
        await File.WriteAllTextAsync(path, new string('x', 5_000));

        var result = await _cli.RunAsync("ingest", "--max-size", "1000", path);

        Assert.Equal(ExitCodes.InputsRejected, result.ExitCode);
        Assert.Equal($"rejected: {path}: too large (5,000 bytes; the limit is 1,000)", Assert.Single(result.ErrorLines));
        Assert.Equal(0, await CountDocumentsAsync());
    }

    [Fact]
    public async Task A_missing_path_is_reported_and_the_other_inputs_are_still_ingested()
    {
        var good = Path.Combine(_folder, "good.txt");
        await File.WriteAllTextAsync(good, "A delegation arrived in the capital on Tuesday.");
        var missing = Path.Combine(_folder, "no-such-file.txt");

        var result = await _cli.RunAsync("ingest", missing, good);

        Assert.Equal(ExitCodes.InputsRejected, result.ExitCode);
        Assert.Equal($"rejected: {missing}: no such file or folder", Assert.Single(result.ErrorLines));
        Assert.Equal(1, await CountDocumentsAsync());
    }

    [Fact]
    public async Task An_html_page_with_scripts_is_stored_without_them()
    {
        var page = Path.Combine(_folder, "page.html");
        await File.WriteAllTextAsync(page, "<html><head><script>var secret = 'payload';</script></head><body><p>The envoy met the leadership.</p><script>alert('x')</script></body></html>");

        var result = await _cli.RunAsync("ingest", page);
        var search = await _cli.RunAsync("search", "payload");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(1, await CountDocumentsAsync());
        Assert.Contains("no documents match", search.Stdout);
    }

    [Fact]
    public async Task A_folder_of_a_thousand_files_with_one_bad_one_stores_exactly_the_good_ones()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        for (var i = 0; i < 1000; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(corpus, $"doc-{i:D4}.txt"), $"Report {i}: the delegation number {i} met its hosts and discussed support.");
        }

        var bad = Path.Combine(corpus, "doc-0500.txt");
        await File.WriteAllBytesAsync(bad, [0x41, 0x00, 0x42]);

        var result = await _cli.RunAsync("ingest", corpus);

        Assert.Equal(ExitCodes.InputsRejected, result.ExitCode);
        Assert.Equal($"rejected: {bad}: binary content (NUL byte at offset 1)", Assert.Single(result.ErrorLines));
        Assert.Contains("999 added, 0 already present, 1 rejected", result.Stdout);
        Assert.Equal(999, await CountDocumentsAsync());
    }

    private async Task<long> CountDocumentsAsync()
    {
        var path = Path.Combine(_folder, "rapport.db");
        if (!File.Exists(path))
        {
            return 0;
        }

        await using var store = await SqliteKnowledgeStore.OpenAsync(path, createIfMissing: false);
        return await store.CountDocumentsAsync();
    }

    private static byte[] TruncatedPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("A page whose file will be cut short in transit.", 12, new PdfPoint(50, 700), font);
        var pdf = builder.Build();
        return pdf[..(pdf.Length / 3)];
    }
}
