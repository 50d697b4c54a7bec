using Rapport.Model;

namespace Rapport.Reports.Briefs;

/// <summary>One statement as Appendix A lists it.</summary>
/// <param name="Speaker">Who spoke.</param>
/// <param name="Role">The speaker's role at the time, when the text gives it.</param>
/// <param name="Date">When, as precise as known.</param>
/// <param name="Text">The reported content, verbatim from the document.</param>
/// <param name="Citations">Every outlet cited for it, as written.</param>
/// <param name="Topics">Its topics, e.g. military support, funding.</param>
/// <param name="Evidence">Where it stands.</param>
public sealed record BriefStatement(
    string Speaker,
    string? Role,
    PartialDate Date,
    string Text,
    IReadOnlyList<string> Citations,
    IReadOnlyList<string> Topics,
    EvidenceRef Evidence);
