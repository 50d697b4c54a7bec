using Rapport.Model;

namespace Rapport.Analysis.Series;

/// <summary>
/// Two groups of actors whose relations are followed, such as a state with its organs on one side and a movement with
/// its wings on the other. Resolving who belongs to each group is the caller's job.
/// </summary>
public sealed class Dyad
{
    /// <summary>Creates a dyad.</summary>
    /// <exception cref="ArgumentException">A side is empty, or an actor is on both sides.</exception>
    public Dyad(string name, IEnumerable<ActorId> sideA, IEnumerable<ActorId> sideB)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        SideA = sideA.ToHashSet();
        SideB = sideB.ToHashSet();
        if (SideA.Count == 0 || SideB.Count == 0)
        {
            throw new ArgumentException("Each side of a dyad needs at least one actor.");
        }

        var both = SideA.Intersect(SideB).ToList();
        if (both.Count > 0)
        {
            // An actor on both sides would make every one of its events count in both directions.
            throw new ArgumentException($"An actor cannot be on both sides of a dyad: {string.Join(", ", both)}.");
        }
    }

    /// <summary>A label for the dyad.</summary>
    public string Name { get; }

    /// <summary>The actors of side A.</summary>
    public IReadOnlySet<ActorId> SideA { get; }

    /// <summary>The actors of side B.</summary>
    public IReadOnlySet<ActorId> SideB { get; }

    /// <summary>Which way an event runs across the dyad, or null when it does not cross it.</summary>
    public DyadDirection? DirectionOf(ActorId source, ActorId target)
    {
        if (SideA.Contains(source) && SideB.Contains(target))
        {
            return DyadDirection.AToB;
        }

        if (SideB.Contains(source) && SideA.Contains(target))
        {
            return DyadDirection.BToA;
        }

        return null;
    }
}
