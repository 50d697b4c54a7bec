using Rapport.Analysis.Credibility;
using Rapport.Model;

namespace Rapport.Analysis.Tests;

public sealed class CorroborationTests
{
    private static SourceReport R(string outlet, ReliabilityGrade grade, string? origin = null) => new(outlet, grade, origin);

    [Fact]
    public void Three_independent_sources_with_a_reliable_one_confirm() =>
        Assert.Equal(InformationCredibility.Confirmed, Corroboration.Rate([R("o1", ReliabilityGrade.B), R("o2", ReliabilityGrade.F), R("o3", ReliabilityGrade.D)]));

    [Fact]
    public void Three_sources_none_better_than_c_are_probably_true() =>
        Assert.Equal(InformationCredibility.ProbablyTrue, Corroboration.Rate([R("o1", ReliabilityGrade.C), R("o2", ReliabilityGrade.C), R("o3", ReliabilityGrade.F)]));

    [Fact]
    public void Two_sources_with_a_fairly_reliable_one_are_probably_true() =>
        Assert.Equal(InformationCredibility.ProbablyTrue, Corroboration.Rate([R("o1", ReliabilityGrade.A), R("o2", ReliabilityGrade.E)]));

    [Fact]
    public void Several_weak_or_ungraded_sources_make_it_possibly_true()
    {
        Assert.Equal(InformationCredibility.PossiblyTrue, Corroboration.Rate([R("o1", ReliabilityGrade.F), R("o2", ReliabilityGrade.F)]));
        Assert.Equal(InformationCredibility.PossiblyTrue, Corroboration.Rate([R("o1", ReliabilityGrade.D), R("o2", ReliabilityGrade.E), R("o3", ReliabilityGrade.F)]));
    }

    [Theory]
    [InlineData(ReliabilityGrade.A, InformationCredibility.PossiblyTrue)]
    [InlineData(ReliabilityGrade.B, InformationCredibility.PossiblyTrue)]
    [InlineData(ReliabilityGrade.C, InformationCredibility.PossiblyTrue)]
    [InlineData(ReliabilityGrade.D, InformationCredibility.Doubtful)]
    [InlineData(ReliabilityGrade.E, InformationCredibility.Doubtful)]
    [InlineData(ReliabilityGrade.F, InformationCredibility.CannotBeJudged)]
    public void A_single_source_is_rated_by_its_grade(ReliabilityGrade grade, InformationCredibility expected) =>
        Assert.Equal(expected, Corroboration.Rate([R("only", grade)]));

    [Fact]
    public void No_source_cannot_be_judged() =>
        Assert.Equal(InformationCredibility.CannotBeJudged, Corroboration.Rate([]));

    [Fact]
    public void Outlets_repeating_one_origin_are_one_source_graded_by_the_best()
    {
        var reports = new[]
        {
            R("o1", ReliabilityGrade.D, "agency-x"),
            R("o2", ReliabilityGrade.B, "agency-x"),
            R("o3", ReliabilityGrade.F, "AGENCY-X"),
        };
        Assert.Equal([ReliabilityGrade.B], Corroboration.IndependentSources(reports));
        Assert.Equal(InformationCredibility.PossiblyTrue, Corroboration.Rate(reports));
    }

    [Fact]
    public void The_same_outlet_twice_is_one_source() =>
        Assert.Equal(InformationCredibility.PossiblyTrue, Corroboration.Rate([R("Outlet", ReliabilityGrade.A), R("outlet ", ReliabilityGrade.A)]));

    [Fact]
    public void Contradiction_makes_information_doubtful_or_improbable()
    {
        var three = new[] { R("o1", ReliabilityGrade.A), R("o2", ReliabilityGrade.A), R("o3", ReliabilityGrade.A) };
        Assert.Equal(InformationCredibility.Doubtful, Corroboration.Rate(three, contradictingSources: 2));
        Assert.Equal(InformationCredibility.Improbable, Corroboration.Rate(three, contradictingSources: 3));
        Assert.Equal(InformationCredibility.CannotBeJudged, Corroboration.Rate([], contradictingSources: 2));
    }

    [Fact]
    public void The_scale_numbers_follow_the_admiralty_code() =>
        Assert.Equal([1, 2, 3, 4, 5, 6], Enum.GetValues<InformationCredibility>().Select(v => (int)v));

    [Fact]
    public void A_negative_contradiction_count_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Corroboration.Rate([], -1));
}
