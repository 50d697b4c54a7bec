using Rapport.Model;

namespace Rapport.Storage;

/// <summary>
/// One extracted fact as the store keeps it: the columns every query needs (kind, span, rule, date, the two
/// sides) and the whole fact as JSON in the documented extraction contract, so the store does not need to
/// change each time a fact gains a field.
/// </summary>
/// <param name="Kind">What kind of fact.</param>
/// <param name="Span">Its evidence in the document.</param>
/// <param name="Rule">The rule that produced it.</param>
/// <param name="Date">When it happened, as precise as known.</param>
/// <param name="Subject">The speaker, side A, supporter or actor name; null when none.</param>
/// <param name="Object">Side B or recipient, names joined by "; "; null when none.</param>
/// <param name="Payload">The fact as a JSON object of the extraction contract.</param>
public sealed record FactRecord(FactKind Kind, Span Span, RuleRef Rule, PartialDate Date, string? Subject, string? Object, string Payload);
