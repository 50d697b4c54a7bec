using Rapport.Model;

namespace Rapport.Analysis.Credibility;

/// <summary>One outlet's report of a piece of information.</summary>
/// <param name="Outlet">A key for the outlet (its name or id).</param>
/// <param name="Reliability">The outlet's Admiralty grade; F when ungraded.</param>
/// <param name="Origin">
/// Where the outlet got it, when it says (an agency it quotes, a statement it relays). Reports that share an origin
/// are one source, however many outlets repeat them; null means the outlet is its own origin.
/// </param>
public sealed record SourceReport(string Outlet, ReliabilityGrade Reliability, string? Origin = null);
