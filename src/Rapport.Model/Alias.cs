namespace Rapport.Model;

/// <summary>Another name an actor goes by: a transliteration, abbreviation, demonym or metonym.</summary>
/// <param name="Text">The name as written.</param>
/// <param name="Kind">What sort of alternative name it is.</param>
public sealed record Alias(string Text, AliasKind Kind = AliasKind.Variant);
