using Rapport.Model;

namespace Rapport.Services;

/// <summary>One actor of the registry after the analysts' merges: every key merged into it, its names and documents.</summary>
/// <param name="Key">The key that stands for the actor (a gazetteer id when one of its keys is).</param>
/// <param name="Name">The name shown for it.</param>
/// <param name="Kind">person, organization or state, when known.</param>
/// <param name="Keys">Every actor key merged into it, its own first.</param>
/// <param name="Names">Every name it is written with, most used first.</param>
/// <param name="Affiliations">The keys of the organisations or states documents tie it to.</param>
/// <param name="Documents">The documents that name it.</param>
public sealed record RegistryActor(
    string Key,
    string Name,
    string? Kind,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Affiliations,
    IReadOnlyList<DocumentId> Documents);
