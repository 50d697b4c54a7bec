using System.Buffers;
using System.Text;

namespace Rapport.Documents;

/// <summary>Turns raw bytes into text, refusing binary data and undecodable bytes instead of guessing.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 (or UTF-16 with a byte-order mark); returns an error message instead of text when that fails.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWith(Encoding.Unicode, bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWith(Encoding.BigEndianUnicode, bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return (null, $"binary content (NUL byte at offset {nul})");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return LooksBinary(text) ? (null, "binary content (too many control characters)") : (text, null);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" (first bad byte near offset {ex.Index})" : string.Empty;
            return (null, $"not valid UTF-8 text{at}");
        }
    }

    private static (string? Text, string? Error) DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            var text = strict.GetString(bytes);
            var nul = text.IndexOf('\0', StringComparison.Ordinal);
            return nul >= 0 ? (null, $"binary content (NUL character at offset {nul})") : (text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, $"not valid {encoding.WebName} text");
        }
    }

    // Every C0 and C1 control character except the white-space ones prose uses.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 32).Where(c => c is not ('\n' or '\r' or '\t' or '\f')).Select(c => (char)c), '\u007f', .. Enumerable.Range(0x80, 32).Select(c => (char)c)]);

    // Text with more than 1% control characters is almost certainly not prose. The vectorised search makes the
    // common case, no control character at all, cost almost nothing.
    private static bool LooksBinary(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAny(Controls);
        if (first < 0)
        {
            return false;
        }

        var controls = 0;
        for (var i = first; i < span.Length; i++)
        {
            if (Controls.Contains(span[i]))
            {
                controls++;
            }
        }

        return controls * 100 > text.Length;
    }
}
