using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Answers every font request of a chart with the embedded DejaVu Sans. Skia's native library is the build without
/// fontconfig, so it finds no font on the machine and would drop chart text silently; charts ask for generic
/// families ("sans-serif") anyway, so one face, regular or bold, serves them all.
/// </summary>
internal sealed class EmbeddedTypefaceProvider : ITypefaceProvider
{
    private static readonly Lazy<SKTypeface> Regular = new(() => Create(EmbeddedFonts.Regular));
    private static readonly Lazy<SKTypeface> Bold = new(() => Create(EmbeddedFonts.Bold));

    /// <summary>The one instance; typefaces are immutable and shared across threads.</summary>
    public static EmbeddedTypefaceProvider Instance { get; } = new();

    /// <inheritdoc />
    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
        fontWeight >= SKFontStyleWeight.SemiBold ? Bold.Value : Regular.Value;

    private static SKTypeface Create(byte[] font)
    {
        using var data = SKData.CreateCopy(font);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("Skia could not load the embedded font");
    }
}
