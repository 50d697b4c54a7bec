using Rapport.Model;

namespace Rapport.Extraction.Gazetteers;

/// <summary>A name of a gazetteer entry found in text.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="AliasKind">How the text named it: by a variant of its name, an abbreviation, a demonym or a metonym.</param>
/// <param name="Length">How many name parts the match covers.</param>
public sealed record GazetteerMatch(GazetteerEntry Entry, AliasKind AliasKind, int Length);
