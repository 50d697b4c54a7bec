namespace Rapport.Web.Api;

/// <summary>An actor as other resources name it: its registry key and the name shown for it.</summary>
/// <param name="Key">The key <c>/api/v1/actors/{key}</c> finds it by.</param>
/// <param name="Name">The name shown for it.</param>
public sealed record ActorRef(string Key, string Name)
{
    /// <summary>The reference to a registry actor.</summary>
    public static ActorRef Of(Services.RegistryActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new ActorRef(actor.Key, actor.Name);
    }
}
