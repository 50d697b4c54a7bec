namespace Rapport.Analysis.ChangePoints;

/// <summary>
/// Change-point detection by PELT, Pruned Exact Linear Time (Killick, Fearnhead &amp; Eckley 2012): the segmentation that
/// minimises the total segment cost plus a penalty per change point, found exactly, with candidates pruned once they
/// can no longer be optimal so that the work is close to linear in the series length.
/// </summary>
public static class Pelt
{
    // Fraction of the overall variance below which a segment's variance is floored in the mean-and-variance cost.
    private const double VarianceFloorFraction = 1e-6;

    // The share of absolute differences kept by the noise estimate, and the mean of a standard half-normal
    // truncated at that quantile: 2·(φ(0) − φ(1.6449))/0.9.
    private const double TrimmedShare = 0.9;
    private const double TruncatedHalfNormalMean = 0.657347;

    /// <summary>Finds the change points of <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">A value is not finite, or the options are out of range.</exception>
    public static ChangePointResult Detect(IReadOnlyList<double> values, ChangePointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        options ??= ChangePointOptions.Default;
        Validate(values, options);

        var n = values.Count;
        var raw = values.ToArray();
        var sigma = NoiseScale(raw);
        if (n == 0)
        {
            return new ChangePointResult([], [], 0, sigma);
        }

        var minSeg = options.MinSegmentLength;
        var data = options.OutlierClipping && minSeg > 1 ? Clip(raw, minSeg, options.ClipThreshold * sigma) : raw;
        var parameters = options.Cost == ChangePointCost.Mean ? 1 : 2;
        var penalty = options.Penalty ?? DefaultPenalty(options.PenaltyRule, parameters, n);

        var boundaries = n < 2 * minSeg
            ? []
            : Segment(data, minSeg, penalty, CostFunction(data, options.Cost, sigma));

        return Describe(raw, boundaries, penalty, sigma);
    }

    /// <summary>
    /// σ̂: the noise standard deviation, estimated from the first differences, which a few steps in the mean barely
    /// move: the mean of the smallest 90 % of the absolute deviations of the differences from their median, scaled for
    /// the normal (the mean of a half-normal truncated at its 90th percentile is 0.65735σ; a difference of two
    /// independent values has standard deviation √2·σ). Trimming the largest 10 % discards the differences that
    /// straddle steps and outliers; averaging the rest is steadier on short series than the median absolute
    /// deviation. A constant series gets a tiny positive scale so that the penalty stays positive.
    /// </summary>
    public static double NoiseScale(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            return Tiny(values);
        }

        var diffs = new double[values.Count - 1];
        for (var i = 1; i < values.Count; i++)
        {
            diffs[i - 1] = values[i] - values[i - 1];
        }

