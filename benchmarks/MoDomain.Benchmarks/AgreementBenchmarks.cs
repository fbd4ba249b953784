using System;
using BenchmarkDotNet.Attributes;
using MoDomain.Coding.Agreement;

namespace MoDomain.Benchmarks;

/// <summary>
/// Krippendorff's α (nominal and interval) on 10^3 to 10^6 units × 3 coders with 10 % missing values (issue 6). The
/// α benchmarks time the statistic on prepared <see cref="ReliabilityData"/>; the "build + α" benchmark also times
/// turning the raw matrix into reliability data (one sort of the values), which is what the npm peer's time includes.
/// </summary>
[MemoryDiagnoser]
public class AgreementBenchmarks
{
    private double[,] intervalMatrix = new double[0, 0];
    private ReliabilityData nominal = ReliabilityData.FromNumericMatrix(new double[0, 0]);
    private ReliabilityData interval = ReliabilityData.FromNumericMatrix(new double[0, 0]);

    /// <summary>Gets or sets the number of units.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Units { get; set; }

    /// <summary>Generates the data and checks that α is defined.</summary>
    [GlobalSetup]
    public void Setup()
    {
        nominal = ReliabilityData.FromNumericMatrix(AgreementData.Nominal(Units));
        intervalMatrix = AgreementData.Interval(Units);
        interval = ReliabilityData.FromNumericMatrix(intervalMatrix);
        if (double.IsNaN(AlphaNominal()) || double.IsNaN(AlphaInterval()))
        {
            throw new InvalidOperationException("alpha should be defined on the generated data.");
        }
    }

    /// <summary>Nominal α on prepared data.</summary>
    /// <returns>α.</returns>
    [Benchmark(Description = "alpha nominal")]
    public double AlphaNominal() => KrippendorffAlpha.Compute(nominal, AlphaMetric.Nominal).Value ?? double.NaN;

    /// <summary>Interval α on prepared data.</summary>
    /// <returns>α.</returns>
    [Benchmark(Description = "alpha interval")]
    public double AlphaInterval() => KrippendorffAlpha.Compute(interval, AlphaMetric.Interval).Value ?? double.NaN;

    /// <summary>Builds the reliability data from the raw matrix, then interval α.</summary>
    /// <returns>α.</returns>
    [Benchmark(Description = "build + alpha interval")]
    public double BuildAndAlphaInterval() => KrippendorffAlpha.Compute(ReliabilityData.FromNumericMatrix(intervalMatrix), AlphaMetric.Interval).Value ?? double.NaN;
}
