namespace Rapport.Model;

/// <summary>A state, organisation, unit or person that acts or is acted upon.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Name">The fullest name.</param>
/// <param name="Kind">State, organisation, unit or person.</param>
/// <param name="Aliases">Other names it goes by.</param>
public sealed record Actor(ActorId Id, string Name, ActorKind Kind, IReadOnlyList<Alias> Aliases);
