using System;
using System.Collections.Generic;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// The computations behind <see cref="UnitizingAlpha"/>. Every coefficient is one sweep over the sorted unit
/// boundaries of all coders: between two consecutive boundaries every coder holds one value (a unit's value or the
/// gap), so the intersections of the coders' sections are visited once each, never as all pairs of positions.
/// </summary>
internal static class UnitizingEngine
{
    /// <summary>
    /// Sorts a coder's units and merges units of the same value that share a position (touching units stay apart).
    /// With <paramref name="asOneValue"/> every unit counts as value 0. Reports whether units of different values
    /// overlap afterwards.
    /// </summary>
    internal static UnitizedRange[] Normalise(IEnumerable<UnitizedRange> units, bool asOneValue, out bool overlapping)
    {
        var list = new List<UnitizedRange>();
        foreach (var u in units)
        {
            list.Add(asOneValue ? u with { Value = 0 } : u);
        }
        list.Sort(static (a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<UnitizedRange>(list.Count);
        foreach (var u in list)
        {
            if (merged.Count > 0 && merged[^1].Value == u.Value && u.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, u.End) };
            }
            else
            {
                merged.Add(u);
            }
        }
        merged.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Value.CompareTo(b.Value));
        overlapping = false;
        long reach = long.MinValue;
        foreach (var u in merged)
        {
            if (u.Start < reach)
            {
                overlapping = true;
            }
            reach = Math.Max(reach, u.End);
        }
        return [.. merged];
    }

    /// <summary>
    /// Computes uα and cuα (Krippendorff, Mathet, Bouvry &amp; Widlöcher 2016) for coders whose units do not overlap.
    /// Value indices run 0..<paramref name="valueCount"/> − 1; the gap is index <paramref name="valueCount"/>.
    /// </summary>
    internal static (UnitizingCoefficient Unitizing, UnitizingCoefficient Coding) Coefficients(UnitizedRange[][] coders, int valueCount, long length)
    {
        int m = coders.Length;
        int size = valueCount + 1;
        int gap = valueCount;
        var raw = new double[size * size];
        var mass = new double[m][];
        var points = new List<long>(2 + (4 * m)) { 0, length };
        for (int i = 0; i < m; i++)
        {
            mass[i] = new double[coders[i].Length];
            foreach (var u in coders[i])
            {
                points.Add(u.Start);
                points.Add(u.End);
            }
        }
        points.Sort();
        var pointer = new int[m];
        var value = new int[m];
        var unit = new int[m];
        for (int p = 0; p + 1 < points.Count; p++)
        {
            long from = points[p];
            long to = points[p + 1];
            if (to == from)
            {
                continue;
            }
            double d = to - from;
            int units = 0;
            for (int i = 0; i < m; i++)
            {
                var list = coders[i];
                while (pointer[i] < list.Length && list[pointer[i]].End <= from)
                {
                    pointer[i]++;
                }
                if (pointer[i] < list.Length && list[pointer[i]].Start <= from)
                {
                    value[i] = list[pointer[i]].Value;
                    unit[i] = pointer[i];
                    units++;
                }
                else
                {
                    value[i] = gap;
                    unit[i] = -1;
                }
            }
            for (int i = 0; i < m; i++)
            {
                int row = value[i] * size;
                for (int j = 0; j < m; j++)
                {
                    if (j != i)
                    {
                        raw[row + value[j]] += d;
                    }
                }
                if (unit[i] >= 0)
                {
                    mass[i][unit[i]] += d * (units - 1);
                }
            }
        }
        double scale = m - 1;
        var rowSum = new double[size];
        double total = 0;
        double diagonal = 0;
        for (int c = 0; c < size; c++)
        {
            for (int k = 0; k < size; k++)
            {
                double cell = raw[(c * size) + k] / scale;
                rowSum[c] += cell;
                total += cell;
            }
            diagonal += raw[(c * size) + c] / scale;
        }

        // uα: self-pairings removed per unit (its length squared) and per gap position (the gap's length).
        var correction = new double[size];
        for (int i = 0; i < m; i++)
        {
            foreach (var u in coders[i])
            {
                double l = u.End - u.Start;
                correction[u.Value] += l * l;
            }
        }
        correction[gap] = rowSum[gap];
        var unitizing = Alpha(rowSum, correction, total, diagonal, size);

        // cuα: the coincidences among units only; a unit's self-pairing is its mass in that matrix, squared.
        var cuRow = new double[valueCount];
        double cuTotal = 0;
        double cuDiagonal = 0;
        for (int c = 0; c < valueCount; c++)
        {
            for (int k = 0; k < valueCount; k++)
            {
                double cell = raw[(c * size) + k] / scale;
                cuRow[c] += cell;
                cuTotal += cell;
            }
            cuDiagonal += raw[(c * size) + c] / scale;
        }
        var cuCorrection = new double[valueCount];
        for (int i = 0; i < m; i++)
        {
            for (int g = 0; g < coders[i].Length; g++)
            {
                double unitMass = mass[i][g] / scale;
                cuCorrection[coders[i][g].Value] += unitMass * unitMass;
            }
        }
        var coding = cuTotal <= 0
            ? UnitizingCoefficient.Undefined(AgreementStatus.NoPairableUnits)
            : Alpha(cuRow, cuCorrection, cuTotal, cuDiagonal, valueCount);
        return (unitizing, coding);
    }

    private static UnitizingCoefficient Alpha(double[] rowSum, double[] correction, double total, double diagonal, int size)
    {
        int used = 0;
        double corrections = 0;
        for (int c = 0; c < size; c++)
        {
            if (rowSum[c] > 0)
            {
                used++;
            }
            corrections += correction[c];
        }
        double denominator = (total * total) - corrections;
        if (used < 2 || denominator <= 0)
        {
            return new UnitizingCoefficient(AgreementStatus.NoVariation, null, (total - diagonal) / total, 0, total);
        }
        double expectedDiagonal = 0;
        for (int c = 0; c < size; c++)
        {
            expectedDiagonal += (rowSum[c] * rowSum[c]) - correction[c];
        }
        expectedDiagonal *= total / denominator;
        double observed = (total - diagonal) / total;
        double expected = (total - expectedDiagonal) / total;
        if (!(expected > 0))
        {
            return new UnitizingCoefficient(AgreementStatus.NoVariation, null, observed, 0, total);
        }
        return new UnitizingCoefficient(AgreementStatus.Defined, 1.0 - (observed / expected), observed, expected, total);
    }

    /// <summary>
    /// Krippendorff's (1995, 2004) α for one value: the coders' units of that value against everything else as gaps,
    /// with the distance δ² between overlapping sections and the closed-form expected disagreement.
    /// </summary>
    internal static UnitizingCoefficient Krippendorff2004(UnitizedRange[][] coders, IReadOnlyList<(long Offset, int Length)> continua, long length)
    {
        int m = coders.Length;
        var sections = new List<(long Start, long End, bool Unit)>[m];
        var gaps = new List<long>();
        double squaredLengths = 0;
        int unitCount = 0;
        for (int i = 0; i < m; i++)
        {
            sections[i] = Sections(coders[i], continua);
            foreach (var (start, end, isUnit) in sections[i])
            {
                if (isUnit)
                {
                    unitCount++;
                    double l = end - start;
                    squaredLengths += l * (l - 1);
                }
                else
                {
                    gaps.Add(end - start);
                }
            }
        }
        double observedSum = 0;
        for (int i = 0; i < m; i++)
        {
            for (int j = i + 1; j < m; j++)
            {
                observedSum += 2 * PairDistance(sections[i], sections[j]);
            }
        }
        double l2 = (double)length * length;
        double observed = observedSum / (m * (m - 1) * l2);
        if (unitCount == 0)
        {
            return new UnitizingCoefficient(AgreementStatus.NoVariation, null, observed, 0, m * (double)length);
        }
        gaps.Sort();
        var suffix = new double[gaps.Count + 1];
        for (int g = gaps.Count - 1; g >= 0; g--)
        {
            suffix[g] = suffix[g + 1] + gaps[g];
        }
        double numerator = 0;
        for (int i = 0; i < m; i++)
        {
            foreach (var (start, end, isUnit) in sections[i])
            {
                if (!isUnit)
                {
                    continue;
                }
                double l = end - start;
                double within = (unitCount - 1) * ((2 * l * l * l) - (3 * l * l) + l) / 3.0;
                int first = LowerBound(gaps, end - start);
                double fitting = suffix[first] - ((gaps.Count - first) * (l - 1));
                numerator += within + (l * l * fitting);
            }
        }
        numerator *= 2.0 / length;
        double ml = m * (double)length;
        double expected = numerator / ((ml * (ml - 1)) - squaredLengths);
        if (!(expected > 0))
        {
            return new UnitizingCoefficient(AgreementStatus.NoVariation, null, observed, 0, ml);
        }
        return new UnitizingCoefficient(AgreementStatus.Defined, 1.0 - (observed / expected), observed, expected, ml);
    }

    /// <summary>The sections (units and the gaps between them, per continuum) of one coder, in order.</summary>
    private static List<(long Start, long End, bool Unit)> Sections(UnitizedRange[] units, IReadOnlyList<(long Offset, int Length)> continua)
    {
        var ordered = new List<(long Offset, int Length)>(continua);
        ordered.Sort(static (a, b) => a.Offset.CompareTo(b.Offset));
        var result = new List<(long, long, bool)>(2 * units.Length + ordered.Count);
        int u = 0;
        foreach (var (offset, len) in ordered)
        {
            long cursor = offset;
            long end = offset + len;
            while (u < units.Length && units[u].Start < end)
            {
                if (units[u].Start > cursor)
                {
                    result.Add((cursor, units[u].Start, false));
                }
                result.Add((units[u].Start, units[u].End, true));
                cursor = units[u].End;
                u++;
            }
            if (cursor < end)
            {
                result.Add((cursor, end, false));
            }
        }
        return result;
    }

    /// <summary>Σ δ² over the intersecting sections of two coders (one direction), by a merge of the two section lists.</summary>
    private static double PairDistance(List<(long Start, long End, bool Unit)> a, List<(long Start, long End, bool Unit)> b)
    {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.Count && j < b.Count)
        {
            var g = a[i];
            var h = b[j];
            if (g.Unit && h.Unit)
            {
                double begin = g.Start - h.Start;
                double finish = g.End - h.End;
                sum += (begin * begin) + (finish * finish);
            }
            else if (g.Unit && h.Start <= g.Start && g.End <= h.End)
            {
                double l = g.End - g.Start;
                sum += l * l;
            }
            else if (h.Unit && g.Start <= h.Start && h.End <= g.End)
            {
                double l = h.End - h.Start;
                sum += l * l;
            }
            if (g.End <= h.End)
            {
                i++;
            }
            if (h.End <= g.End)
            {
                j++;
            }
        }
        return sum;
    }

    private static int LowerBound(List<long> sorted, long value)
    {
        int low = 0;
        int high = sorted.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}
