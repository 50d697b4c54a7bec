namespace Rapport.Reports.Briefs;

/// <summary>An analysis of competing hypotheses: hypotheses as columns, evidence as rows, and the ranking.</summary>
/// <param name="Hypotheses">Each hypothesis's id and statement, in the analyst's order.</param>
/// <param name="Rows">One row per piece of evidence, in date order.</param>
/// <param name="Ranking">Lines such as "H2 — weighted inconsistency 0.4", least inconsistent first.</param>
public sealed record BriefHypotheses(IReadOnlyList<BriefHypothesis> Hypotheses, IReadOnlyList<BriefHypothesisRow> Rows, IReadOnlyList<string> Ranking);

/// <summary>One hypothesis.</summary>
/// <param name="Id">Its id, e.g. <c>H1</c>.</param>
/// <param name="Statement">What it holds.</param>
public sealed record BriefHypothesis(string Id, string Statement);

/// <summary>One evidence row of the matrix.</summary>
/// <param name="Id">The row's id, e.g. <c>E3</c>.</param>
/// <param name="Evidence">A short description of the evidence.</param>
/// <param name="Credibility">Its credibility in words.</param>
/// <param name="Marks">One mark per hypothesis (CC, C, N, I, II, or empty), in the hypotheses' order.</param>
/// <param name="Source">Where it stands.</param>
public sealed record BriefHypothesisRow(string Id, string Evidence, string Credibility, IReadOnlyList<string> Marks, EvidenceRef Source);
