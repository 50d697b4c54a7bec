namespace Rapport.Model;

/// <summary>A visit, meeting, phone call or ceremony between two sides.</summary>
/// <param name="Kind">The kind of encounter.</param>
/// <param name="Date">When it took place.</param>
/// <param name="Location">Where, as written; null when not stated.</param>
/// <param name="SideA">Visitors or initiators.</param>
/// <param name="SideB">Hosts or counterparts.</param>
/// <param name="Citations">The references that report it.</param>
/// <param name="Provenance">Its span and rule.</param>
public sealed record Meeting(
    MeetingKind Kind,
    PartialDate Date,
    string? Location,
    IReadOnlyList<ActorRef> SideA,
    IReadOnlyList<ActorRef> SideB,
    IReadOnlyList<Citation> Citations,
    Provenance Provenance);
