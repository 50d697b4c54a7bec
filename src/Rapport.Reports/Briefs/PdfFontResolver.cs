using PdfSharp.Fonts;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Gives PDFsharp the embedded DejaVu Sans under a family name of Rapport's own. PDFsharp 6 finds no fonts on Linux
/// by itself, and its resolver is one process-wide setting that cannot change once a font was resolved; so this one
/// answers only its own family and is installed without taking the place of a resolver another component set.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    /// <summary>The family name the PDF writer asks for; unlikely to clash with any other resolver's families.</summary>
    public const string Family = "Rapport Sans";

    private const string RegularFace = "RapportSans-Regular";
    private const string BoldFace = "RapportSans-Bold";

    private static readonly Lock Gate = new();

    private PdfFontResolver()
    {
    }

    private static PdfFontResolver Instance { get; } = new();

    /// <summary>
    /// Makes sure PDFsharp can resolve <see cref="Family"/>: as the main resolver when none is set, otherwise as the
    /// fallback, which PDFsharp asks for families the main resolver does not know. Checked on every call, not once,
    /// because another component may replace the main resolver later.
    /// </summary>
    /// <exception cref="InvalidOperationException">Both slots hold other components' resolvers, or PDFsharp refused the change.</exception>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is PdfFontResolver || GlobalFontSettings.FallbackFontResolver is PdfFontResolver)
            {
                return;
            }

            try
            {
                if (GlobalFontSettings.FontResolver is null)
                {
                    GlobalFontSettings.FontResolver = Instance;
                }
                else if (GlobalFontSettings.FallbackFontResolver is null)
                {
                    GlobalFontSettings.FallbackFontResolver = Instance;
                }
                else
                {
                    throw new InvalidOperationException("both are set by another component");
                }
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException(
                    $"the PDF brief writer cannot install the resolver for its embedded font family '{Family}' in PDFsharp: {e.Message}", e);
            }
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(isBold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: isItalic)
            : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => EmbeddedFonts.Regular,
        BoldFace => EmbeddedFonts.Bold,
        _ => null,
    };
}
