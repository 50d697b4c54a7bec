namespace Rapport.Analysis.Hypotheses;

/// <summary>One of the competing explanations.</summary>
/// <param name="Id">A short stable id, e.g. <c>H1</c>.</param>
/// <param name="Statement">The hypothesis in a sentence.</param>
public sealed record Hypothesis(string Id, string Statement);
