using Rapport.Analysis.ChangePoints;

namespace Rapport.Analysis.Tests;

public sealed class PeltTests
{
    // Normal noise from a fixed seed (Box–Muller), so every test sees the same series every run.
    private static double[] Noise(int n, int seed, double sigma = 1.0)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            values[i] = sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }

        return values;
    }

    private static double[] Steps(int seed, params (int Length, double Mean)[] segments)
    {
        var n = segments.Sum(s => s.Length);
        var values = Noise(n, seed);
        var i = 0;
        foreach (var (length, mean) in segments)
        {
            for (var k = 0; k < length; k++)
            {
                values[i++] += mean;
            }
        }

        return values;
    }

    [Fact]
    public void A_step_up_is_found_at_the_right_month()
    {
        var result = Pelt.Detect(Steps(1, (40, 0), (40, 4)));
        var point = Assert.Single(result.ChangePoints);
        Assert.InRange(point.Index, 39, 41);
        Assert.InRange(point.Magnitude, 3, 5);
        Assert.True(point.MeanAfter > point.MeanBefore);
        Assert.Equal(2, result.Segments.Count);
    }

    [Fact]
    public void A_step_down_is_found_with_a_negative_magnitude()
    {
        var result = Pelt.Detect(Steps(2, (30, 10), (50, 7)));
        var point = Assert.Single(result.ChangePoints);
        Assert.InRange(point.Index, 29, 31);
        Assert.InRange(point.Magnitude, -4, -2);
    }

    [Fact]
    public void Two_steps_are_both_found()
    {
        var result = Pelt.Detect(Steps(3, (30, 0), (25, 5), (35, 1)));
        Assert.Equal(2, result.ChangePoints.Count);
        Assert.InRange(result.ChangePoints[0].Index, 29, 31);
        Assert.InRange(result.ChangePoints[1].Index, 54, 56);
        Assert.Equal(3, result.Segments.Count);
        Assert.Equal(90, result.Segments.Sum(s => s.Length));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void A_flat_noisy_series_has_no_change_point(int seed)
    {
        var result = Pelt.Detect(Noise(120, seed, sigma: 2.5));
        Assert.Empty(result.ChangePoints);
        Assert.Single(result.Segments);
        Assert.InRange(result.NoiseScale, 1.8, 3.2);
    }

    [Fact]
    public void Flat_noise_stays_flat_across_many_seeds()
    {
        var falseAlarms = Enumerable.Range(100, 200).Count(seed => Pelt.Detect(Noise(60, seed)).ChangePoints.Count > 0);
        // A penalty is not a significance test: a few false alarms in 200 are expected, not dozens.
        Assert.True(falseAlarms <= 10, $"{falseAlarms} of 200 flat series had a change point");
    }

    [Theory]
    [InlineData(9)]
    [InlineData(20)]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void A_single_outlier_is_not_a_change_point(int seed)
    {
        var values = Noise(60, seed);
        var clean = Pelt.Detect(values).ChangePoints.Select(p => p.Index).ToList();
        values[30] += 15;
        Assert.Equal(clean, Pelt.Detect(values).ChangePoints.Select(p => p.Index));
        Assert.Equal(clean, Pelt.Detect(values, new ChangePointOptions(MinSegmentLength: 3)).ChangePoints.Select(p => p.Index));
        Assert.Empty(clean);
    }

    [Fact]
    public void Without_clipping_and_with_one_value_segments_an_outlier_stands_out()
    {
        var values = Noise(60, 9);
        values[30] += 15;
        var result = Pelt.Detect(values, new ChangePointOptions(MinSegmentLength: 1, OutlierClipping: false));
        Assert.Equal([30, 31], result.ChangePoints.Select(p => p.Index));
        Assert.Equal(1, result.Segments[1].Length);
    }

    [Fact]
    public void A_sustained_shift_is_not_clipped_away()
    {
        var values = Steps(10, (20, 0), (20, 12), (20, 0));
        var result = Pelt.Detect(values);
        Assert.Equal(2, result.ChangePoints.Count);
        Assert.InRange(result.ChangePoints[0].MeanAfter, 11, 13);
    }

    [Fact]
    public void The_means_are_reported_from_the_unclipped_values()
    {
        var values = Steps(12, (30, 0), (30, 6));
        values[10] += 30;
        var result = Pelt.Detect(values);
        var first = result.Segments[0];
        Assert.Equal(values.Take(first.Length).Average(), first.Mean, 9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_series_too_short_to_split_has_no_change_point(int n)
    {
        var result = Pelt.Detect(Enumerable.Range(0, n).Select(i => (double)i * 10).ToArray());
        Assert.Empty(result.ChangePoints);
        Assert.Equal(n == 0 ? 0 : 1, result.Segments.Count);
    }

    [Fact]
    public void A_short_series_with_a_clear_step_is_split()
    {
        var result = Pelt.Detect([1.0, 1.1, 0.9, 1.0, 9.0, 9.1, 8.9, 9.0]);
        Assert.Equal(4, Assert.Single(result.ChangePoints).Index);
    }

    [Fact]
    public void A_constant_series_has_no_change_point_and_an_exact_step_is_found_exactly()
    {
        Assert.Empty(Pelt.Detect(Enumerable.Repeat(3.0, 30).ToArray()).ChangePoints);
        var step = Enumerable.Repeat(0.0, 15).Concat(Enumerable.Repeat(5.0, 15)).ToArray();
        Assert.Equal(15, Assert.Single(Pelt.Detect(step).ChangePoints).Index);
    }

    [Fact]
    public void The_minimum_segment_length_is_respected()
    {
        var result = Pelt.Detect(Steps(13, (20, 0), (3, 8), (20, 0)), new ChangePointOptions(MinSegmentLength: 5));
        Assert.All(result.Segments, s => Assert.True(s.Length >= 5));
    }

    [Fact]
    public void The_default_penalty_is_the_modified_bic_and_a_manual_penalty_is_used_as_given()
    {
        var values = Noise(50, 14);
        Assert.Equal(3 * Math.Log(50), Pelt.Detect(values).Penalty, 9);
        Assert.Equal(2 * Math.Log(50), Pelt.Detect(values, new ChangePointOptions(PenaltyRule: PenaltyRule.Bic)).Penalty, 9);
        Assert.Equal(4 * Math.Log(50), Pelt.Detect(values, new ChangePointOptions(ChangePointCost.MeanAndVariance)).Penalty, 9);
        Assert.Equal(100, Pelt.Detect(values, new ChangePointOptions(Penalty: 100)).Penalty);
    }

    [Fact]
    public void A_huge_penalty_suppresses_every_change_point() =>
        Assert.Empty(Pelt.Detect(Steps(15, (20, 0), (20, 5)), new ChangePointOptions(Penalty: 1e9)).ChangePoints);

    [Fact]
    public void The_mean_and_variance_cost_finds_a_change_in_spread()
    {
        var calm = Noise(60, 16, sigma: 0.5);
        var volatile_ = Noise(60, 17, sigma: 5);
        var result = Pelt.Detect(calm.Concat(volatile_).ToArray(), new ChangePointOptions(ChangePointCost.MeanAndVariance, MinSegmentLength: 5, OutlierClipping: false));
        var point = Assert.Single(result.ChangePoints);
        Assert.InRange(point.Index, 55, 65);
        Assert.True(result.Segments[1].StandardDeviation > 3 * result.Segments[0].StandardDeviation);
    }

    [Fact]
    public void The_noise_scale_ignores_steps()
    {
        var sigma = Pelt.NoiseScale(Steps(18, (100, 0), (100, 20)));
        Assert.InRange(sigma, 0.8, 1.25);
    }

    [Fact]
    public void Count_series_with_many_zeros_still_get_a_positive_noise_scale()
    {
        var counts = new double[40];
        counts[5] = 1;
        counts[17] = 2;
        counts[30] = 1;
        Assert.True(Pelt.NoiseScale(counts) > 0);
        Assert.Empty(Pelt.Detect(counts).ChangePoints);
    }

    [Fact]
    public void Invalid_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Pelt.Detect([1, double.NaN, 2]));
        Assert.Throws<ArgumentException>(() => Pelt.Detect([1, 2, 3], new ChangePointOptions(MinSegmentLength: 0)));
        Assert.Throws<ArgumentException>(() => Pelt.Detect([1, 2, 3], new ChangePointOptions(ChangePointCost.MeanAndVariance, MinSegmentLength: 1)));
        Assert.Throws<ArgumentException>(() => Pelt.Detect([1, 2, 3], new ChangePointOptions(Penalty: -1)));
    }

    [Fact]
    public void Pruning_keeps_the_exact_optimum_of_a_brute_force_search()
    {
        var values = Steps(19, (7, 0), (6, 3), (8, -1));
        var options = new ChangePointOptions(MinSegmentLength: 2, OutlierClipping: false);
        var result = Pelt.Detect(values, options);
        var sigma = result.NoiseScale;
        var penalty = result.Penalty;

        double Cost(int s, int e)
        {
            var mean = values.Skip(s).Take(e - s).Average();
            return values.Skip(s).Take(e - s).Sum(x => (x - mean) * (x - mean)) / (sigma * sigma);
        }

        // Optimal partitioning without pruning, O(n²).
        var n = values.Length;
        var f = new double[n + 1];
        Array.Fill(f, double.PositiveInfinity);
        f[0] = -penalty;
        for (var t = 2; t <= n; t++)
        {
            for (var s = 0; s <= t - 2; s++)
            {
                if (s == 1)
                {
                    continue;
                }

                f[t] = Math.Min(f[t], f[s] + Cost(s, t) + penalty);
            }
        }

        var peltTotal = result.Segments.Sum(s => Cost(s.Start, s.End)) + (result.ChangePoints.Count * penalty);
        Assert.Equal(f[n], peltTotal, 6);
    }
}
