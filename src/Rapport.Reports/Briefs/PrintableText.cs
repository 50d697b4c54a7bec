using System.Text;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Text as a page-oriented format can hold it. Document text may carry control characters or broken surrogate pairs
/// that XML cannot represent at all (the DOCX writer would fail) and that no font can draw; each becomes U+FFFD, so
/// the loss is visible instead of silent. Everything else, markup included, is kept exactly.
/// </summary>
internal static class PrintableText
{
    /// <summary>The replacement for a character that cannot be printed.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary><paramref name="text"/> with unprintable characters replaced; tabs and line breaks are kept.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(IsPrintable(c) ? c : Replacement);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsPrintable(c))
            {
                return true;
            }
        }

        return false;
    }

    // XML 1.0's Char production, less the surrogates (a well-formed pair is handled by the caller).
    private static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
