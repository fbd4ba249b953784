using System;
using System.Collections.Immutable;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// The linear-time core of Krippendorff's α. Works on the data's value indices: one pass tallies the pairable values
/// (n<sub>c</sub>), one pass sums the observed disagreement per unit, and the expected disagreement comes from the
/// tallies — nominal: n² − Σ n<sub>c</sub>²; interval and ordinal: 2n Σ n<sub>c</sub>(x<sub>c</sub> − x̄)² with x the
/// value (interval) or its mid-rank among the pairable values (ordinal, which turns the ordinal δ into a difference of
/// mid-ranks); ratio: the sum over pairs of distinct values (O(V²) in the number V of distinct values).
/// </summary>
/// <remarks>
/// With S<sub>o</sub> = Σ<sub>u</sub> Σ<sub>i≠j</sub> δ²(v<sub>ui</sub>, v<sub>uj</sub>) / (m<sub>u</sub> − 1) and
/// S<sub>e</sub> = Σ<sub>c,k</sub> n<sub>c</sub> n<sub>k</sub> δ²(c, k): D<sub>o</sub> = S<sub>o</sub> / n,
/// D<sub>e</sub> = S<sub>e</sub> / (n(n − 1)), α = 1 − (n − 1) S<sub>o</sub> / S<sub>e</sub>. Per unit the interval sum
/// over ordered pairs is 2m Σ(x − x̄)², which is numerically stable.
/// </remarks>
internal sealed class AlphaEngine
{
    private readonly ReliabilityData data;
    private readonly AlphaMetric metric;
    private readonly int[] cells;
    private readonly int coders;
    private readonly int[] tally;
    private readonly int[] unitTally;
    private readonly double[] coordinate;
    private readonly int[] buffer;
    private readonly ImmutableArray<double> numbers;

    internal AlphaEngine(ReliabilityData data, AlphaMetric metric)
    {
        this.data = data;
        this.metric = metric;
        cells = data.Cells;
        coders = data.CoderCount;
        int distinct = data.DistinctCount;
        tally = new int[distinct];
        unitTally = metric == AlphaMetric.Nominal ? new int[distinct] : [];
        coordinate = new double[distinct];
        buffer = new int[coders];
        numbers = data.Numbers;
    }

    /// <summary>Gets the rows of the units with at least two values.</summary>
    internal int[] PairableRows()
    {
        int count = 0;
        int units = data.UnitCount;
        var rows = new int[units];
        for (int u = 0; u < units; u++)
        {
            if (Gather(u) >= 2)
            {
                rows[count++] = u;
            }
        }
        Array.Resize(ref rows, count);
        return rows;
    }

    /// <summary>Computes α over all units (<paramref name="rows"/> null) or over the given rows (repeats allowed).</summary>
    internal AlphaResult Compute(int[]? rows)
    {
        Array.Clear(tally);
        int unitCount = rows?.Length ?? data.UnitCount;
        int pairableUnits = 0;
        long n = 0;
        for (int i = 0; i < unitCount; i++)
        {
            int m = Gather(rows is null ? i : rows[i]);
            if (m < 2)
            {
                continue;
            }
            pairableUnits++;
            n += m;
            for (int j = 0; j < m; j++)
            {
                tally[buffer[j]]++;
            }
        }
        int distinctUsed = 0;
        foreach (int t in tally)
        {
            if (t > 0)
            {
                distinctUsed++;
            }
        }
        var snapshotRows = rows;
        Func<ValueMatrix> coincidences = () => Coincidences(snapshotRows);
        if (pairableUnits == 0)
        {
            return new AlphaResult(metric, AgreementStatus.NoPairableUnits, null, 0, 0, 0, 0, coincidences);
        }
        double expected = ExpectedSum(n);
        double observed = ObservedSum(rows, unitCount);
        double nd = n;
        double dObserved = observed / nd;
        if (distinctUsed < 2)
        {
            return new AlphaResult(metric, AgreementStatus.NoVariation, null, dObserved, 0, pairableUnits, (int)n, coincidences);
        }
        double dExpected = expected / (nd * (nd - 1));
        double alpha = 1.0 - ((nd - 1) * observed / expected);
        return new AlphaResult(metric, AgreementStatus.Defined, Math.Min(alpha, 1.0), dObserved, dExpected, pairableUnits, (int)n, coincidences);
    }

    private int Gather(int row)
    {
        int m = 0;
        int start = row * coders;
        for (int c = 0; c < coders; c++)
        {
            int value = cells[start + c];
            if (value >= 0)
            {
                buffer[m++] = value;
            }
        }
        return m;
    }

