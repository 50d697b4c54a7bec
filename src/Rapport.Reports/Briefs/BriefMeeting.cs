using Rapport.Model;

namespace Rapport.Reports.Briefs;

/// <summary>One visit, meeting, call or ceremony as Appendix B lists it.</summary>
/// <param name="Date">When, as precise as known.</param>
/// <param name="Kind">visit, meeting, phone call or ceremony.</param>
/// <param name="SideA">Who came or initiated.</param>
/// <param name="SideB">Hosts and counterparts.</param>
/// <param name="Location">Where, when known.</param>
/// <param name="Citations">Every outlet cited for it, as written.</param>
/// <param name="Text">The sentence that reports it, verbatim.</param>
/// <param name="Evidence">Where it stands.</param>
public sealed record BriefMeeting(
    PartialDate Date,
    string Kind,
    IReadOnlyList<string> SideA,
    IReadOnlyList<string> SideB,
    string? Location,
    IReadOnlyList<string> Citations,
    string Text,
    EvidenceRef Evidence);
