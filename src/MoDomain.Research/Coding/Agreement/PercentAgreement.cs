using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Percent agreement: for each unit with at least two values, the share of its coder pairs that gave equal values;
/// then the mean over those units. For two coders, the share of jointly rated units with equal values.
/// </summary>
/// <remarks>Does not correct for chance; report it next to α or κ, not instead of them. Numbers agree only when equal.</remarks>
public static class PercentAgreement
{
    /// <summary>Computes percent agreement.</summary>
    /// <param name="data">The reliability data.</param>
    /// <returns>The result; not defined when no unit has two values.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static PercentAgreementResult Compute(ReliabilityData data)
    {
        Guard.Against.Null(data);
        int coders = data.CoderCount;
        int[] cells = data.Cells;
        var unitTally = new int[data.DistinctCount];
        var buffer = new int[coders];
        int pairable = 0;
        int full = 0;
        double sum = 0;
        for (int u = 0; u < data.UnitCount; u++)
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
            if (m < 2)
            {
                continue;
            }
            long agreeingPairs = 0;
            for (int j = 0; j < m; j++)
            {
                agreeingPairs += unitTally[buffer[j]]++;
            }
            for (int j = 0; j < m; j++)
            {
                unitTally[buffer[j]] = 0;
            }
            long pairs = (long)m * (m - 1) / 2;
            pairable++;
            if (agreeingPairs == pairs)
            {
                full++;
            }
            sum += (double)agreeingPairs / pairs;
        }
        return pairable == 0
            ? new PercentAgreementResult(AgreementStatus.NoPairableUnits, null, 0, 0)
            : new PercentAgreementResult(AgreementStatus.Defined, sum / pairable, pairable, full);
    }
}
