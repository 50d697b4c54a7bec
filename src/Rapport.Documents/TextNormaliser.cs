using System.Text;

namespace Rapport.Documents;

/// <summary>
/// The light normalisation that defines a document's identity: NFC, Unix line ends, no trailing blank space.
/// It leaves quotes, dashes and line breaks alone so that spans stay close to what the reader saw.
/// </summary>
public static class TextNormaliser
{
    /// <summary>Normalises text for storage and hashing.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unixLines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var composed = unixLines.IsNormalized(NormalizationForm.FormC) ? unixLines : unixLines.Normalize(NormalizationForm.FormC);
        return composed.TrimEnd();
    }
}
