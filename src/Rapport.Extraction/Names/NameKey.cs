using System.Globalization;
using System.Text;

namespace Rapport.Extraction.Names;

/// <summary>
/// Transliteration-aware matching keys for names, so that "al-Masri", "Masri" and "el-Masri", "Qassem", "Qasem"
/// and "Ghasem", "Isma'il" and "Ismail", "Da'ud" and "Dawud" all meet on one key.
/// </summary>
/// <remarks>
/// The key folds what transliterations of Arabic and Persian vary on: the article (al-, el-, ad-, as-…),
/// apostrophes and ayn/hamza marks, hyphens, doubled letters, q/gh/k, w/u, and vowel quality (a/e/i, o/u).
/// It is deliberately a key for lookup, never shown to anyone.
/// </remarks>
public static class NameKey
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "ad", "ed", "as", "es", "an", "ar", "at", "az", "ash", "ul", "adh", "ath", "az", "aal",
    };

    /// <summary>True when <paramref name="lowerPiece"/> is an Arabic article that may prefix a name part.</summary>
    public static bool IsArticle(string lowerPiece) => Articles.Contains(lowerPiece);

    /// <summary>The key of a whole name: its folded parts joined by spaces, articles dropped.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = Parts(name);
        return string.Join(' ', parts);
    }

    /// <summary>The folded parts of a name, articles dropped: "Saleh al-Masri" → ["salah", "masra"].</summary>
    public static IReadOnlyList<string> Parts(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var raw = name.Split([' ', '-', '_', '\u2010', '\u2011', '\u2013'], StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<string>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var piece = TrimNonWord(raw[i]);
            if (piece.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
            {
                piece = piece[..^2];
            }

            var lower = piece.ToLowerInvariant();
            if (lower.Length == 0 || (i < raw.Length - 1 && IsArticle(lower)))
            {
                continue;
            }

            var folded = Fold(lower);
            if (folded.Length > 0)
            {
                parts.Add(folded);
            }
        }

        return parts;
    }

    /// <summary>Folds one lower-case name part.</summary>
    public static string Fold(string lowerPart)
    {
        ArgumentNullException.ThrowIfNull(lowerPart);
        var s = lowerPart;
        if (!s.All(char.IsAscii))
        {
            s = StripMarks(s);
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            switch (c)
            {
                case '\'' or '`' or '´' or 'ʿ' or 'ʾ' or '’' or '‘' or '.':
                    continue;
                case 'g' when next == 'h':
                case 'k' when next == 'h':
                    sb.Append('k');
                    i++;
                    continue;
                case 'q':
                    sb.Append('k');
                    continue;
                case 'p' when next == 'h':
                    sb.Append('f');
                    i++;
                    continue;
                case 'w' or 'u' or 'o':
                    sb.Append('u');
                    continue;
                case 'a' or 'e' or 'i' or 'y':
                    sb.Append('a');
                    continue;
                default:
                    sb.Append(c);
                    continue;
            }
        }

        // A final h after a vowel is silent ("Aliyeh"/"Aliya"); doubled letters are spelling, not sound.
        if (sb.Length > 2 && sb[^1] == 'h' && sb[^2] is 'a' or 'u')
        {
            sb.Length--;
        }

        var result = new StringBuilder(sb.Length);
        for (var i = 0; i < sb.Length; i++)
        {
            if (i == 0 || sb[i] != sb[i - 1])
            {
                result.Append(sb[i]);
            }
        }

        return result.ToString();
    }

    private static string TrimNonWord(string piece)
    {
        var start = 0;
        var end = piece.Length;
        while (start < end && !char.IsLetterOrDigit(piece[start]))
        {
            start++;
        }

        // A trailing apostrophe is kept for the possessive check below ("Brothers'", "IRGC's").
        while (end > start && !char.IsLetterOrDigit(piece[end - 1]) && piece[end - 1] != '\'')
        {
            end--;
        }

        return piece[start..end];
    }

    private static string StripMarks(string s)
    {
        string decomposed;
        try
        {
            decomposed = s.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return s;
        }

        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