        var center = Median(diffs);
        var deviations = diffs.Select(d => Math.Abs(d - center)).Order().ToArray();
        var kept = Math.Max(1, (int)Math.Floor(TrimmedShare * deviations.Length));
        var scale = deviations.Take(kept).Average() / (TruncatedHalfNormalMean * Math.Sqrt(2));
        return scale > 0 ? scale : Tiny(values);
    }

    /// <summary>The penalty a rule gives for a series of <paramref name="n"/> values when a segment adds <paramref name="parameters"/> parameters.</summary>
    public static double DefaultPenalty(PenaltyRule rule, int parameters, int n)
    {
        var logN = Math.Log(Math.Max(n, 2));
        return rule switch
        {
            PenaltyRule.ModifiedBic => (parameters + 2) * logN,
            PenaltyRule.Bic => (parameters + 1) * logN,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown penalty rule."),
        };
    }

    private static void Validate(IReadOnlyList<double> values, ChangePointOptions options)
    {
        if (options.MinSegmentLength < 1)
        {
            throw new ArgumentException("The minimum segment length is at least 1.", nameof(options));
        }

        if (options.Cost == ChangePointCost.MeanAndVariance && options.MinSegmentLength < 2)
        {
            throw new ArgumentException("A variance needs segments of at least 2 values.", nameof(options));
        }

        if (options.Penalty is { } p && (!double.IsFinite(p) || p < 0))
        {
            throw new ArgumentException("The penalty is a finite number ≥ 0.", nameof(options));
        }

        if (!(options.ClipThreshold > 0))
        {
            throw new ArgumentException("The clip threshold is positive.", nameof(options));
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Value {i} is {values[i]}; a series needs finite values.", nameof(values));
            }
        }
    }

    // Cost of the segment [start, end) from prefix sums of the centred data (centring keeps S2 − S1²/m accurate).
    private static Func<int, int, double> CostFunction(double[] data, ChangePointCost cost, double sigma)
    {
        var n = data.Length;
        var mean = data.Average();
        var s1 = new double[n + 1];
        var s2 = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            var x = data[i] - mean;
            s1[i + 1] = s1[i] + x;
            s2[i + 1] = s2[i] + (x * x);
        }

        double SumSquares(int start, int end)
        {
            var m = end - start;
            var sum = s1[end] - s1[start];
            return Math.Max(0, s2[end] - s2[start] - (sum * sum / m));
        }

        if (cost == ChangePointCost.Mean)
        {
            var variance = sigma * sigma;
            return (start, end) => SumSquares(start, end) / variance;
        }

        var floor = Math.Max(VarianceFloorFraction * Math.Max(s2[n] / n, sigma * sigma), double.Epsilon);
        return (start, end) =>
        {
            var m = end - start;
            return m * Math.Log(Math.Max(SumSquares(start, end) / m, floor));
        };
    }

    // PELT proper. F[t] is the optimal cost of data[0, t); last[t] the start of the final segment in that optimum.
    private static List<int> Segment(double[] data, int minSeg, double penalty, Func<int, int, double> cost)
    {
        var n = data.Length;
        var f = new double[n + 1];
        var last = new int[n + 1];
        Array.Fill(f, double.PositiveInfinity);
        f[0] = -penalty;
        var candidates = new List<int> { 0 };
        var costs = new List<double>();

        for (var t = minSeg; t <= n; t++)
        {
            var best = double.PositiveInfinity;
            var bestTau = -1;
            costs.Clear();
            foreach (var tau in candidates)
            {
                var c = t - tau >= minSeg ? f[tau] + cost(tau, t) : double.PositiveInfinity;
                costs.Add(c);
                if (c + penalty < best)
                {
                    best = c + penalty;
                    bestTau = tau;
                }
            }

            f[t] = best;
            last[t] = bestTau;

            // Prune: a candidate whose cost already exceeds the optimum can never start the last segment later on
            // (Killick et al. 2012, theorem 3.1, with K = 0). Candidates not yet eligible are kept.
            var kept = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (t - candidates[i] < minSeg || costs[i] <= f[t])
                {
                    candidates[kept++] = candidates[i];
                }
            }

            candidates.RemoveRange(kept, candidates.Count - kept);

            // t can start a segment once a segment of minSeg values can end at t (t ≥ minSeg holds here).
            if (n - t >= minSeg && double.IsFinite(f[t]))
            {
                candidates.Add(t);
            }
        }

        var boundaries = new List<int>();
        for (var t = last[n]; t > 0; t = last[t])
        {
            boundaries.Add(t);
        }

        boundaries.Reverse();
        return boundaries;
    }

    private static ChangePointResult Describe(double[] raw, List<int> boundaries, double penalty, double sigma)
    {
        var segments = new List<Segment>();
        var start = 0;
        foreach (var end in boundaries.Append(raw.Length))
        {
            var slice = raw.AsSpan(start, end - start);
            var mean = Mean(slice);
            var variance = 0.0;
            foreach (var x in slice)
            {
                variance += (x - mean) * (x - mean);
            }

            segments.Add(new Segment(start, end - start, mean, Math.Sqrt(variance / slice.Length)));
            start = end;
        }

        var points = new List<ChangePoint>();
        for (var i = 1; i < segments.Count; i++)
        {
            points.Add(new ChangePoint(segments[i].Start, segments[i - 1].Mean, segments[i].Mean));
        }

        return new ChangePointResult(points, segments, penalty, sigma);
    }

    private static double[] Clip(double[] data, int minSeg, double limit)
    {
        var n = data.Length;
        var window = Math.Min((2 * minSeg) - 1, n);
        var half = minSeg - 1;
        var clipped = new double[n];
        var buffer = new double[window];
        for (var i = 0; i < n; i++)
        {
            // The window is shifted, not truncated, at the ends, so it always holds 2m − 1 values.
            var from = Math.Clamp(i - half, 0, n - window);
            Array.Copy(data, from, buffer, 0, window);
            var median = Median(buffer);
            // A Hampel filter: an outlying value is replaced by the local median, not merely pulled back to the
            // threshold, so that it cannot combine with naturally high neighbours into a short spurious segment.
            clipped[i] = Math.Abs(data[i] - median) > limit ? median : data[i];
        }

        return clipped;
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var x in values)
        {
            sum += x;
        }

        return sum / values.Length;
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double Tiny(IReadOnlyList<double> values)
    {
        var magnitude = values.Count == 0 ? 0 : values.Max(Math.Abs);
        return 1e-9 * Math.Max(1, magnitude);
    }
}
