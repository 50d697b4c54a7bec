namespace Rapport.Storage;

/// <summary>One required part of a search: a word, a word prefix, or a phrase of consecutive words.</summary>
/// <param name="Words">The words, letters and digits only; more than one means a phrase.</param>
/// <param name="IsPrefix">True when the last word may be the start of a longer word ("negotiat*").</param>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool IsPrefix)
{
    /// <summary>True when the term is a phrase of several words.</summary>
    public bool IsPhrase => Words.Count > 1;

    /// <inheritdoc />
    public override string ToString() => (IsPhrase ? $"\"{string.Join(' ', Words)}\"" : Words[0]) + (IsPrefix ? "*" : string.Empty);
}
