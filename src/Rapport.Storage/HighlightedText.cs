using System.Text;

namespace Rapport.Storage;

/// <summary>A snippet of text with the ranges that matched a query.</summary>
/// <param name="Text">The plain snippet text.</param>
/// <param name="Highlights">Matched ranges within <paramref name="Text"/>, in order, not overlapping.</param>
public sealed record HighlightedText(string Text, IReadOnlyList<Range> Highlights)
{
    /// <summary>The character a backend puts before a match in its raw snippet.</summary>
    public const char StartMark = '\u0002';

    /// <summary>The character a backend puts after a match in its raw snippet.</summary>
    public const char EndMark = '\u0003';

    /// <summary>Turns a backend's raw snippet, with <see cref="StartMark"/>/<see cref="EndMark"/> around matches, into plain text and ranges.</summary>
    public static HighlightedText FromMarked(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var text = new StringBuilder(marked.Length);
        var ranges = new List<Range>();
        var start = -1;
        foreach (var c in marked)
        {
            switch (c)
            {
                case StartMark:
                    start = text.Length;
                    break;
                case EndMark when start >= 0:
                    ranges.Add(new Range(start, text.Length));
                    start = -1;
                    break;
                case EndMark:
                    break;
                default:
                    text.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
                    break;
            }
        }

        return new HighlightedText(text.ToString(), ranges);
    }

    /// <summary>The highlighted words themselves.</summary>
    public IEnumerable<string> HighlightedWords => Highlights.Select(r => Text[r]);
}
