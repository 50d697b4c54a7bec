namespace Rapport.Extraction.Text;

/// <summary>What a line of normalised text is.</summary>
public enum BlockKind
{
    /// <summary>Running text.</summary>
    Paragraph,

    /// <summary>A list item, which started with a bullet mark.</summary>
    Bullet,

    /// <summary>A short line without closing punctuation: a title or section heading.</summary>
    Heading,
}
