namespace Rapport.Services.Exports;

/// <summary>An actor as the exports write it: the registry's merged identity, narrowed to the exported documents.</summary>
/// <param name="Registry">The actor after the analysts' merges.</param>
/// <param name="ArmedGroup">True when a gazetteer dataset of militant non-state actors lists it (see <see cref="ArmedGroupRule"/>).</param>
/// <param name="Documents">The exported documents that name it, by id.</param>
/// <param name="Affiliations">The exported actors it belongs to, by key.</param>
public sealed record ExportActor(RegistryActor Registry, bool ArmedGroup, IReadOnlyList<Model.DocumentId> Documents, IReadOnlyList<string> Affiliations)
{
    /// <summary>The key that stands for the actor.</summary>
    public string Key => Registry.Key;

    /// <summary>The name shown for it.</summary>
    public string Name => Registry.Name;

    /// <summary>Its other names, without the shown one, in the registry's order.</summary>
    public IReadOnlyList<string> Aliases => Registry.Names.Where(n => !string.Equals(n, Registry.Name, StringComparison.Ordinal)).ToList();
}
