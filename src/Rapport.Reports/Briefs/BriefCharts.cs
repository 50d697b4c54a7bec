namespace Rapport.Reports.Briefs;

/// <summary>The brief's charts as self-contained SVG documents (no scripts, no external references).</summary>
/// <param name="DyadTimeline">The monthly dyad score with turning points marked.</param>
/// <param name="Network">The actor network of the period.</param>
public sealed record BriefCharts(string DyadTimeline, string Network);
