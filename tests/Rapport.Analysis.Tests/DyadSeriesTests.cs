using Rapport.Analysis.EventData;
using Rapport.Analysis.Series;
using Rapport.Model;

namespace Rapport.Analysis.Tests;

public sealed class DyadSeriesTests
{
    private static readonly ActorId A1 = new("a/state");
    private static readonly ActorId A2 = new("a/ministry");
    private static readonly ActorId B1 = new("b/movement");
    private static readonly ActorId B2 = new("b/wing");
    private static readonly ActorId C = new("c/other");
    private static readonly Dyad Dyad = new("A–B", [A1, A2], [B1, B2]);

    private static DyadEvent E(PartialDate date, ActorId source, ActorId target, string code = "042", double goldstein = 1.9, QuadClass quad = QuadClass.VerbalCooperation) =>
        new(date, source, target, code, goldstein, quad);

    [Fact]
    public void Every_month_in_range_is_present_even_when_empty()
    {
        var series = DyadSeriesBuilder.Build([], Dyad, new YearMonth(2016, 11), new YearMonth(2017, 2));
        Assert.Equal(["2016-11", "2016-12", "2017-01", "2017-02"], series.Months.Select(m => m.Month.ToString()));
        Assert.All(series.Months, m => Assert.Equal(0, m.Combined.Count));
        Assert.All(series.Months, m => Assert.Null(m.Combined.GoldsteinMean));
    }

    [Fact]
    public void Events_are_counted_per_direction_and_combined()
    {
        var events = new[]
        {
            E(PartialDate.OfDay(2017, 1, 5), A1, B1),
            E(PartialDate.OfDay(2017, 1, 20), A2, B2, "072", 8.3, QuadClass.MaterialCooperation),
            E(PartialDate.OfDay(2017, 1, 25), B1, A1, "112", -2.0, QuadClass.VerbalConflict),
        };

        var january = DyadSeriesBuilder.Build(events, Dyad, new YearMonth(2017, 1), new YearMonth(2017, 1)).Months.Single();

        Assert.Equal(3, january.Combined.Count);
        Assert.Equal(2, january.AToB.Count);
        Assert.Equal(1, january.BToA.Count);
        Assert.Equal(1, january.Combined.CountOf(QuadClass.VerbalCooperation));
        Assert.Equal(1, january.Combined.CountOf(QuadClass.MaterialCooperation));
        Assert.Equal(1, january.Combined.CountOf(QuadClass.VerbalConflict));
        Assert.Equal(0, january.Combined.CountOf(QuadClass.MaterialConflict));
        Assert.Equal(1, january.AToB.CountOfRoot("04"));
        Assert.Equal(1, january.AToB.CountOfRoot("07"));
        Assert.Equal(1, january.BToA.CountOfRoot("11"));
        Assert.Equal(0, january.BToA.CountOfRoot("04"));
    }

    [Fact]
    public void The_cooperation_score_is_the_goldstein_sum_and_its_mean()
    {
        var events = new[]
        {
            E(PartialDate.OfDay(2017, 3, 1), A1, B1, "072", 8.3, QuadClass.MaterialCooperation),
            E(PartialDate.OfDay(2017, 3, 2), B1, A1, "190", -10.0, QuadClass.MaterialConflict),
            E(PartialDate.OfDay(2017, 3, 3), A1, B2, "051", 3.4),
        };

        var march = DyadSeriesBuilder.Build(events, Dyad, new YearMonth(2017, 3), new YearMonth(2017, 3)).Months.Single();

        Assert.Equal(1.7, march.Combined.GoldsteinSum, 9);
        Assert.Equal(1.7 / 3, march.Combined.GoldsteinMean!.Value, 9);
        Assert.Equal(11.7, march.AToB.GoldsteinSum, 9);
        Assert.Equal(-10.0, march.BToA.GoldsteinMean!.Value, 9);
    }

    [Fact]
    public void Month_and_day_precision_go_to_their_month_year_and_unknown_dates_are_counted_apart()
    {
        var events = new[]
        {
            E(PartialDate.OfDay(2017, 8, 31), A1, B1),
            E(PartialDate.OfMonth(2017, 8), A1, B1),
            E(PartialDate.OfYear(2017), A1, B1),
            E(PartialDate.OfYear(2017), B1, A1),
            E(PartialDate.Unknown, A1, B1),
        };

        var series = DyadSeriesBuilder.Build(events, Dyad, new YearMonth(2017, 7), new YearMonth(2017, 9));

        Assert.Equal([0, 2, 0], series.Months.Select(m => m.Combined.Count));
        Assert.Equal(2, series.YearPrecisionExcluded);
        Assert.Equal(1, series.UnknownDateExcluded);
        Assert.Equal(0, series.OutOfRangeExcluded);
    }

    [Fact]
    public void Events_outside_the_range_or_the_dyad_are_counted_not_binned()
    {
        var events = new[]
        {
            E(PartialDate.OfDay(2016, 12, 31), A1, B1),
            E(PartialDate.OfDay(2017, 2, 1), A1, B1),
            E(PartialDate.OfDay(2017, 1, 15), A1, A2),
            E(PartialDate.OfDay(2017, 1, 15), A1, C),
            E(PartialDate.OfDay(2017, 1, 15), C, B1),
        };

        var series = DyadSeriesBuilder.Build(events, Dyad, new YearMonth(2017, 1), new YearMonth(2017, 1));

        Assert.Equal(0, series.Months.Single().Combined.Count);
        Assert.Equal(2, series.OutOfRangeExcluded);
        Assert.Equal(3, series.NotInDyad);
    }

    [Fact]
    public void Values_feed_a_change_point_search_and_indices_map_back_to_months()
    {
        var events = Enumerable.Range(0, 6).Select(i => E(PartialDate.OfDay(2017, 1 + i, 10), A1, B1, goldstein: i));
        var series = DyadSeriesBuilder.Build(events, Dyad, new YearMonth(2017, 1), new YearMonth(2017, 6));
        Assert.Equal([0.0, 1, 2, 3, 4, 5], series.Values(m => m.Combined.GoldsteinSum));
        Assert.Equal(new YearMonth(2017, 4), series.MonthAt(3));
    }

    [Fact]
    public void A_coded_event_becomes_a_dyad_event_once_its_sides_are_resolved()
    {
        var coded = new CodedEvent(EventDataset.Gdelt1, "1", PartialDate.OfDay(2017, 1, 1), EventActor.Empty, EventActor.Empty, "043", 2.8, QuadClass.VerbalCooperation, null, null, 1);
        var e = DyadEvent.From(coded, B1, A1);
        Assert.Equal(DyadDirection.BToA, Dyad.DirectionOf(e.Source, e.Target));
        Assert.Equal("04", e.Root);
        Assert.Equal(2.8, e.Goldstein);
    }

    [Fact]
    public void A_dyad_refuses_an_actor_on_both_sides_or_an_empty_side()
    {
        Assert.Throws<ArgumentException>(() => new Dyad("x", [A1], [A1, B1]));
        Assert.Throws<ArgumentException>(() => new Dyad("x", [], [B1]));
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => DyadSeriesBuilder.Build([], Dyad, new YearMonth(2017, 2), new YearMonth(2017, 1)));
}
