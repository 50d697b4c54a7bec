namespace Rapport.Extraction.Text;

/// <summary>A paragraph, bullet or heading: one line of normalised text.</summary>
/// <param name="Index">Position among the document's blocks.</param>
/// <param name="Kind">Paragraph, bullet or heading.</param>
/// <param name="Start">Offset of its first character (after any bullet mark) in the normalised text.</param>
/// <param name="End">Offset one past its last character.</param>
public sealed record Block(int Index, BlockKind Kind, int Start, int End);
