using System;

namespace MoDomain.Benchmarks;

/// <summary>
/// Deterministic reliability data for the agreement benchmarks and the npm peer: <c>units</c> × 3 coders. Each unit
/// has a true value; a coder reports it with probability 0.7, otherwise a uniformly random value, and skips the unit
/// with probability 0.1 (missing, NaN). Nominal data uses 5 categories (0–4), interval data a 1–7 scale.
/// </summary>
public static class AgreementData
{
    /// <summary>The number of coders.</summary>
    public const int Coders = 3;

    /// <summary>Generates the units × coders matrix (NaN = missing).</summary>
    /// <param name="units">The number of units.</param>
    /// <param name="values">The number of distinct values.</param>
    /// <param name="offset">The smallest value.</param>
    /// <param name="seed">The seed of <see cref="Random"/>.</param>
    /// <returns>The matrix.</returns>
    public static double[,] Generate(int units, int values, int offset, int seed)
    {
        var random = new Random(seed);
        var matrix = new double[units, Coders];
        for (int u = 0; u < units; u++)
        {
            int truth = random.Next(values);
            for (int c = 0; c < Coders; c++)
            {
                double roll = random.NextDouble();
                matrix[u, c] = roll < 0.1 ? double.NaN
                    : roll < 0.8 ? truth + offset
                    : random.Next(values) + offset;
            }
        }
        return matrix;
    }

    /// <summary>The nominal data set (5 categories).</summary>
    /// <param name="units">The number of units.</param>
    /// <returns>The matrix.</returns>
    public static double[,] Nominal(int units) => Generate(units, 5, 0, 20110101);

    /// <summary>The interval data set (1–7 scale).</summary>
    /// <param name="units">The number of units.</param>
    /// <returns>The matrix.</returns>
    public static double[,] Interval(int units) => Generate(units, 7, 1, 20111231);
}
