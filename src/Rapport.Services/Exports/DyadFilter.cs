using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>
/// Keeps the facts of one dyad, with the sides resolved as <c>rapport dyad</c> resolves them (a group with its parts
/// and, while their affiliations hold, its members; keys merged into a member count as the member). A meeting is kept
/// when one participant belongs to each side, support when it runs from one side to the other, and a statement when
/// its speaker belongs to either side (a stored statement names no addressee).
/// </summary>
public sealed class DyadFilter
{
    /// <summary>Creates the filter for two resolved sides.</summary>
    public DyadFilter(ActorGroup sideA, ActorGroup sideB)
    {
        SideA = sideA ?? throw new ArgumentNullException(nameof(sideA));
        SideB = sideB ?? throw new ArgumentNullException(nameof(sideB));
    }

    /// <summary>The first side.</summary>
    public ActorGroup SideA { get; }

    /// <summary>The second side.</summary>
    public ActorGroup SideB { get; }

    /// <summary>True when <paramref name="actor"/> (any of its merged keys) belongs to <paramref name="side"/> at <paramref name="date"/>; an unknown date matches any period of membership.</summary>
    public static bool Covers(ActorGroup side, RegistryActor actor, PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(side);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Keys.Prepend(actor.Key).Any(key => side.Members.TryGetValue(key, out var validity)
            ? validity.Contains(date)
            : side.CodePrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)));
    }

    /// <summary>True when a meeting or statement belongs to the dyad.</summary>
    public bool Keeps(CorroboratedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Kind == Storage.FactKind.Statement)
        {
            return fact.SideA.Any(s => Covers(SideA, s, fact.Date) || Covers(SideB, s, fact.Date));
        }

        var participants = fact.SideA.Concat(fact.SideB).ToList();
        return participants.Any(a => Covers(SideA, a, fact.Date)
            && participants.Any(b => b.Key != a.Key && Covers(SideB, b, fact.Date)));
    }

    /// <summary>True when a support cell runs from one side to the other at its first or last claim.</summary>
    public bool Keeps(SupportMatrixRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        bool Runs(ActorGroup from, ActorGroup to, PartialDate date) => Covers(from, row.Supporter, date) && Covers(to, row.Recipient, date);
        return new[] { row.First, row.Last }.Any(d => Runs(SideA, SideB, d) || Runs(SideB, SideA, d));
    }
}
