using Rapport.Model;

namespace Rapport.Services.Briefs;

/// <summary>What a brief is to cover.</summary>
/// <param name="SideA">The first side of the dyad: a state or organisation the gazetteers know.</param>
/// <param name="SideB">The second side.</param>
/// <param name="From">The first month; null to start at the earliest dated fact about the dyad.</param>
/// <param name="To">The last month; null to end at the latest dated fact about the dyad.</param>
/// <param name="Issued">The date of issue printed on the brief.</param>
public sealed record BriefRequest(string SideA, string SideB, YearMonth? From, YearMonth? To, DateOnly Issued)
{
    /// <summary>The analyst's competing hypotheses, when the brief should carry the matrix.</summary>
    public HypothesesFile? Hypotheses { get; init; }

    /// <summary>A title of the analyst's own; by default one is made from the dyad.</summary>
    public string? Title { get; init; }
}
