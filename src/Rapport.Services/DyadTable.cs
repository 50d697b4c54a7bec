using Rapport.Analysis.ChangePoints;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>A dyad's monthly series with its turning points.</summary>
/// <param name="SideA">The first group.</param>
/// <param name="SideB">The second group.</param>
/// <param name="Months">Every month of the period, in order, empty months included.</param>
/// <param name="TurningPoints">Where the score's level changes (PELT), as indexes into <paramref name="Months"/>.</param>
public sealed record DyadTable(ActorGroup SideA, ActorGroup SideB, IReadOnlyList<DyadMonthRow> Months, IReadOnlyList<ChangePoint> TurningPoints)
{
    /// <summary>
    /// For each turning point, in the same order, the events of the months that open the new level which pull the
    /// score the way it moved, strongest first.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<EventRecord>> Evidence { get; init; } = [];
}
