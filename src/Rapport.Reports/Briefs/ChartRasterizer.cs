using SkiaSharp;
using Svg.Skia;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Renders a brief's SVG charts to PNG in-process with Svg.Skia, so DOCX and PDF can embed them: Word and PDFsharp
/// cannot draw SVG themselves. Scripts and external references stay off: a chart is data, never a program.
/// </summary>
internal static class ChartRasterizer
{
    // Twice the SVG's own size, so the chart stays sharp when printed.
    private const float Scale = 2f;

    // A chart larger than this is drawn at a smaller scale rather than allocating an enormous bitmap.
    private const float MaxPixels = 4096f;

    // CSS pixels are 1/96 inch; points are 1/72.
    private const double PointsPerPixel = 72.0 / 96.0;

    /// <summary>The chart as PNG, or null when the SVG is empty or draws nothing.</summary>
    public static RasterChart? Rasterize(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        if (string.IsNullOrWhiteSpace(svg))
        {
            return null;
        }

        using var document = new SKSvg();
        document.Settings.EnableJavaScript = false;
        document.Settings.EnableExternalJavaScript = false;
        (document.Settings.TypefaceProviders ??= []).Insert(0, EmbeddedTypefaceProvider.Instance);
        var picture = document.FromSvg(svg);
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
        {
            return null;
        }

        var bounds = picture.CullRect;
        var scale = Math.Min(Scale, MaxPixels / Math.Max(bounds.Width, bounds.Height));
        var width = Math.Max(1, (int)Math.Ceiling(bounds.Width * scale));
        var height = Math.Max(1, (int)Math.Ceiling(bounds.Height * scale));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return new RasterChart(png.ToArray(), width, height, bounds.Width * PointsPerPixel, bounds.Height * PointsPerPixel);
    }
}
