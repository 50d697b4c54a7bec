namespace Rapport.Reports.Briefs;

/// <summary>How much happened in one period (a quarter, or a year when undated finer).</summary>
/// <param name="Period">The period's label, e.g. <c>2017-Q4</c>.</param>
/// <param name="Visits">Visits.</param>
/// <param name="Meetings">Meetings.</param>
/// <param name="Calls">Phone calls.</param>
/// <param name="Ceremonies">Ceremonies.</param>
/// <param name="Statements">Statements.</param>
public sealed record BriefActivity(string Period, int Visits, int Meetings, int Calls, int Ceremonies, int Statements);
