using DocumentFormat.OpenXml.Wordprocessing;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Turns model text into Word runs. Text only ever goes into w:t elements through the SDK, which escapes it; Word
/// reads field codes only from w:fldSimple and w:instrText, which are never written, so text such as
/// <c>{ HYPERLINK "…" }</c> stays the literal characters it is.
/// </summary>
internal static class DocxText
{
    /// <summary>A run holding <paramref name="text"/>, with line breaks and tabs as Word's own break and tab.</summary>
    /// <param name="text">The text, verbatim.</param>
    /// <param name="characterStyle">A character style id, or null.</param>
    /// <param name="bold">Whether to set bold directly (table headers, which have no style of their own).</param>
    public static Run Run(string text, string? characterStyle = null, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var run = new Run();
        if (characterStyle is not null || bold)
        {
            var properties = new RunProperties();
            if (characterStyle is not null)
            {
                properties.Append(new RunStyle { Val = characterStyle });
            }

            if (bold)
            {
                properties.Append(new Bold());
            }

            run.Append(properties);
        }

        var lines = PrintableText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            var pieces = lines[i].Split('\t');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new TabChar());
                }

                if (pieces[j].Length > 0)
                {
                    run.Append(new Text(pieces[j]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return run;
    }
}
