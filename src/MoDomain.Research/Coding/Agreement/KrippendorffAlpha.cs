using System;
using System.Collections.Generic;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Krippendorff's α for any number of coders, missing values, and nominal, ordinal, interval or ratio data, following
/// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011); and a seeded bootstrap confidence interval.
/// </summary>
/// <remarks>
/// <para>Units with fewer than two values are not pairable and are left out, as the definition requires; a unit rated
/// by a single coder therefore never changes α.</para>
/// <para>Time is linear in the number of cells plus the number of distinct values (ratio: plus the square of the number
/// of distinct values); no pair of values across units is ever enumerated.</para>
/// </remarks>
public static class KrippendorffAlpha
{
    /// <summary>Computes α.</summary>
    /// <param name="data">The reliability data.</param>
    /// <param name="metric">The metric (level of measurement).</param>
    /// <returns>The result; <see cref="AlphaResult.IsDefined"/> is false when no unit is pairable or nothing varies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined metric.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="metric"/> is interval or ratio and the data is categorical; or the metric is ratio and a value is negative.
    /// </exception>
    public static AlphaResult Compute(ReliabilityData data, AlphaMetric metric = AlphaMetric.Nominal)
    {
        CheckMetric(data, metric);
        return new AlphaEngine(data, metric).Compute(null);
    }

    /// <summary>
    /// Computes α and a percentile bootstrap confidence interval: <paramref name="resamples"/> times, draw as many
    /// pairable units as there are, with replacement, and compute α; the bounds are the (1 − c)/2 and (1 + c)/2
    /// quantiles (linear interpolation between order statistics, R's type 7) of the defined resample values.
    /// </summary>
    /// <param name="data">The reliability data.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="seed">The seed; the same inputs and seed always give the same interval, on every platform.</param>
    /// <param name="resamples">The number of resamples (at least 1; 1000 or more for a usable interval).</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The estimate and the interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="metric"/> is not defined, <paramref name="resamples"/> is below 1, or <paramref name="confidence"/>
    /// is not strictly between 0 and 1.
    /// </exception>
    /// <exception cref="ArgumentException">The metric does not fit the data (see <see cref="Compute"/>).</exception>
    /// <remarks>
    /// The random numbers come from SplitMix64 implemented here (not <see cref="Random"/>), so the stream is fixed by
    /// this library, independent of the .NET version. Resamples in which α is not defined (for example all drawn units
    /// agree on one value) are skipped and counted in <see cref="AlphaConfidenceInterval.DefinedResamples"/>. Units
    /// are resampled, not pairs of values; the interval reflects sampling of units with their coders fixed.
    /// Before resampling, the pairable units are put in a canonical order (by their sorted values), so the same data
    /// listed in another unit or coder order gives the same interval for the same seed.
    /// </remarks>
    public static AlphaConfidenceInterval Bootstrap(ReliabilityData data, AlphaMetric metric, int seed, int resamples = 1000, double confidence = 0.95)
    {
        CheckMetric(data, metric);
        if (resamples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "At least one resample is needed.");
        }
        if (!(confidence > 0.0 && confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must be strictly between 0 and 1.");
        }
        var engine = new AlphaEngine(data, metric);
        var estimate = engine.Compute(null);
        if (!estimate.IsDefined)
        {
            return new AlphaConfidenceInterval(estimate, estimate.Status, null, null, confidence, resamples, 0, seed);
        }
        int[] pairable = Canonical(data, engine.PairableRows());
        var random = new SplitMix64(seed);
        var selection = new int[pairable.Length];
        var values = new List<double>(resamples);
        for (int r = 0; r < resamples; r++)
        {
            for (int i = 0; i < selection.Length; i++)
            {
                selection[i] = pairable[random.NextInt(pairable.Length)];
            }
            var replicate = engine.Compute(selection);
            if (replicate.Value is { } value)
            {
                values.Add(value);
            }
        }
        if (values.Count == 0)
        {
            return new AlphaConfidenceInterval(estimate, AgreementStatus.NoDefinedResample, null, null, confidence, resamples, 0, seed);
        }
        values.Sort();
        double tail = (1.0 - confidence) / 2.0;
        return new AlphaConfidenceInterval(
            estimate,
            AgreementStatus.Defined,
            Quantile(values, tail),
            Quantile(values, 1.0 - tail),
            confidence,
            resamples,
            values.Count,
            seed);
    }

    /// <summary>
    /// Orders the pairable rows by their sorted values (then by row), so that the resamples depend only on the units'
    /// contents, not on the order in which units or coders were listed: α depends on each unit's multiset of values
    /// alone, and rows with equal multisets are interchangeable.
    /// </summary>
    private static int[] Canonical(ReliabilityData data, int[] rows)
    {
        int m = data.CoderCount;
        int[] cells = data.Cells;
        var keys = new int[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            var values = new List<int>(m);
            for (int c = 0; c < m; c++)
            {
                int v = cells[(rows[r] * m) + c];
                if (v >= 0)
                {
                    values.Add(v);
                }
            }
            values.Sort();
            keys[r] = [.. values];
        }
        var order = new int[rows.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            int[] x = keys[a];
            int[] y = keys[b];
            if (x.Length != y.Length)
            {
                return x.Length.CompareTo(y.Length);
            }
            for (int i = 0; i < x.Length; i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }
            return a.CompareTo(b);
        });
        var result = new int[rows.Length];
        for (int i = 0; i < order.Length; i++)
        {
            result[i] = rows[order[i]];
        }
        return result;
    }

    private static double Quantile(List<double> sorted, double p)
    {
        double h = (sorted.Count - 1) * p;
        int low = (int)Math.Floor(h);
        int high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    private static void CheckMetric(ReliabilityData data, AlphaMetric metric)
    {
        Guard.Against.Null(data);
        Guard.Against.UndefinedValue(metric);
        if (metric is AlphaMetric.Interval or AlphaMetric.Ratio)
        {
            Guard.Against.Unsatisfied(
                data.Kind == ReliabilityValueKind.Numeric,
                $"The {metric.ToString().ToLowerInvariant()} metric needs numeric values; this data holds categories (use nominal or ordinal).",
                nameof(metric));
        }
        if (metric == AlphaMetric.Ratio)
        {
            Guard.Against.Unsatisfied(
                data.Numbers.IsEmpty || data.Numbers[0] >= 0,
                "The ratio metric needs non-negative values.",
                nameof(data));
        }
    }
}
