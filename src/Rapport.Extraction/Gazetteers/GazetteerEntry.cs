using Rapport.Model;

namespace Rapport.Extraction.Gazetteers;

/// <summary>One actor in a gazetteer file.</summary>
/// <param name="Id">The id, unique across loaded files (later files of higher priority shadow earlier ones by name).</param>
/// <param name="Kind">State, organisation, unit or person.</param>
/// <param name="Name">The fullest name.</param>
/// <param name="Aliases">Other names: variants, abbreviations, demonyms and metonyms.</param>
/// <param name="PartOf">For a unit, the id of the organisation or state it belongs to.</param>
/// <param name="Affiliations">For a person, the organisations and roles, with their periods.</param>
/// <param name="Priority">Files of higher priority win when two entries claim the same name.</param>
/// <param name="Origin">The file the entry came from, for provenance.</param>
public sealed record GazetteerEntry(
    string Id,
    ActorKind Kind,
    string Name,
    IReadOnlyList<Alias> Aliases,
    string? PartOf,
    IReadOnlyList<GazetteerAffiliation> Affiliations,
    int Priority,
    string Origin);
