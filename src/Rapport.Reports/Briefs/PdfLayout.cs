using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Rapport.Reports.Briefs;

/// <summary>
/// A small flow-layout engine over PDFsharp: a cursor that moves down the page, starts a new page when the next
/// thing does not fit, draws wrapped lines, and numbers the pages at the end. PDFsharp draws only where it is told
/// and MigraDoc (its layout layer) is not available, so flowing text across pages is done here.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    private readonly PdfDocument _document;
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];
    private XGraphics _graphics;
    private bool _finished;

    /// <summary>Starts the first page of <paramref name="document"/>.</summary>
    public PdfLayout(PdfDocument document, PdfTheme theme)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        _document = document;
        Theme = theme;
        _graphics = StartPage();
        Breaker = new PdfLineBreaker(Measure);
        Y = Top;
    }

    /// <summary>Fonts, colours and geometry.</summary>
    public PdfTheme Theme { get; }

    /// <summary>The drawing surface of the current page.</summary>
    public XGraphics Graphics => _graphics;

    /// <summary>
    /// The width of <paramref name="text"/> in <paramref name="font"/>. Measuring is most of a long brief's layout
    /// time and the same words recur on every page, so widths are kept; they hold on every page, since all pages
    /// share the fonts.
    /// </summary>
    public double Measure(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = _graphics.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }

        return width;
    }

    /// <summary>Breaks text into lines; its measurements hold on every page, since all pages share the fonts.</summary>
    public PdfLineBreaker Breaker { get; }

    /// <summary>The left edge of the text area.</summary>
    public double Left => Theme.Margin;

    /// <summary>The width of the text area.</summary>
    public double Width => Theme.PageWidth - (2 * Theme.Margin);

    /// <summary>Where the text area starts on every page.</summary>
    public double Top => Theme.Margin;

    /// <summary>Where the text area ends on every page.</summary>
    public double Bottom => Theme.PageHeight - Theme.BottomMargin;

    /// <summary>The cursor: where the next thing is drawn.</summary>
    public double Y { get; private set; }

    /// <summary>How much room is left on this page.</summary>
    public double Remaining => Bottom - Y;

    /// <summary>How much room an empty page has.</summary>
    public double PageRoom => Bottom - Top;

    /// <summary>Whether nothing has been drawn on this page yet (a page break there would only waste a page).</summary>
    public bool AtPageTop => Y <= Top + 0.01;

    /// <summary>Moves to a new page.</summary>
    public void NewPage()
    {
        _graphics.Dispose();
        _graphics = StartPage();
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits on this one or this page is still empty.</summary>
    public void EnsureRoom(double height)
    {
        if (height > Remaining && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>Moves the cursor down; at most to the bottom of the page, so space never pushes onto the next.</summary>
    public void Advance(double height) => Y = Math.Min(Y + height, Bottom);

    /// <summary>Draws lines at <paramref name="x"/>, breaking to a new page between lines as needed.</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="x">The left edge of the lines.</param>
    /// <param name="bar">A pen for a vertical bar just left of the lines (quotes), or null.</param>
    public void DrawLines(IReadOnlyList<PdfTextLine> lines, double x, XPen? bar = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            EnsureRoom(line.Height);
            DrawLine(line, x, Y);
            if (bar is not null)
            {
                _graphics.DrawLine(bar, x - 8, Y, x - 8, Y + line.Height);
            }

            Y += line.Height;
        }
    }

    /// <summary>
    /// Draws a paragraph's lines, breaking pages between lines the way a typesetter would: never its first line alone
    /// at the foot of a page (an orphan) nor its last line alone at the top of the next (a widow).
    /// </summary>
    /// <param name="lines">The paragraph's lines.</param>
    /// <param name="x">The left edge of the lines.</param>
    /// <param name="bar">A pen for a vertical bar just left of the lines (quotes), or null.</param>
    /// <param name="marker">A list marker drawn beside the first line, wherever that lands, or null.</param>
    /// <param name="markerX">Where the marker's left edge goes.</param>
    public void DrawParagraph(IReadOnlyList<PdfTextLine> lines, double x, XPen? bar = null, PdfRun? marker = null, double markerX = 0)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var next = 0;
        while (next < lines.Count)
        {
            var fit = 0;
            var height = 0.0;
            while (next + fit < lines.Count && height + lines[next + fit].Height <= Remaining)
            {
                height += lines[next + fit].Height;
                fit++;
            }

            var rest = lines.Count - next - fit;
            if (rest > 0 && !AtPageTop)
            {
                if (rest == 1)
                {
                    fit = Math.Max(0, fit - 1);
                }

                if (next == 0 && fit < 2)
                {
                    fit = 0;
                }
            }

            if (fit == 0)
            {
                if (!AtPageTop)
                {
                    NewPage();
                    continue;
                }

                // A line taller than a whole page: draw it anyway rather than loop for ever.
                fit = 1;
            }

            if (next == 0 && marker is not null)
            {
                _graphics.DrawString(marker.Text, marker.Font, marker.Brush, markerX, Y, XStringFormats.TopLeft);
            }

            DrawLines([.. lines.Skip(next).Take(fit)], x, bar);
            next += fit;
            if (next < lines.Count)
            {
                NewPage();
            }
        }
    }

    /// <summary>Draws one line with its top at <paramref name="y"/>, leaving the cursor alone (for table cells).</summary>
    public void DrawLine(PdfTextLine line, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(line);
        foreach (var piece in line.Pieces)
        {
            _graphics.DrawString(piece.Text, piece.Font, piece.Brush, x + piece.X, y, XStringFormats.TopLeft);
        }
    }

    /// <summary>
    /// Closes the last page and writes the footer on every page: <paramref name="footer"/> on the left, "Page n of m"
    /// on the right. Done at the end because the page count is only known then.
    /// </summary>
    public void Finish(string footer)
    {
        ArgumentNullException.ThrowIfNull(footer);
        _graphics.Dispose();
        _finished = true;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var ruleY = Bottom + 18;
            graphics.DrawLine(Theme.Rule, Left, ruleY, Left + Width, ruleY);
            var textY = ruleY + 4;
            graphics.DrawString(footer, Theme.Footer, Theme.Muted, Left, textY, XStringFormats.TopLeft);
            var number = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {count}");
            graphics.DrawString(number, Theme.Footer, Theme.Muted, Left + Width, textY, XStringFormats.TopRight);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_finished)
        {
            _graphics.Dispose();
        }
    }

    private XGraphics StartPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        return XGraphics.FromPdfPage(page);
    }
}
