namespace Rapport.Reports.Briefs;

/// <summary>
/// The DejaVu Sans faces shipped inside this assembly (see Fonts/README.md). Output must not depend on the fonts a
/// machine happens to have: CI images have none guaranteed, and a substituted font changes every line break.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly Lazy<byte[]> RegularBytes = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load("DejaVuSans-Bold.ttf"));

    /// <summary>DejaVu Sans, regular, as TrueType bytes. Callers must not modify the array.</summary>
    public static byte[] Regular => RegularBytes.Value;

    /// <summary>DejaVu Sans Bold, as TrueType bytes. Callers must not modify the array.</summary>
    public static byte[] Bold => BoldBytes.Value;

    private static byte[] Load(string file)
    {
        var name = "Rapport.Reports.Fonts." + file;
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font resource {name} is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
