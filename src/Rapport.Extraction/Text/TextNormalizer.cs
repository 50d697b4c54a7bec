using System.Text;

namespace Rapport.Extraction.Text;

/// <summary>
/// Normalises report text for rule matching: Unicode NFC, straight quotes, plain dashes, one bullet mark,
/// no markdown emphasis, no invisible or direction marks, sentences re-joined across hard line breaks,
/// page breaks and PDF hyphenation ("organi-\nzation"). Every output character remembers where it came from.
/// </summary>
/// <remarks>One left-to-right pass with bounded look-ahead, so it is linear in the input.</remarks>
public static class TextNormalizer
{
    /// <summary>The bullet mark every list item starts with after normalisation.</summary>
    public const char Bullet = '•';

    // A wrapped line is at least this long; a shorter line ending without punctuation is a heading or a caption.
    private const int WrappedLineLength = 50;

    /// <summary>Normalises <paramref name="original"/>.</summary>
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var builder = new Builder(original.Length);
        var needNfc = NeedsNfc(original);
        var n = original.Length;
        var atLineStart = true;
        var lineStart = 0;
        var i = 0;
        while (i < n)
        {
            var c = original[i];
            if (IsIgnorable(c))
            {
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                var j = i;
                var newlines = 0;
                while (j < n && (char.IsWhiteSpace(original[j]) || IsIgnorable(original[j])))
                {
                    var w = original[j];
                    if (w == '\n' || w == '\u2028' || w == '\u2029' || (w == '\r' && (j + 1 >= n || original[j + 1] != '\n')))
                    {
                        newlines++;
                    }

                    j++;
                }

                if (newlines == 0)
                {
                    if (!atLineStart && builder.Length > 0 && builder.Last != ' ')
                    {
                        builder.Append(' ', i);
                    }
                }
                else
                {
                    builder.TrimTrailingSpace();
                    var next = j < n ? original[j] : '\0';
                    var prev = builder.Length > 0 ? builder.Last : '\0';
                    if (prev == '-' && builder.Length >= 2 && char.IsLower(builder[builder.Length - 2]) && char.IsLower(next))
                    {
                        // PDF hyphenation: "organi-\nzation" -> "organization".
                        builder.RemoveLast();
                    }
                    else if (builder.Length > 0 && j < n && ShouldJoin(prev, next, newlines, builder.Length - lineStart, original, j))
                    {
                        builder.Append(' ', i);
                    }
                    else if (builder.Length > 0 && j < n)
                    {
                        builder.Append('\n', i);
                        if (newlines > 1)
                        {
                            builder.Append('\n', i);
                        }

                        atLineStart = true;
                        lineStart = builder.Length;
                    }
                }

                i = j;
                continue;
            }

            if (atLineStart)
            {
                atLineStart = false;
                var k = SkipBulletMarks(original, i);
                if (k > i)
                {
                    builder.Append(Bullet, i);
                    builder.Append(' ', i);
                    i = k;
                    continue;
                }
            }

            if (c == '*' && i + 1 < n && original[i + 1] == '*')
            {
                // Markdown emphasis carries no meaning for extraction.
                i += 2;
                continue;
            }

            if (needNfc && i + 1 < n && (NormalizedText.IsCombining(original[i + 1]) || char.IsHighSurrogate(c)))
            {
                var j = i + 1;
                if (char.IsHighSurrogate(c) && j < n && char.IsLowSurrogate(original[j]))
                {
                    j++;
                }

                while (j < n && NormalizedText.IsCombining(original[j]))
                {
                    j++;
                }

                string composed;
                try
                {
                    composed = original[i..j].Normalize(NormalizationForm.FormC);
                }
                catch (ArgumentException)
                {
                    composed = original[i..j];
                }

                foreach (var ch in composed)
                {
                    builder.Append(Replace(ch), i);
                }

                i = j;
                continue;
            }

            builder.Append(Replace(c), i);
            i++;
        }

        builder.TrimTrailingSpace();
        return builder.Build(original);
    }

    private static bool NeedsNfc(string text)
    {
        try
        {
            return !text.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates: leave the text as it is rather than fail.
            return false;
        }
    }

    private static bool ShouldJoin(char prev, char next, int newlines, int lineLength, string original, int nextIndex)
    {
        if (SkipBulletMarks(original, nextIndex) > nextIndex)
        {
            return false;
        }

        if (prev is '.' or '!' or '?' or ':' or ';' or ')' or '"' or Bullet)
        {
            return false;
        }

        // A sentence interrupted by a line or page break continues in lower case.
        if (char.IsLower(next) && (char.IsLetterOrDigit(prev) || prev is ',' or '-' or '\''))
        {
            return true;
        }

        return newlines == 1 && (char.IsLower(prev) || prev == ',') && lineLength >= WrappedLineLength;
    }

    private static int SkipBulletMarks(string text, int i)
    {
        var k = i;
        var consumed = false;
        while (k < text.Length && k - i < 16)
        {
            var ch = text[k];
            if (IsBulletGlyph(ch) || (ch is '-' or '*' or '–' or '—' && k + 1 < text.Length && text[k + 1] == ' '))
            {
                k++;
                consumed = true;
            }
            else if (consumed && ch is ' ' or '\t' or '\u00A0')
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return consumed ? k : i;
    }

    private static bool IsBulletGlyph(char c) =>
        c is '•' or '▶' or '►' or '◆' or '◇' or '▪' or '▫' or '●' or '○' or '◦' or '■' or '□' or '➢' or '➤' or '✓' or '✔' or '·' or '‣' or '⁃' or '◾' or '◼' or '▸' or '▹' or '→';

    private static bool IsIgnorable(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u00AD' or '\u2060' or '\u061C'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    private static char Replace(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\t' => ' ',
        _ => c,
    };

    private sealed class Builder(int capacity)
    {
        private readonly StringBuilder _text = new(capacity);
        private int[] _origin = new int[Math.Max(16, capacity)];

        public int Length => _text.Length;

        public char Last => _text[^1];

        public char this[int index] => _text[index];

        public void Append(char c, int origin)
        {
            if (_text.Length == _origin.Length)
            {
                Array.Resize(ref _origin, _origin.Length * 2);
            }

            _origin[_text.Length] = origin;
            _text.Append(c);
        }

        public void RemoveLast() => _text.Length--;

        public void TrimTrailingSpace()
        {
            while (_text.Length > 0 && _text[^1] == ' ')
            {
                _text.Length--;
            }
        }

        public NormalizedText Build(string original)
        {
            var origin = _origin.Length == _text.Length ? _origin : _origin[.._text.Length];
            return new NormalizedText(original, _text.ToString(), origin);
        }
    }
}
