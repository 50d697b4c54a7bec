namespace Rapport.Model;

/// <summary>A mention of an actor inside a fact: the name as resolved, and the actor's id when it is resolved.</summary>
/// <param name="Name">The fullest name known for the mention.</param>
/// <param name="Id">The resolved actor, or null when left unresolved.</param>
public sealed record ActorRef(string Name, ActorId? Id = null);
