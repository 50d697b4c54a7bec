namespace Rapport.Reports.Briefs;

/// <summary>The brief's overview: trend, activity by period, areas of support and the authors' assessments.</summary>
/// <param name="Trend">Machine-drafted sentences on the dyad score and its turning points.</param>
/// <param name="Activity">Counts of visits, meetings, calls, ceremonies and statements by period, oldest first.</param>
/// <param name="Support">Machine-drafted sentences on which areas of support are evidenced and how strongly.</param>
/// <param name="Assessments">The documents' authors' own judgements, quoted, with their estimative level.</param>
public sealed record BriefOverview(
    IReadOnlyList<DraftedSentence> Trend,
    IReadOnlyList<BriefActivity> Activity,
    IReadOnlyList<DraftedSentence> Support,
    IReadOnlyList<BriefAssessment> Assessments);
