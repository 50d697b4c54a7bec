namespace Rapport.Reports.Briefs;

/// <summary>One area of support (weapons, funds, know-how, training, political, media) with its evidence.</summary>
/// <param name="Kind">The kind as the extraction contract writes it, e.g. <c>know-how</c>.</param>
/// <param name="Heading">The section's heading, e.g. "Weapons".</param>
/// <param name="Strength">How strongly the area is evidenced, in words (claims, documents, credibility); "No evidence in the corpus." when none.</param>
/// <param name="Items">The claims, strongest first.</param>
public sealed record BriefSupportSection(string Kind, string Heading, string Strength, IReadOnlyList<BriefSupportItem> Items);
