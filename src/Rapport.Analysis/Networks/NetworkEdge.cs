using Rapport.Model;

namespace Rapport.Analysis.Networks;

/// <summary>A dated, weighted tie between two actors.</summary>
/// <param name="Source">The actor the tie starts from (either side for a meeting).</param>
/// <param name="Target">The actor the tie points to.</param>
/// <param name="Kind">What the tie records.</param>
/// <param name="Weight">Its strength: typically how many facts it summarises. Positive.</param>
/// <param name="Start">When it was first seen; unknown when undated.</param>
/// <param name="End">When it was last seen; unknown means the same as <paramref name="Start"/>.</param>
/// <param name="Support">The kind of support, for <see cref="EdgeKind.Support"/> ties only.</param>
public sealed record NetworkEdge(
    ActorId Source,
    ActorId Target,
    EdgeKind Kind,
    double Weight = 1,
    PartialDate Start = default,
    PartialDate End = default,
    SupportKind? Support = null)
{
    /// <summary>True for statements and support, false for meetings.</summary>
    public bool IsDirected => Kind != EdgeKind.Meeting;

    /// <summary>The period the tie covers, from the earliest day of <see cref="Start"/> to the latest of <see cref="End"/> (or of Start); null when undated.</summary>
    public (DateOnly From, DateOnly To)? Spell
    {
        get
        {
            if (!Start.IsKnown)
            {
                return null;
            }

            var end = End.IsKnown ? End : Start;
            return (Start.Earliest!.Value, end.Latest!.Value);
        }
    }
}
