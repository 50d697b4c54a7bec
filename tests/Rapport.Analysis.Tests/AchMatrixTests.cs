using Rapport.Analysis.Hypotheses;

namespace Rapport.Analysis.Tests;

public sealed class AchMatrixTests
{
    private static AchMatrix Sample()
    {
        var matrix = new AchMatrix(
            [new Hypothesis("H1", "The group acted alone"), new Hypothesis("H2", "The patron directed it"), new Hypothesis("H3", "A rival staged it")],
            [
                new AchEvidence("E1", "Weapons of the patron's make were found", 0.9),
                new AchEvidence("E2", "The group claimed the attack", 0.6),
                new AchEvidence("E3", "The attack happened at night", 1.0),
                new AchEvidence("E4", "A defector says the patron ordered it", 0.3),
            ]);

        return matrix
            .Rate("E1", "H1", AchRating.Inconsistent).Rate("E1", "H2", AchRating.Consistent).Rate("E1", "H3", AchRating.Neutral)
            .Rate("E2", "H1", AchRating.Consistent).Rate("E2", "H2", AchRating.Consistent).Rate("E2", "H3", AchRating.Inconsistent)
            .Rate("E3", "H1", AchRating.Neutral).Rate("E3", "H2", AchRating.Neutral).Rate("E3", "H3", AchRating.Neutral)
            .Rate("E4", "H1", AchRating.Inconsistent).Rate("E4", "H2", AchRating.Consistent).Rate("E4", "H3", AchRating.Inconsistent);
    }

    [Fact]
    public void Hypotheses_are_ranked_least_inconsistent_first()
    {
        var ranking = Sample().Ranking();
        Assert.Equal(["H2", "H3", "H1"], ranking.Select(r => r.Hypothesis.Id));
        Assert.Equal([1, 2, 3], ranking.Select(r => r.Rank));
    }

    [Fact]
    public void The_inconsistency_score_is_the_sum_of_credibility_weights_of_inconsistent_evidence()
    {
        var scores = Sample().Ranking().ToDictionary(r => r.Hypothesis.Id);
        Assert.Equal(0.0, scores["H2"].WeightedInconsistency, 12);
        Assert.Equal(0.9, scores["H3"].WeightedInconsistency, 12);
        Assert.Equal(1.2, scores["H1"].WeightedInconsistency, 12);
        Assert.Equal(2, scores["H1"].InconsistentCount);
        Assert.Equal(3, scores["H2"].ConsistentCount);
    }

    [Fact]
    public void Much_weak_evidence_can_weigh_less_than_one_credible_item()
    {
        var matrix = new AchMatrix(
            [new Hypothesis("H1", "one"), new Hypothesis("H2", "two")],
            [new AchEvidence("E1", "credible", 1.0), new AchEvidence("E2", "rumour", 0.2), new AchEvidence("E3", "rumour", 0.2)]);
        matrix.Rate("E1", "H1", AchRating.Inconsistent).Rate("E2", "H2", AchRating.Inconsistent).Rate("E3", "H2", AchRating.Inconsistent);
        Assert.Equal("H2", matrix.Ranking()[0].Hypothesis.Id);
    }

    [Fact]
    public void Evidence_rated_the_same_against_every_hypothesis_is_not_diagnostic()
    {
        var diagnosticity = Sample().Diagnosticity().ToDictionary(d => d.Evidence.Id);
        Assert.False(diagnosticity["E3"].IsDiagnostic);
        Assert.Equal(0, diagnosticity["E3"].Diagnosticity);
        Assert.True(diagnosticity["E1"].IsDiagnostic);
        Assert.Equal(2 / 3.0, diagnosticity["E1"].Diagnosticity, 12);
        Assert.Equal(1 / 3.0, diagnosticity["E2"].Diagnosticity, 12);
    }

    [Fact]
    public void Equal_scores_share_a_rank_and_keep_the_order_given()
    {
        var matrix = new AchMatrix([new Hypothesis("A", "a"), new Hypothesis("B", "b"), new Hypothesis("C", "c")], [new AchEvidence("E", "e", 0.5)]);
        matrix.Rate("E", "C", AchRating.Inconsistent);
        var ranking = matrix.Ranking();
        Assert.Equal(["A", "B", "C"], ranking.Select(r => r.Hypothesis.Id));
        Assert.Equal([1, 1, 3], ranking.Select(r => r.Rank));
    }

    [Fact]
    public void Unrated_cells_count_as_not_applicable_and_are_listed()
    {
        var matrix = new AchMatrix([new Hypothesis("H1", "x"), new Hypothesis("H2", "y")], [new AchEvidence("E1", "e", 1)]);
        matrix.Rate("E1", "H1", AchRating.Inconsistent);
        Assert.Equal(AchRating.NotApplicable, matrix.RatingOf("E1", "H2"));
        Assert.Equal([("E1", "H2")], matrix.Unrated);
    }

    [Fact]
    public void A_later_rating_replaces_an_earlier_one()
    {
        var matrix = Sample().Rate("E1", "H1", AchRating.Consistent);
        Assert.Equal(0.3, matrix.Ranking().Single(r => r.Hypothesis.Id == "H1").WeightedInconsistency, 12);
    }

    [Fact]
    public void Bad_matrices_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new AchMatrix([], []));
        Assert.Throws<ArgumentException>(() => new AchMatrix([new Hypothesis("H", "x"), new Hypothesis("H", "y")], []));
        Assert.Throws<ArgumentException>(() => new AchMatrix([new Hypothesis("H", "x")], [new AchEvidence("E", "e", 1.5)]));
        Assert.Throws<ArgumentException>(() => new AchMatrix([new Hypothesis("H", "x")], [new AchEvidence("E", "e", double.NaN)]));
        Assert.Throws<KeyNotFoundException>(() => Sample().Rate("E9", "H1", AchRating.Neutral));
        Assert.Throws<KeyNotFoundException>(() => Sample().Rate("E1", "H9", AchRating.Neutral));
    }
}
