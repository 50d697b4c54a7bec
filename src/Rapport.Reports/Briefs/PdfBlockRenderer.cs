using PdfSharp.Drawing;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Draws outline blocks on a <see cref="PdfLayout"/>: headings kept with what follows, paragraphs by role, lists
/// with hanging markers, tables, and charts as PNG images. Text is drawn as text, never interpreted, so markup in
/// documents is inert here by construction.
/// </summary>
internal sealed class PdfBlockRenderer(PdfLayout layout) : IDisposable
{
    private const double ListIndent = 16;
    private const double QuoteIndent = 14;

    // Images must outlive the drawing calls until the document is saved; they are released with the renderer.
    private readonly List<XImage> _images = [];

    private PdfTheme Theme => layout.Theme;

    /// <summary>Draws one block at the cursor.</summary>
    public void Render(OutlineBlock block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Heading(heading);
                break;
            case ParagraphBlock paragraph:
                Paragraph(paragraph.Spans, paragraph.Role);
                break;
            case KeepTogetherBlock group:
                KeepTogether(group);
                break;
            case ListBlock list:
                List(list);
                break;
            case TableBlock table:
                Table(table);
                break;
            case ChartBlock chart:
                Chart(chart);
                break;
            default:
                throw new ArgumentException($"no PDF rendering for {block.GetType().Name}", nameof(block));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var image in _images)
        {
            image.Dispose();
        }

        _images.Clear();
    }

    private void Heading(HeadingBlock heading)
    {
        var level = Math.Clamp(heading.Level, 1, 3);
        var font = Theme.Headings[level - 1];
        if (!layout.AtPageTop)
        {
            layout.Advance(level switch { 1 => 0, 2 => 14, _ => 8 });
        }

        var lines = layout.Breaker.Break([new PdfRun(heading.Text, font, Theme.HeadingInk)], layout.Width);

        // Keep the heading with the first lines of what it heads.
        layout.EnsureRoom(lines.Sum(l => l.Height) + (3 * Theme.Body.GetHeight()));
        layout.DrawLines(lines, layout.Left);
        if (level <= 2)
        {
            layout.Advance(2);
            layout.Graphics.DrawLine(level == 1 ? Theme.QuoteBar : Theme.Rule, layout.Left, layout.Y, layout.Left + layout.Width, layout.Y);
        }

        layout.Advance(level == 1 ? 8 : 5);
    }

    private void Paragraph(IReadOnlyList<OutlineSpan> spans, OutlineRole role)
    {
        var (indent, after) = Spacing(role);
        var lines = layout.Breaker.Break(Runs(spans, role), layout.Width - indent);
        layout.DrawParagraph(lines, layout.Left + indent, role == OutlineRole.Quote ? Theme.QuoteBar : null);
        layout.Advance(after);
    }

    // A group that fits on half a page is moved whole to the next page rather than split; a longer one flows.
    private void KeepTogether(KeepTogetherBlock group)
    {
        var height = group.Paragraphs.Sum(p =>
        {
            var (indent, after) = Spacing(p.Role);
            return layout.Breaker.Break(Runs(p.Spans, p.Role), layout.Width - indent).Sum(l => l.Height) + after;
        });
        if (height <= layout.PageRoom / 2)
        {
            layout.EnsureRoom(height);
        }

        foreach (var paragraph in group.Paragraphs)
        {
            Paragraph(paragraph.Spans, paragraph.Role);
        }
    }

    private static (double Indent, double After) Spacing(OutlineRole role) => role switch
    {
        OutlineRole.Quote => (QuoteIndent, 2.0),
        OutlineRole.Note => (QuoteIndent, 9.0),
        OutlineRole.Caption => (0.0, 4.0),
        _ => (0.0, 5.0),
    };

    private void List(ListBlock list)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            var lines = layout.Breaker.Break(Runs(list.Items[i], OutlineRole.Body), layout.Width - ListIndent);
            var marker = new PdfRun(list.Numbered ? $"{i + 1}." : "•", Theme.Body, Theme.Ink);
            layout.DrawParagraph(lines, layout.Left + ListIndent, marker: marker, markerX: layout.Left + 4);
            layout.Advance(3);
        }

        layout.Advance(3);
    }

    private void Table(TableBlock table)
    {
        var caption = layout.Breaker.Break(Runs([new OutlineSpan(table.Caption, OutlineEmphasis.Strong)], OutlineRole.Caption), layout.Width);

        // The caption goes with the table's header and first rows.
        layout.EnsureRoom(caption.Sum(l => l.Height) + (5 * Theme.Table.GetHeight()));
        layout.DrawLines(caption, layout.Left);
        layout.Advance(3);
        new PdfTableRenderer(layout).Draw(table.Header, table.Rows);
        layout.Advance(10);
    }

    private void Chart(ChartBlock chart)
    {
        var raster = ChartRasterizer.Rasterize(chart.Svg);
        if (raster is null)
        {
            Paragraph([new OutlineSpan("Chart not available: " + chart.Caption)], OutlineRole.Caption);
            return;
        }

        var width = Math.Min(raster.WidthPoints, layout.Width);
        var height = raster.HeightPoints * width / raster.WidthPoints;
        var maxHeight = layout.PageRoom * 0.6;
        if (height > maxHeight)
        {
            width *= maxHeight / height;
            height = maxHeight;
        }

        var caption = layout.Breaker.Break(Runs([new OutlineSpan(chart.Caption)], OutlineRole.Caption), layout.Width);
        layout.Advance(4);
        layout.EnsureRoom(height + 6 + caption.Sum(l => l.Height));
        var image = XImage.FromStream(new MemoryStream(raster.Png, writable: false));
        _images.Add(image);
        var x = layout.Left + ((layout.Width - width) / 2);
        var rect = new XRect(x, layout.Y, width, height);
        layout.Graphics.DrawImage(image, rect);
        layout.Graphics.DrawRectangle(Theme.Rule, rect);
        layout.Advance(height + 4);
        layout.DrawLines(caption, layout.Left);
        layout.Advance(10);
    }

    private List<PdfRun> Runs(IReadOnlyList<OutlineSpan> spans, OutlineRole role)
    {
        var small = role is OutlineRole.Note or OutlineRole.Caption;
        var regular = small ? Theme.Note : Theme.Body;
        var bold = small ? Theme.NoteBold : Theme.BodyBold;
        var ink = small ? Theme.Muted : Theme.Ink;
        return [.. spans.Select(s => s.Emphasis switch
        {
            OutlineEmphasis.Strong => new PdfRun(s.Text, bold, ink),
            OutlineEmphasis.MachineDrafted => new PdfRun(s.Text, bold, Theme.Drafted),
            OutlineEmphasis.Evidence => new PdfRun(s.Text, small ? regular : Theme.Note, Theme.Muted),
            _ => new PdfRun(s.Text, regular, ink),
        })];
    }
}
