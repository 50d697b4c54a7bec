using System.Text;
using Rapport.Services.Exports;

namespace Rapport.Services.Tests.Exports;

[Collection(ExportCollection.Name)]
public sealed class CsvExportTests
{
    private readonly ExportStore _kb;

    public CsvExportTests(ExportStore kb) => _kb = kb;

    [Fact]
    public async Task Both_tables_read_back_as_RFC_4180_with_their_headers_and_a_fixed_width()
    {
        var (entities, links) = await _kb.CsvAsync();

        var entityRows = Read(entities);
        var linkRows = Read(links);
        Assert.Equal(CsvExporter.EntityHeader.Split(','), entityRows[0]);
        Assert.Equal(CsvExporter.LinkHeader.Split(','), linkRows[0]);
        Assert.All(entityRows, r => Assert.Equal(6, r.Count));
        Assert.All(linkRows, r => Assert.Equal(9, r.Count));
        var keys = entityRows.Skip(1).Select(r => r[0]).ToHashSet();
        Assert.All(linkRows.Skip(1), r => Assert.True(keys.Contains(r[0]) && keys.Contains(r[1]), $"{r[0]} -> {r[1]}"));
        Assert.Contains(linkRows, r => r[2] == "support:weapons" && r[8].StartsWith("support:", StringComparison.Ordinal));
        Assert.Contains(linkRows, r => r[2] == "meeting:visit" && r[3] == "2014-12-08" && r[7].Contains("Tasnim (B)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_from_documents_that_starts_like_a_formula_is_guarded_and_quotes_survive()
    {
        var (_, links) = await _kb.CsvAsync();
        var cells = Read(links).SelectMany(r => r).ToList();

        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@');
        Assert.Contains($"'{ExportStore.Formula} (F)", cells);
        Assert.Contains(cells, c => c.Contains(ExportStore.Template, StringComparison.Ordinal) && c.Contains("\"Iran provides Hamas", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31 6", "'+31 6")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void A_cell_is_guarded_then_quoted(string text, string expected) => Assert.Equal(expected, CsvCell.Text(text));

    [Fact]
    public async Task Two_exports_are_byte_identical_with_CRLF_lines_and_a_byte_order_mark()
    {
        var first = await _kb.CsvAsync();
        var second = await _kb.CsvAsync();

        Assert.Equal(first.Entities, second.Entities);
        Assert.Equal(first.Links, second.Links);
        Assert.Equal([0xEF, 0xBB, 0xBF], first.Entities[..3]);
        Assert.EndsWith("\r\n", Encoding.UTF8.GetString(first.Links), StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_file_name_gives_sibling_tables_and_a_folder_gives_fixed_names()
    {
        Assert.Equal((Path.Combine("out", "kb-entities.csv"), Path.Combine("out", "kb-links.csv")), ExportService.CsvPaths(Path.Combine("out", "kb.csv")));
        Assert.Equal((Path.Combine("out", "entities.csv"), Path.Combine("out", "links.csv")), ExportService.CsvPaths("out"));
    }

    // An RFC 4180 reader written for the test: quoted fields may hold commas, doubled quotes and line breaks.
    private static List<List<string>> Read(byte[] bytes)
    {
        var text = new UTF8Encoding(true).GetString(bytes).TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.Equal(0, field.Length);
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.NotEqual('\n', c);
                field.Append(c);
            }
        }

        Assert.False(quoted);
        Assert.Empty(row);
        Assert.Equal(0, field.Length);
        return rows;
    }
}
