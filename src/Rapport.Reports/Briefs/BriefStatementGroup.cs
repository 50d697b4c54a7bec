namespace Rapport.Reports.Briefs;

/// <summary>The statements of one organisation's people (Appendix A groups by organisation).</summary>
/// <param name="Organization">The organisation, or "Other speakers" when none is known.</param>
/// <param name="Statements">Its statements, in date order.</param>
public sealed record BriefStatementGroup(string Organization, IReadOnlyList<BriefStatement> Statements);
