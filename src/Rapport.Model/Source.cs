namespace Rapport.Model;

/// <summary>An outlet that publishes or is cited: a TV channel, agency, website, social-media page or newspaper.</summary>
/// <param name="Name">The outlet's name as written in citations.</param>
/// <param name="Medium">What kind of outlet it is.</param>
/// <param name="Reliability">The analyst's Admiralty grade; F until someone grades it.</param>
public sealed record Source(string Name, SourceMedium Medium = SourceMedium.Unknown, ReliabilityGrade Reliability = ReliabilityGrade.F);
