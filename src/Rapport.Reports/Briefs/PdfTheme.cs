using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Rapport.Reports.Briefs;

/// <summary>
/// The PDF brief's fonts, sizes, colours and page geometry in one place, so the layout code holds no magic numbers.
/// Fonts are created here, after the embedded font resolver is installed, and always with Unicode encoding: PDFsharp's
/// default (WinAnsi) cannot hold arrows, most non-Latin letters, or the dashes outside code page 1252.
/// </summary>
internal sealed class PdfTheme
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    /// <summary>Builds the theme; installs the embedded font resolver first if nobody has yet.</summary>
    public PdfTheme()
    {
        PdfFontResolver.EnsureInstalled();
        Body = Font(10, bold: false);
        BodyBold = Font(10, bold: true);
        Note = Font(8.5, bold: false);
        NoteBold = Font(8.5, bold: true);
        Table = Font(8, bold: false);
        TableBold = Font(8, bold: true);
        Footer = Font(7.5, bold: false);
        Headings = [Font(18, bold: true), Font(14, bold: true), Font(11.5, bold: true)];
    }

    /// <summary>A4 width in points.</summary>
    public double PageWidth => 595.28;

    /// <summary>A4 height in points.</summary>
    public double PageHeight => 841.89;

    /// <summary>Left, right and top margin (2 cm).</summary>
    public double Margin => 56.7;

    /// <summary>Bottom margin, larger than the others to leave room for the footer.</summary>
    public double BottomMargin => 68;

    /// <summary>Running text.</summary>
    public XFont Body { get; }

    /// <summary>Running text, bold.</summary>
    public XFont BodyBold { get; }

    /// <summary>Notes and captions.</summary>
    public XFont Note { get; }

    /// <summary>Notes and captions, bold.</summary>
    public XFont NoteBold { get; }

    /// <summary>Table cells.</summary>
    public XFont Table { get; }

    /// <summary>Table headers.</summary>
    public XFont TableBold { get; }

    /// <summary>The page footer.</summary>
    public XFont Footer { get; }

    /// <summary>Heading fonts for levels 1 to 3.</summary>
    public IReadOnlyList<XFont> Headings { get; }

    /// <summary>Ordinary text.</summary>
    public XBrush Ink { get; } = new XSolidBrush(XColor.FromArgb(0x1A, 0x1A, 0x1A));

    /// <summary>Secondary text: handles, notes, captions, the footer.</summary>
    public XBrush Muted { get; } = new XSolidBrush(XColor.FromArgb(0x5F, 0x63, 0x68));

    /// <summary>The machine-drafted marker, in a colour no source text has.</summary>
    public XBrush Drafted { get; } = new XSolidBrush(XColor.FromArgb(0xA0, 0x4A, 0x00));

    /// <summary>Headings.</summary>
    public XBrush HeadingInk { get; } = new XSolidBrush(XColor.FromArgb(0x1F, 0x3A, 0x5F));

    /// <summary>The header row of tables.</summary>
    public XBrush HeaderFill { get; } = new XSolidBrush(XColor.FromArgb(0xE4, 0xE9, 0xF0));

    /// <summary>Every other body row of tables, to guide the eye along wide rows.</summary>
    public XBrush StripeFill { get; } = new XSolidBrush(XColor.FromArgb(0xF6, 0xF7, 0xF9));

    /// <summary>Table borders and rules.</summary>
    public XPen Rule { get; } = new(XColor.FromArgb(0xB8, 0xBE, 0xC6), 0.5);

    /// <summary>The bar beside quoted text.</summary>
    public XPen QuoteBar { get; } = new(XColor.FromArgb(0xB8, 0xBE, 0xC6), 2);

    private static XFont Font(double size, bool bold) =>
        new(PdfFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
