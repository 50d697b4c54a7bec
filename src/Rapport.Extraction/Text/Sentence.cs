namespace Rapport.Extraction.Text;

/// <summary>A sentence of normalised text.</summary>
/// <param name="Index">Position among the document's sentences.</param>
/// <param name="Block">The block it belongs to.</param>
/// <param name="Start">Offset of its first character in the normalised text.</param>
/// <param name="End">Offset one past its last character.</param>
public sealed record Sentence(int Index, Block Block, int Start, int End);
