namespace Rapport.Extraction.Evaluation;

/// <summary>How an extraction compares with a gold file.</summary>
/// <param name="Statements">Statement scores.</param>
/// <param name="Meetings">Meeting scores.</param>
/// <param name="OutletAccuracy">Share of matched statements whose cited outlets equal the gold's (1 when none matched).</param>
/// <param name="Details">One line per miss, false positive and outlet mismatch, for people tuning rules.</param>
public sealed record EvaluationReport(Score Statements, Score Meetings, double OutletAccuracy, IReadOnlyList<string> Details);
