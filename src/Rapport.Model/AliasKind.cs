namespace Rapport.Model;

/// <summary>What sort of alternative name an <see cref="Alias"/> is.</summary>
public enum AliasKind
{
    /// <summary>A spelling or transliteration variant.</summary>
    Variant,

    /// <summary>An abbreviation or acronym ("PIJ").</summary>
    Abbreviation,

    /// <summary>An adjective of nationality ("Iranian").</summary>
    Demonym,

    /// <summary>A place standing for the actor ("Tehran announced").</summary>
    Metonym,
}
