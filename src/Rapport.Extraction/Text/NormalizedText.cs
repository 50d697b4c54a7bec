namespace Rapport.Extraction.Text;

/// <summary>
/// Text after normalisation, with a map from every normalised character back to the original text,
/// so that facts found in the clean text can point at the exact characters the analyst supplied.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _origin;

    internal NormalizedText(string original, string text, int[] origin)
    {
        Original = original;
        Value = text;
        _origin = origin;
    }

    /// <summary>The text as supplied.</summary>
    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Value { get; }

    /// <summary>Maps a half-open range of the normalised text to the corresponding range of the original text.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (Value.Length == 0)
        {
            return (0, 0);
        }

        start = Math.Clamp(start, 0, Value.Length);
        end = Math.Clamp(end, start, Value.Length);
        var originalStart = start < Value.Length ? _origin[start] : Original.Length;
        if (end == start)
        {
            return (originalStart, originalStart);
        }

        var originalEnd = _origin[end - 1] + 1;

        // The last character may come from a surrogate pair or a base character with combining marks.
        while (originalEnd < Original.Length
               && (char.IsLowSurrogate(Original[originalEnd]) || IsCombining(Original[originalEnd])))
        {
            originalEnd++;
        }

        return (originalStart, Math.Max(originalStart, originalEnd));
    }

    internal static bool IsCombining(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;
}
