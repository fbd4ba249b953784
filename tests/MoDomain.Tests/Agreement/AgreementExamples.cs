using System;
using System.Collections.Generic;
using System.Globalization;
using MoDomain.Coding.Agreement;

namespace MoDomain.Tests.Agreement;

/// <summary>Published worked examples as reliability data.</summary>
internal static class AgreementExamples
{
    /// <summary>
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with missing values: observers
    /// A–D (rows) × units 1–12 (columns); NaN = missing.
    /// </summary>
    internal static readonly double[][] Krippendorff2011 =
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, double.NaN, double.NaN, double.NaN],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, double.NaN, 3],
        [double.NaN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, double.NaN],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, double.NaN],
    ];

    /// <summary>
    /// The Fleiss' κ worked example of the English Wikipedia article "Fleiss' kappa": 10 subjects, 14 raters each, 5
    /// categories; cell = number of raters who chose the category.
    /// </summary>
    internal static readonly int[][] FleissWikipedia =
    [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ];

    /// <summary>Coders as rows, units as columns (Krippendorff's layout) → numeric data.</summary>
    internal static ReliabilityData FromCoderRows(double[][] coderRows)
    {
        var ratings = new List<NumericRating>();
        int units = coderRows[0].Length;
        var unitIds = new List<string>();
        for (int u = 0; u < units; u++)
        {
            unitIds.Add("u" + (u + 1).ToString(CultureInfo.InvariantCulture));
        }
        var coderIds = new List<string>();
        for (int c = 0; c < coderRows.Length; c++)
        {
            coderIds.Add(((char)('A' + c)).ToString());
            for (int u = 0; u < units; u++)
            {
                if (!double.IsNaN(coderRows[c][u]))
                {
                    ratings.Add(new NumericRating(unitIds[u], coderIds[c], coderRows[c][u]));
                }
            }
        }
        return ReliabilityData.FromNumbers(ratings, unitIds, coderIds);
    }

    /// <summary>Fleiss count table → categorical data (raters numbered per subject, categories "c1".."c5").</summary>
    internal static ReliabilityData FromCounts(int[][] counts)
    {
        var ratings = new List<CategoricalRating>();
        for (int s = 0; s < counts.Length; s++)
        {
            int rater = 0;
            for (int j = 0; j < counts[s].Length; j++)
            {
                for (int r = 0; r < counts[s][j]; r++)
                {
                    ratings.Add(new CategoricalRating(
                        "s" + s.ToString(CultureInfo.InvariantCulture),
                        "r" + (rater++).ToString(CultureInfo.InvariantCulture),
                        "c" + (j + 1).ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
        return ReliabilityData.FromCategories(ratings, ["c1", "c2", "c3", "c4", "c5"]);
    }

    /// <summary>Two coders, a 2 × 2 table given as counts (yes/yes, yes/no, no/yes, no/no).</summary>
    internal static ReliabilityData TwoByTwo(int yesYes, int yesNo, int noYes, int noNo)
    {
        var ratings = new List<CategoricalRating>();
        int unit = 0;
        void Add(int count, string a, string b)
        {
            for (int i = 0; i < count; i++)
            {
                string id = "item" + (unit++).ToString(CultureInfo.InvariantCulture);
                ratings.Add(new CategoricalRating(id, "A", a));
                ratings.Add(new CategoricalRating(id, "B", b));
            }
        }
        Add(yesYes, "yes", "yes");
        Add(yesNo, "yes", "no");
        Add(noYes, "no", "yes");
        Add(noNo, "no", "no");
        return ReliabilityData.FromCategories(ratings, ["yes", "no"]);
    }

    /// <summary>
    /// The definition of α computed the slow, textbook way (Krippendorff 2011): coincidence matrix from all pairs, then
    /// the δ² of each metric over all pairs of values. Used as an oracle for the linear-time implementation.
    /// </summary>
    internal static double? ReferenceAlpha(double[][] unitsValues, AlphaMetric metric, out double[,] coincidences, out double[] distinctValues)
    {
        double[] values;
        var distinct = new SortedSet<double>();
        foreach (var unit in unitsValues)
        {
            if (unit.Length >= 2)
            {
                distinct.UnionWith(unit);
            }
        }
        values = [.. distinct];
        distinctValues = values;
        int v = values.Length;
        coincidences = new double[v, v];
        foreach (var unit in unitsValues)
        {
            int m = unit.Length;
            if (m < 2)
            {
                continue;
            }
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < m; j++)
                {
                    if (i != j)
                    {
                        coincidences[Array.IndexOf(values, unit[i]), Array.IndexOf(values, unit[j])] += 1.0 / (m - 1);
                    }
                }
            }
        }
        var nc = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++)
        {
            for (int k = 0; k < v; k++)
            {
                nc[c] += coincidences[c, k];
            }
            n += nc[c];
        }
        if (v < 2)
        {
            return null;
        }
        double Delta(int c, int k)
        {
            switch (metric)
            {
                case AlphaMetric.Nominal:
                    return c == k ? 0 : 1;
                case AlphaMetric.Ordinal:
                {
                    int lo = Math.Min(c, k);
                    int hi = Math.Max(c, k);
                    double s = 0;
                    for (int g = lo; g <= hi; g++)
                    {
                        s += nc[g];
                    }
                    s -= (nc[c] + nc[k]) / 2;
                    return s * s;
                }
                case AlphaMetric.Interval:
                    return (values[c] - values[k]) * (values[c] - values[k]);
                default:
                    return values[c] + values[k] == 0 ? 0 : Math.Pow((values[c] - values[k]) / (values[c] + values[k]), 2);
            }
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++)
        {
            for (int k = 0; k < v; k++)
            {
                observed += coincidences[c, k] * Delta(c, k);
                expected += nc[c] * nc[k] * Delta(c, k);
            }
        }
        return 1 - ((n - 1) * observed / expected);
    }
}