    private double ExpectedSum(long n)
    {
        switch (metric)
        {
            case AlphaMetric.Nominal:
            {
                double sumSquares = 0;
                foreach (int t in tally)
                {
                    sumSquares += (double)t * t;
                }
                return ((double)n * n) - sumSquares;
            }
            case AlphaMetric.Ordinal:
            {
                double below = 0;
                for (int c = 0; c < tally.Length; c++)
                {
                    coordinate[c] = below + (tally[c] / 2.0);
                    below += tally[c];
                }
                return SpreadSum(n);
            }
            case AlphaMetric.Interval:
                for (int c = 0; c < tally.Length; c++)
                {
                    coordinate[c] = numbers[c];
                }
                return SpreadSum(n);
            default:
            {
                for (int c = 0; c < tally.Length; c++)
                {
                    coordinate[c] = numbers[c];
                }
                double sum = 0;
                for (int c = 0; c < tally.Length; c++)
                {
                    if (tally[c] == 0)
                    {
                        continue;
                    }
                    for (int k = c + 1; k < tally.Length; k++)
                    {
                        if (tally[k] != 0)
                        {
                            sum += 2.0 * tally[c] * tally[k] * RatioDelta(coordinate[c], coordinate[k]);
                        }
                    }
                }
                return sum;
            }
        }
    }

    private double SpreadSum(long n)
    {
        double weighted = 0;
        for (int c = 0; c < tally.Length; c++)
        {
            weighted += tally[c] * coordinate[c];
        }
        double mean = weighted / n;
        double spread = 0;
        for (int c = 0; c < tally.Length; c++)
        {
            if (tally[c] != 0)
            {
                double d = coordinate[c] - mean;
                spread += tally[c] * d * d;
            }
        }
        return 2.0 * n * spread;
    }

    private double ObservedSum(int[]? rows, int unitCount)
    {
        double sum = 0;
        for (int i = 0; i < unitCount; i++)
        {
            int m = Gather(rows is null ? i : rows[i]);
            if (m < 2)
            {
                continue;
            }
            sum += UnitSum(m) / (m - 1);
        }
        return sum;
    }

    /// <summary>Σ over ordered pairs i ≠ j of δ² within the gathered unit of <paramref name="m"/> values.</summary>
    private double UnitSum(int m)
    {
        switch (metric)
        {
            case AlphaMetric.Nominal:
            {
                long agreeing = 0;
                for (int j = 0; j < m; j++)
                {
                    agreeing += 2 * unitTally[buffer[j]]++;
                }
                for (int j = 0; j < m; j++)
                {
                    unitTally[buffer[j]] = 0;
                }
                return ((long)m * (m - 1)) - agreeing;
            }
            case AlphaMetric.Ordinal:
            case AlphaMetric.Interval:
            {
                double total = 0;
                for (int j = 0; j < m; j++)
                {
                    total += coordinate[buffer[j]];
                }
                double mean = total / m;
                double spread = 0;
                for (int j = 0; j < m; j++)
                {
                    double d = coordinate[buffer[j]] - mean;
                    spread += d * d;
                }
                return 2.0 * m * spread;
            }
            default:
            {
                double sum = 0;
                for (int j = 0; j < m; j++)
                {
                    for (int k = j + 1; k < m; k++)
                    {
                        sum += 2.0 * RatioDelta(coordinate[buffer[j]], coordinate[buffer[k]]);
                    }
                }
                return sum;
            }
        }
    }

    private static double RatioDelta(double c, double k)
    {
        double s = c + k;
        if (s == 0)
        {
            return 0;
        }
        double r = (c - k) / s;
        return r * r;
    }

    /// <summary>Builds the coincidence matrix over the values used in pairable units (a fresh pass; the engine is reused only here).</summary>
    private ValueMatrix Coincidences(int[]? rows)
    {
        int distinct = data.DistinctCount;
        var used = new int[distinct];
        var cellsLocal = data.Cells;
        int unitCount = rows?.Length ?? data.UnitCount;
        var values = new int[coders];
        for (int i = 0; i < unitCount; i++)
        {
            int m = GatherInto(cellsLocal, rows is null ? i : rows[i], values);
            if (m >= 2)
            {
                for (int j = 0; j < m; j++)
                {
                    used[values[j]]++;
                }
            }
        }
        var map = new int[distinct];
        var labels = ImmutableArray.CreateBuilder<string>();
        for (int c = 0; c < distinct; c++)
        {
            map[c] = used[c] > 0 ? labels.Count : -1;
            if (used[c] > 0)
            {
                labels.Add(data.LabelOf(c));
            }
        }
        int size = labels.Count;
        var matrix = new double[size * size];
        for (int i = 0; i < unitCount; i++)
        {
            int m = GatherInto(cellsLocal, rows is null ? i : rows[i], values);
            if (m < 2)
            {
                continue;
            }
            double weight = 1.0 / (m - 1);
            for (int j = 0; j < m; j++)
            {
                for (int k = 0; k < m; k++)
                {
                    if (j != k)
                    {
                        matrix[(map[values[j]] * size) + map[values[k]]] += weight;
                    }
                }
            }
        }
        return new ValueMatrix(labels.ToImmutable(), matrix);
    }

    private int GatherInto(int[] source, int row, int[] target)
    {
        int m = 0;
        int start = row * coders;
        for (int c = 0; c < coders; c++)
        {
            int value = source[start + c];
            if (value >= 0)
            {
                target[m++] = value;
            }
        }
        return m;
    }
}
