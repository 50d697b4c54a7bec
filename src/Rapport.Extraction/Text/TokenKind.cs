namespace Rapport.Extraction.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Possessive,
    Punctuation,
}
