using System;
using System.Globalization;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Fleiss' κ (Fleiss 1971) for a fixed number m of values per unit (the coders may differ between units):
/// P̄ = mean over units of Σ<sub>j</sub> n<sub>ij</sub>(n<sub>ij</sub> − 1) / (m(m − 1)), P̄<sub>e</sub> = Σ<sub>j</sub>
/// p<sub>j</sub>², κ = (P̄ − P̄<sub>e</sub>) / (1 − P̄<sub>e</sub>).
/// </summary>
/// <remarks>
/// Every unit must carry the same number of values; data with varying numbers is rejected (use Krippendorff's α,
/// which handles missing values). Not defined when there are no units, when m &lt; 2, or when every value is the same
/// category (P̄<sub>e</sub> = 1). Numbers are treated as unordered categories.
/// </remarks>
public static class FleissKappa
{
    /// <summary>Computes Fleiss' κ.</summary>
    /// <param name="data">The reliability data.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Units carry different numbers of values (the message names the first such unit).</exception>
    public static KappaResult Compute(ReliabilityData data)
    {
        Guard.Against.Null(data);
        int coders = data.CoderCount;
        int[] cells = data.Cells;
        int units = data.UnitCount;
        var totals = new long[data.DistinctCount];
        var unitTally = new int[data.DistinctCount];
        var buffer = new int[coders];
        int perUnit = -1;
        double agreementSum = 0;
        for (int u = 0; u < units; u++)
        {
            int m = 0;
            for (int c = 0; c < coders; c++)
            {
                int value = cells[(u * coders) + c];
                if (value >= 0)
                {
                    buffer[m++] = value;
                }
            }
            if (perUnit < 0)
            {
                perUnit = m;
            }
            else if (m != perUnit)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Fleiss' kappa needs the same number of values for every unit: unit '{data.Units[0]}' has {perUnit}, unit '{data.Units[u]}' has {m}. Use Krippendorff's alpha for data with missing values."),
                    nameof(data));
            }
            long agreeingOrdered = 0;
            for (int j = 0; j < m; j++)
            {
                agreeingOrdered += unitTally[buffer[j]]++;
                totals[buffer[j]]++;
            }
            for (int j = 0; j < m; j++)
            {
                unitTally[buffer[j]] = 0;
            }
            agreementSum += 2.0 * agreeingOrdered;
        }
        if (units == 0)
        {
            return new KappaResult(AgreementStatus.NoPairableUnits, null, 0, 0, 0, 0, null);
        }
        if (perUnit < 2)
        {
            return new KappaResult(AgreementStatus.TooFewValuesPerUnit, null, 0, 0, units, perUnit, null);
        }
        double all = (double)units * perUnit;
        double observed = agreementSum / (all * (perUnit - 1));
        double chance = 0;
        int used = 0;
        foreach (long t in totals)
        {
            double p = t / all;
            chance += p * p;
            if (t > 0)
            {
                used++;
            }
        }
        if (used < 2)
        {
            return new KappaResult(AgreementStatus.NoVariation, null, observed, chance, units, perUnit, null);
        }
        double kappa = (observed - chance) / (1.0 - chance);
        return new KappaResult(AgreementStatus.Defined, Math.Clamp(kappa, -1.0, 1.0), observed, chance, units, perUnit, null);
    }
}
