namespace Rapport.Reports.Briefs;

/// <summary>
/// A brief on one dyad, in the reference report's structure, ready to be written in any format. Every part is data
/// drawn from the knowledge base; writers only lay it out, escape it and never add claims of their own.
/// </summary>
/// <param name="Header">Title, dyad, period, date of issue and the corpus the brief rests on.</param>
/// <param name="Overview">The trend, the evidenced areas of support and the authors' own assessments.</param>
/// <param name="AreasOfSupport">One section per kind of support: weapons, funds, know-how, training, political, media.</param>
/// <param name="Hypotheses">The competing-hypotheses matrix, when the analyst supplied hypotheses; otherwise null.</param>
/// <param name="Statements">Appendix A: statements grouped by the speakers' organisations.</param>
/// <param name="Meetings">Appendix B: visits, meetings, calls and ceremonies in date order.</param>
/// <param name="Charts">The dyad timeline and the network, as self-contained SVG.</param>
/// <param name="Sources">Every outlet cited, with its reliability grade and the documents it came from.</param>
public sealed record Brief(
    BriefHeader Header,
    BriefOverview Overview,
    IReadOnlyList<BriefSupportSection> AreasOfSupport,
    BriefHypotheses? Hypotheses,
    IReadOnlyList<BriefStatementGroup> Statements,
    IReadOnlyList<BriefMeeting> Meetings,
    BriefCharts Charts,
    IReadOnlyList<BriefSource> Sources);
