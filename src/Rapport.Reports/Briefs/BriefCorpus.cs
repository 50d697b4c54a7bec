using Rapport.Model;

namespace Rapport.Reports.Briefs;

/// <summary>The corpus under a brief: how many documents and outlets, and the dates they span.</summary>
/// <param name="Documents">How many documents the knowledge base holds.</param>
/// <param name="Outlets">How many distinct outlets their facts cite.</param>
/// <param name="Earliest">The earliest publication or fact date; unknown when nothing is dated.</param>
/// <param name="Latest">The latest publication or fact date; unknown when nothing is dated.</param>
public sealed record BriefCorpus(long Documents, int Outlets, PartialDate Earliest, PartialDate Latest);
