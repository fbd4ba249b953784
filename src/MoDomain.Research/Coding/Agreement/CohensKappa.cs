using System;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Cohen's κ for exactly two coders: κ = (P<sub>o</sub> − P<sub>e</sub>) / (1 − P<sub>e</sub>), with P<sub>e</sub> the
/// sum over categories of the product of the two coders' marginal shares (Cohen 1960).
/// </summary>
/// <remarks>
/// Units that only one coder (or neither) rated are left out. Numbers are treated as unordered categories. Not defined
/// when no unit was rated by both coders, or when both used one and the same single category (P<sub>e</sub> = 1).
/// </remarks>
public static class CohensKappa
{
    /// <summary>Computes Cohen's κ.</summary>
    /// <param name="data">Reliability data with exactly two coders.</param>
    /// <returns>The result, with the contingency table (rows: first coder, columns: second coder).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">The data does not have exactly two coders.</exception>
    public static KappaResult Compute(ReliabilityData data)
    {
        Guard.Against.Null(data);
        Guard.Against.Unsatisfied(
            data.CoderCount == 2,
            $"Cohen's kappa compares exactly two coders; this data has {data.CoderCount}. Use Fleiss' kappa or Krippendorff's alpha for more.",
            nameof(data));
        int v = data.DistinctCount;
        var table = new double[v * v];
        var first = new long[v];
        var second = new long[v];
        int[] cells = data.Cells;
        long units = 0;
        long agreeing = 0;
        for (int u = 0; u < data.UnitCount; u++)
        {
            int a = cells[2 * u];
            int b = cells[(2 * u) + 1];
            if (a < 0 || b < 0)
            {
                continue;
            }
            units++;
            table[(a * v) + b]++;
            first[a]++;
            second[b]++;
            if (a == b)
            {
                agreeing++;
            }
        }
        var labels = ImmutableArray.CreateBuilder<string>(v);
        for (int c = 0; c < v; c++)
        {
            labels.Add(data.LabelOf(c));
        }
        var contingency = new ValueMatrix(labels.MoveToImmutable(), table);
        if (units == 0)
        {
            return new KappaResult(AgreementStatus.NoPairableUnits, null, 0, 0, 0, 2, contingency);
        }
        double marginProducts = 0;
        int used = 0;
        for (int c = 0; c < v; c++)
        {
            marginProducts += (double)first[c] * second[c];
            if (first[c] + second[c] > 0)
            {
                used++;
            }
        }
        double n = units;
        double observed = agreeing / n;
        double chance = marginProducts / (n * n);
        if (used < 2)
        {
            return new KappaResult(AgreementStatus.NoVariation, null, observed, chance, (int)units, 2, contingency);
        }
        double kappa = ((n * agreeing) - marginProducts) / ((n * n) - marginProducts);
        return new KappaResult(AgreementStatus.Defined, Math.Clamp(kappa, -1.0, 1.0), observed, chance, (int)units, 2, contingency);
    }
}
