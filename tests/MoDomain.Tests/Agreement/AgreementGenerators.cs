using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Coding.Agreement;

namespace MoDomain.Tests.Agreement;

/// <summary>A generated units × coders matrix of small integer values (−1 = missing), plus a seed for permutations.</summary>
/// <param name="Units">The number of units.</param>
/// <param name="Coders">The number of coders.</param>
/// <param name="Cells">Unit-major cells, −1 for missing, otherwise a value in 0..Values−1.</param>
/// <param name="Values">The number of possible values.</param>
/// <param name="Seed">A seed for shuffles and relabellings.</param>
public sealed record RawMatrix(int Units, int Coders, int[] Cells, int Values, int Seed)
{
    /// <summary>The numeric value of a value index (non-negative, unevenly spaced, so interval and ratio differ).</summary>
    public static double Number(int index) => (index * index) + index + 1;

    /// <summary>Gets the values of each unit (present cells only) as numbers.</summary>
    public double[][] UnitValues() => Enumerable.Range(0, Units)
        .Select(u => Enumerable.Range(0, Coders).Select(c => Cells[(u * Coders) + c]).Where(v => v >= 0).Select(Number).ToArray())
        .ToArray();

    /// <summary>Builds numeric data with the units and coders listed in the given orders.</summary>
    public ReliabilityData Numeric(int[]? unitOrder = null, int[]? coderOrder = null, Func<int, double>? number = null)
    {
        unitOrder ??= Enumerable.Range(0, Units).ToArray();
        coderOrder ??= Enumerable.Range(0, Coders).ToArray();
        number ??= Number;
        var ratings = new List<NumericRating>();
        foreach (int u in unitOrder)
        {
            foreach (int c in coderOrder)
            {
                int v = Cells[(u * Coders) + c];
                if (v >= 0)
                {
                    ratings.Add(new NumericRating(UnitId(u), CoderId(c), number(v)));
                }
            }
        }
        return ReliabilityData.FromNumbers(ratings, unitOrder.Select(UnitId), coderOrder.Select(CoderId));
    }

    /// <summary>Builds categorical data; <paramref name="label"/> names the value indices.</summary>
    public ReliabilityData Categorical(Func<int, string> label, int[]? unitOrder = null, int[]? coderOrder = null)
    {
        unitOrder ??= Enumerable.Range(0, Units).ToArray();
        coderOrder ??= Enumerable.Range(0, Coders).ToArray();
        var ratings = new List<CategoricalRating>();
        foreach (int u in unitOrder)
        {
            foreach (int c in coderOrder)
            {
                int v = Cells[(u * Coders) + c];
                if (v >= 0)
                {
                    ratings.Add(new CategoricalRating(UnitId(u), CoderId(c), label(v)));
                }
            }
        }
        return ReliabilityData.FromCategories(ratings, null, unitOrder.Select(UnitId), coderOrder.Select(CoderId));
    }

    /// <summary>Returns a shuffled 0..n−1 from the seed and a salt.</summary>
    public int[] Permutation(int n, int salt)
    {
        var random = new Random(unchecked(Seed * 31 + salt));
        var p = Enumerable.Range(0, n).ToArray();
        random.Shuffle(p);
        return p;
    }

    /// <summary>Returns true when every unit has as many values as coders.</summary>
    public bool IsComplete => Cells.All(c => c >= 0);

    private static string UnitId(int u) => "unit-" + u.ToString(CultureInfo.InvariantCulture);

    private static string CoderId(int c) => "coder-" + c.ToString(CultureInfo.InvariantCulture);
}

/// <summary>FsCheck generators for reliability data.</summary>
public static class AgreementGenerators
{
    /// <summary>The property configuration.</summary>
    public static Config Config { get; } = Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(300));

    /// <summary>Gets matrices with 1–25 units, the given coder range, 1–5 values and the given missing shares.</summary>
    public static Gen<RawMatrix> Matrix(int minCoders, int maxCoders, params int[] missingPercents) =>
        from units in Gen.Choose(1, 25)
        from coders in Gen.Choose(minCoders, maxCoders)
        from values in Gen.Choose(1, 5)
        from missing in Gen.Elements(missingPercents)
        from raw in Gen.Choose(0, 999_999).ArrayOf(units * coders)
        from seed in Gen.Choose(0, int.MaxValue)
        select new RawMatrix(units, coders, raw.Select(r => r % 100 < missing ? -1 : (r / 100) % values).ToArray(), values, seed);

    /// <summary>Gets matrices with missing values (2–5 coders).</summary>
    public static Arbitrary<RawMatrix> WithMissing { get; } = Matrix(2, 5, 0, 10, 30, 60).ToArbitrary();

    /// <summary>Gets complete matrices (2–6 coders, no missing values).</summary>
    public static Arbitrary<RawMatrix> Complete { get; } = Matrix(2, 6, 0).ToArbitrary();

    /// <summary>Gets complete two-coder matrices.</summary>
    public static Arbitrary<RawMatrix> TwoCoders { get; } = Matrix(2, 2, 0).ToArbitrary();

    /// <summary>Gets two-coder matrices with missing values.</summary>
    public static Arbitrary<RawMatrix> TwoCodersWithMissing { get; } = Matrix(2, 2, 0, 20, 50).ToArbitrary();
}
