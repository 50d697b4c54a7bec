using Rapport.Model;

namespace Rapport.Extraction.Meetings;

/// <summary>An encounter read from one sentence, before it is merged with what the document already holds.</summary>
/// <param name="Kind">Visit, meeting, phone call or ceremony.</param>
/// <param name="Trigger">Index of the word that signals it.</param>
/// <param name="SideA">Visitors or initiators.</param>
/// <param name="SideB">Hosts or counterparts.</param>
/// <param name="Location">Where, as written.</param>
/// <param name="DuringEarlierVisit">True for "during the visit they met…": it adds counterparts to the visit already told.</param>
/// <param name="Reference">True for a definite mention of an encounter already told ("the visit of the delegation").</param>
/// <param name="Rule">The rule that read it.</param>
/// <param name="Separately">True for "met separately with A and with B": one encounter with each counterpart, not one with all.</param>
internal sealed record MeetingEvent(
    MeetingKind Kind,
    int Trigger,
    List<Participant> SideA,
    List<Participant> SideB,
    string? Location,
    bool DuringEarlierVisit,
    bool Reference,
    RuleRef Rule,
    bool Separately = false);
