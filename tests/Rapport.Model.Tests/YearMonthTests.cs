using Rapport.Model;

namespace Rapport.Model.Tests;

public sealed class YearMonthTests
{
    [Fact]
    public void A_month_round_trips_through_its_iso_form()
    {
        var month = YearMonth.Parse("2017-08");
        Assert.Equal(2017, month.Year);
        Assert.Equal(8, month.Month);
        Assert.Equal("2017-08", month.ToString());
    }

    [Theory]
    [InlineData("2017-13")]
    [InlineData("2017-00")]
    [InlineData("2017-8")]
    [InlineData("17-08")]
    [InlineData("2017/08")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0000-01")]
    public void Malformed_or_impossible_months_do_not_parse(string? text)
    {
        Assert.False(YearMonth.TryParse(text, out _));
        Assert.Throws<FormatException>(() => YearMonth.Parse(text));
    }

    [Fact]
    public void The_constructor_rejects_impossible_months()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(2017, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(0, 1));
    }

    [Fact]
    public void Adding_months_crosses_year_boundaries()
    {
        var month = new YearMonth(2016, 11);
        Assert.Equal(new YearMonth(2017, 2), month + 3);
        Assert.Equal(new YearMonth(2015, 12), month - 11);
        Assert.Equal(15, new YearMonth(2018, 2) - month);
    }

    [Fact]
    public void Arithmetic_outside_the_calendar_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => YearMonth.MinValue - 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => YearMonth.MaxValue + 1);
    }

    [Fact]
    public void Months_order_chronologically()
    {
        Assert.True(new YearMonth(2016, 12) < new YearMonth(2017, 1));
        Assert.True(new YearMonth(2017, 1).CompareTo(new YearMonth(2017, 1)) == 0);
    }

    [Fact]
    public void Only_month_and_day_precision_dates_have_a_month()
    {
        Assert.Equal(new YearMonth(2017, 8), YearMonth.From(PartialDate.OfDay(2017, 8, 31)));
        Assert.Equal(new YearMonth(2017, 8), YearMonth.From(PartialDate.OfMonth(2017, 8)));
        Assert.Null(YearMonth.From(PartialDate.OfYear(2017)));
        Assert.Null(YearMonth.From(PartialDate.Unknown));
    }

    [Fact]
    public void The_first_and_last_day_bound_the_month()
    {
        var february = new YearMonth(2016, 2);
        Assert.Equal(new DateOnly(2016, 2, 1), february.FirstDay);
        Assert.Equal(new DateOnly(2016, 2, 29), february.LastDay);
    }
}
