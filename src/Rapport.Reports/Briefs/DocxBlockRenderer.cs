using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Turns outline blocks into WordprocessingML: styled paragraphs, real lists, real tables with a repeating header
/// row, and charts as inline PNG pictures. Every element is built through the Open XML SDK's typed classes, never
/// from strings, so document text cannot become markup.
/// </summary>
internal sealed class DocxBlockRenderer(MainDocumentPart main, Numbering numbering)
{
    /// <summary>The text width of an A4 page with 2 cm margins, in twentieths of a point.</summary>
    public const int ContentWidthTwips = 11906 - (2 * 1134);

    private const string HeaderFill = "E4E9F0";

    // A column never gets less than this many characters' worth of weight, nor more than the cap, so one long
    // cell cannot squeeze the others to slivers.
    private const int MinColumnWeight = 4;
    private const int MaxColumnWeight = 40;

    private uint _nextDrawingId = 1;

    /// <summary>The elements for one block, to append to the body in order.</summary>
    public IEnumerable<OpenXmlElement> Render(OutlineBlock block) => block switch
    {
        HeadingBlock heading => [Styled(DocxStyles.Heading(heading.Level), DocxText.Run(heading.Text))],
        ParagraphBlock paragraph => [Paragraph(paragraph.Spans, paragraph.Role)],
        KeepTogetherBlock group => KeepTogether(group),
        ListBlock list => List(list),
        TableBlock table => [Caption(table.Caption), Table(table)],
        ChartBlock chart => Chart(chart),
        _ => throw new ArgumentException($"no DOCX rendering for {block.GetType().Name}", nameof(block)),
    };

    private static Paragraph Paragraph(IReadOnlyList<OutlineSpan> spans, OutlineRole role)
    {
        var style = role switch
        {
            OutlineRole.Quote => DocxStyles.Quote,
            OutlineRole.Note => DocxStyles.Note,
            OutlineRole.Caption => DocxStyles.Caption,
            _ => null,
        };
        return Styled(style, Runs(spans));
    }

    // Word's own pagination keeps the group together: every paragraph keeps its lines together, and all but the last
    // keep with the next one.
    private static IEnumerable<Paragraph> KeepTogether(KeepTogetherBlock group) =>
        group.Paragraphs.Select((block, i) =>
        {
            var paragraph = Paragraph(block.Spans, block.Role);
            var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
            var keepLines = properties.ParagraphStyleId is { } style ? style.InsertAfterSelf(new KeepLines()) : properties.PrependChild(new KeepLines());
            if (i < group.Paragraphs.Count - 1)
            {
                keepLines.InsertBeforeSelf(new KeepNext());
            }

            return paragraph;
        });

    private static IEnumerable<Run> Runs(IReadOnlyList<OutlineSpan> spans) =>
        spans.Select(s => DocxText.Run(s.Text, s.Emphasis switch
        {
            OutlineEmphasis.Strong => DocxStyles.Strong,
            OutlineEmphasis.MachineDrafted => DocxStyles.MachineDrafted,
            OutlineEmphasis.Evidence => DocxStyles.Evidence,
            _ => null,
        }));

    // Takes runs as a sequence of Run, not of OpenXmlElement: a Run is itself an IEnumerable<OpenXmlElement> (of its
    // children), so a looser signature would silently take a single run's children instead of the run.
    private static Paragraph Styled(string? style, IEnumerable<Run> runs)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        foreach (var run in runs)
        {
            paragraph.Append(run);
        }

        return paragraph;
    }

    private static Paragraph Styled(string? style, Run run) => Styled(style, [run]);

    private static Paragraph Caption(string text) => Styled(DocxStyles.Caption, DocxText.Run(text));

    private IEnumerable<OpenXmlElement> List(ListBlock list)
    {
        if (!list.Numbered)
        {
            return list.Items.Select(item => Styled(DocxStyles.ListBullet, Runs(item)));
        }

        var id = DocxNumbering.AddRestartedDecimal(numbering);
        return list.Items.Select(item =>
        {
            var paragraph = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = DocxStyles.ListNumber },
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = id })));
            paragraph.Append(Runs(item));
            return paragraph;
        });
    }

    private static Table Table(TableBlock block)
    {
        var widths = ColumnWidths(block);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.Table },
                new TableWidth { Width = ContentWidthTwips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        // The header row repeats at the top of every page the table runs onto.
        table.Append(new TableRow(
            [new TableRowProperties(new TableHeader()), .. block.Header.Select((text, c) => Cell(text, widths[c], header: true))]));
        foreach (var row in block.Rows)
        {
            table.Append(new TableRow(widths.Select((w, c) => Cell(c < row.Count ? row[c] : string.Empty, w, header: false))));
        }

        return table;
    }

    private static TableCell Cell(string text, int width, bool header)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (header)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill });
        }

        return new TableCell(properties, Styled(DocxStyles.TableText, DocxText.Run(text, bold: header)));
    }

    // Column widths in proportion to their longest text, within bounds, adding up to the text width exactly.
    private static int[] ColumnWidths(TableBlock block)
    {
        var weights = block.Header
            .Select((h, c) => Math.Clamp(block.Rows.Select(r => c < r.Count ? r[c].Length : 0).Append(h.Length).Max(), MinColumnWeight, MaxColumnWeight))
            .ToArray();
        var total = weights.Sum();
        var widths = weights.Select(w => ContentWidthTwips * w / total).ToArray();
        widths[^1] += ContentWidthTwips - widths.Sum();
        return widths;
    }

    private IEnumerable<OpenXmlElement> Chart(ChartBlock block)
    {
        var chart = ChartRasterizer.Rasterize(block.Svg);
        if (chart is null)
        {
            return [Caption("Chart not available: " + block.Caption)];
        }

        var width = Math.Min(chart.WidthPoints, ContentWidthTwips / 20.0);
        var picture = DocxPicture.Create(main, chart, width, _nextDrawingId++, PrintableText.Clean(block.Caption));
        var holder = new Paragraph(
            new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "0" }, new Justification { Val = JustificationValues.Center }),
            picture);
        return [holder, Caption(block.Caption)];
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
