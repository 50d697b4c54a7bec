using Rapport.Model;

namespace Rapport.Analysis.Credibility;

/// <summary>
/// Rates how credible a piece of information is from how many independent sources report it, how reliable they are,
/// and how many independent sources contradict it. A simple, deterministic rule an analyst can check by hand; see
/// <c>docs/analysis.md</c> for the table.
/// </summary>
public static class Corroboration
{
    /// <summary>
    /// Groups reports into independent sources: reports sharing an <see cref="SourceReport.Origin"/> (or, without one,
    /// the same outlet, compared case-insensitively) are one source, graded by its best grade.
    /// </summary>
    public static IReadOnlyList<ReliabilityGrade> IndependentSources(IEnumerable<SourceReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return reports
            .GroupBy(r => (r.Origin ?? r.Outlet).Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Min(r => r.Reliability))
            .OrderBy(g => g)
            .ToList();
    }

    /// <summary>
    /// The rating, first rule that applies:
    /// no independent source → 6;
    /// contradicted by at least as many independent sources as confirm it → 5;
    /// contradicted by fewer → 4;
    /// three or more independent sources, at least one graded A or B → 1;
    /// two or more, at least one graded A–C → 2;
    /// two or more otherwise → 3;
    /// one source graded A–C → 3;
    /// one graded D or E → 4;
    /// one ungraded (F) → 6.
    /// </summary>
    /// <param name="reports">The reports that carry the information.</param>
    /// <param name="contradictingSources">How many independent sources report the contrary.</param>
    public static InformationCredibility Rate(IEnumerable<SourceReport> reports, int contradictingSources = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contradictingSources);
        var sources = IndependentSources(reports);
        var n = sources.Count;
        if (n == 0)
        {
            return InformationCredibility.CannotBeJudged;
        }

        if (contradictingSources > 0)
        {
            return contradictingSources >= n ? InformationCredibility.Improbable : InformationCredibility.Doubtful;
        }

        var best = sources[0];
        return n switch
        {
            >= 3 when best <= ReliabilityGrade.B => InformationCredibility.Confirmed,
            >= 2 when best <= ReliabilityGrade.C => InformationCredibility.ProbablyTrue,
            >= 2 => InformationCredibility.PossiblyTrue,
            _ when best <= ReliabilityGrade.C => InformationCredibility.PossiblyTrue,
            _ when best <= ReliabilityGrade.E => InformationCredibility.Doubtful,
            _ => InformationCredibility.CannotBeJudged,
        };
    }
}
