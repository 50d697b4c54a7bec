namespace Rapport.Extraction.Text;

/// <summary>A word, number or punctuation mark of the normalised text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Kind">Word, number, possessive ending or punctuation.</param>
/// <param name="Lower">The token in lower case.</param>
/// <param name="IsCapitalized">The first letter is upper case.</param>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Lower, bool IsCapitalized)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string lower) => Lower == lower;

    public bool IsPunct(char c) => Kind == TokenKind.Punctuation && Lower.Length == 1 && Lower[0] == c;
}
