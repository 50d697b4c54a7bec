namespace Rapport.Model;

/// <summary>Where a fact comes from: the exact span of the exact document, and the rule that read it there.</summary>
/// <param name="Span">The evidence in the document's stored text.</param>
/// <param name="Rule">The rule that produced the fact.</param>
public sealed record Provenance(Span Span, RuleRef Rule);
