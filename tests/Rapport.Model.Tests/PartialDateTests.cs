using Rapport.Model;

namespace Rapport.Model.Tests;

public sealed class PartialDateTests
{
    [Fact]
    public void Factories_build_dates_of_each_precision()
    {
        Assert.Equal(DatePrecision.Year, PartialDate.OfYear(2017).Precision);
        Assert.Equal(DatePrecision.Month, PartialDate.OfMonth(2017, 8).Precision);
        Assert.Equal(DatePrecision.Day, PartialDate.OfDay(2017, 8, 31).Precision);
        Assert.Equal(DatePrecision.Day, PartialDate.From(new DateOnly(2020, 2, 29)).Precision);
        Assert.False(PartialDate.Unknown.IsKnown);
        Assert.True(PartialDate.OfYear(1).IsKnown);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void A_year_outside_1_to_9999_is_refused(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYear(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfMonth(year, 1));
        Assert.False(PartialDate.TryCreate(year, null, null, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_month_outside_1_to_12_is_refused(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfMonth(2017, month));
        Assert.False(PartialDate.TryCreate(2017, month, null, out _));
    }

    [Theory]
    [InlineData(2017, 2, 29)]
    [InlineData(2020, 2, 30)]
    [InlineData(2017, 4, 31)]
    [InlineData(2017, 1, 0)]
    [InlineData(2017, 1, 32)]
    public void An_impossible_day_cannot_be_built(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfDay(year, month, day));
        Assert.False(PartialDate.TryCreate(year, month, day, out var date));
        Assert.Equal(PartialDate.Unknown, date);
    }

    [Fact]
    public void February_29_exists_only_in_leap_years()
    {
        Assert.Equal(29, PartialDate.OfDay(2020, 2, 29).Day);
        Assert.Equal(29, PartialDate.OfDay(2000, 2, 29).Day);
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfDay(1900, 2, 29));
    }

    [Fact]
    public void A_day_without_a_month_is_refused()
    {
        Assert.False(PartialDate.TryCreate(2017, null, 5, out _));
    }

    [Theory]
    [InlineData("2017", 2017, 0, 0, DatePrecision.Year)]
    [InlineData("2017-08", 2017, 8, 0, DatePrecision.Month)]
    [InlineData("2017-08-31", 2017, 8, 31, DatePrecision.Day)]
    [InlineData(" 2017-08-31 ", 2017, 8, 31, DatePrecision.Day)]
    [InlineData("0001-01-01", 1, 1, 1, DatePrecision.Day)]
    [InlineData("", 0, 0, 0, DatePrecision.Unknown)]
    [InlineData("   ", 0, 0, 0, DatePrecision.Unknown)]
    [InlineData("unknown", 0, 0, 0, DatePrecision.Unknown)]
    [InlineData("UNKNOWN", 0, 0, 0, DatePrecision.Unknown)]
    [InlineData(null, 0, 0, 0, DatePrecision.Unknown)]
    public void TryParse_reads_the_iso_forms(string? text, int year, int month, int day, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
    }

    [Theory]
    [InlineData("17")]
    [InlineData("20170")]
    [InlineData("2017-8")]
    [InlineData("2017-08-1")]
    [InlineData("2017-02-30")]
    [InlineData("2017-13")]
    [InlineData("2017-00")]
    [InlineData("2017-08-31-01")]
    [InlineData("2017/08/31")]
    [InlineData("+2017")]
    [InlineData("-2017")]
    [InlineData("201a")]
    [InlineData("August 2017")]
    [InlineData("2017-08-31T00:00")]
    [InlineData("0000")]
    public void TryParse_rejects_anything_else(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Earliest_and_latest_span_what_the_date_could_mean()
    {
        Assert.Equal((new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31)), (PartialDate.OfYear(2017).Earliest, PartialDate.OfYear(2017).Latest));
        Assert.Equal((new DateOnly(2020, 2, 1), new DateOnly(2020, 2, 29)), (PartialDate.OfMonth(2020, 2).Earliest, PartialDate.OfMonth(2020, 2).Latest));
        Assert.Equal(new DateOnly(2019, 2, 28), PartialDate.OfMonth(2019, 2).Latest);
        Assert.Equal((new DateOnly(2017, 8, 31), new DateOnly(2017, 8, 31)), (PartialDate.OfDay(2017, 8, 31).Earliest, PartialDate.OfDay(2017, 8, 31).Latest));
        Assert.Null(PartialDate.Unknown.Earliest);
        Assert.Null(PartialDate.Unknown.Latest);
    }

    [Fact]
    public void Dates_order_by_earliest_day_with_unknown_first_and_coarser_before_finer()
    {
        var shuffled = new[]
        {
            PartialDate.OfDay(2017, 8, 2),
            PartialDate.OfYear(2018),
            PartialDate.OfDay(2017, 8, 1),
            PartialDate.Unknown,
            PartialDate.OfMonth(2017, 8),
            PartialDate.OfYear(2017),
        };

        var sorted = shuffled.Order().ToList();

        Assert.Equal(
            [PartialDate.Unknown, PartialDate.OfYear(2017), PartialDate.OfMonth(2017, 8), PartialDate.OfDay(2017, 8, 1), PartialDate.OfDay(2017, 8, 2), PartialDate.OfYear(2018)],
            sorted);
        Assert.True(PartialDate.OfYear(2017) < PartialDate.OfMonth(2017, 1));
        Assert.True(PartialDate.OfMonth(2017, 2) > PartialDate.OfDay(2017, 1, 31));
        Assert.True(PartialDate.OfYear(2017) <= PartialDate.OfYear(2017));
        Assert.True(PartialDate.OfYear(2017) >= PartialDate.OfYear(2017));
    }

    [Fact]
    public void Equal_dates_need_the_same_precision()
    {
        Assert.Equal(PartialDate.OfMonth(2017, 8), PartialDate.Parse("2017-08"));
        Assert.NotEqual(PartialDate.OfYear(2017), PartialDate.OfDay(2017, 1, 1));
        Assert.Equal(PartialDate.Unknown, default);
    }

    [Theory]
    [InlineData("2017")]
    [InlineData("2017-08")]
    [InlineData("2017-08-31")]
    [InlineData("0042-01-09")]
    public void The_iso_string_round_trips_through_parse(string text)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(text, date.ToIsoString());
        Assert.Equal(text, date.ToString());
    }

    [Fact]
    public void The_unknown_date_has_no_iso_string()
    {
        Assert.Null(PartialDate.Unknown.ToIsoString());
        Assert.Equal("unknown", PartialDate.Unknown.ToString());
        Assert.Equal("0007", PartialDate.OfYear(7).ToIsoString());
    }
}
