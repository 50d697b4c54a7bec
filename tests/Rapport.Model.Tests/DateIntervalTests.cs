using Rapport.Model;

namespace Rapport.Model.Tests;

public sealed class DateIntervalTests
{
    private static readonly DateInterval From2015To2017 = new(PartialDate.OfYear(2015), PartialDate.OfMonth(2017, 6));

    [Theory]
    [InlineData("2015-01-01", true)]
    [InlineData("2016", true)]
    [InlineData("2017-06-30", true)]
    [InlineData("2017-06", true)]
    [InlineData("2017-07-01", false)]
    [InlineData("2014-12-31", false)]
    [InlineData("2014", false)]
    [InlineData("2018", false)]
    public void A_closed_interval_contains_the_dates_that_may_fall_inside_it(string date, bool expected)
    {
        Assert.Equal(expected, From2015To2017.Contains(PartialDate.Parse(date)));
    }

    [Fact]
    public void A_coarse_date_that_overlaps_a_bound_may_be_inside()
    {
        // "2017" may be any day of 2017, some of which fall before the end of June.
        Assert.True(From2015To2017.Contains(PartialDate.OfYear(2017)));
        Assert.True(new DateInterval(PartialDate.OfDay(2015, 12, 31), PartialDate.Unknown).Contains(PartialDate.OfYear(2015)));
    }

    [Fact]
    public void An_unknown_date_may_be_inside_any_interval()
    {
        Assert.True(From2015To2017.Contains(PartialDate.Unknown));
    }

    [Fact]
    public void Open_ends_reach_indefinitely()
    {
        var since2015 = new DateInterval(PartialDate.OfYear(2015), PartialDate.Unknown);
        var until2015 = new DateInterval(PartialDate.Unknown, PartialDate.OfYear(2015));

        Assert.True(since2015.Contains(PartialDate.OfYear(9999)));
        Assert.False(since2015.Contains(PartialDate.OfYear(2014)));
        Assert.True(until2015.Contains(PartialDate.OfYear(1)));
        Assert.False(until2015.Contains(PartialDate.OfYear(2016)));
        Assert.True(DateInterval.Always.Contains(PartialDate.OfDay(2000, 1, 1)));
    }
}
