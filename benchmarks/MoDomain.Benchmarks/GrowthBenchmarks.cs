using BenchmarkDotNet.Attributes;
using MoDomain.Definitions;

namespace MoDomain.Benchmarks;

/// <summary>
/// Growth from 10^3 to 10^6 profiles (issue 8): the hand-coded check, the verdict-only path and the explained
/// classification over N generated profiles (the generator of <see cref="BatchBenchmarks"/>, same seed). Time per
/// operation should grow linearly in N, and the allocation of the verdict-only path should stay zero.
/// </summary>
[MemoryDiagnoser]
public class GrowthBenchmarks
{
    private readonly Definition svr2020 = StandardDefinitions.Svr2020;
    private OrganisationProfile[] profiles = [];

    /// <summary>Gets or sets the number of profiles per operation.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Profiles { get; set; }

    /// <summary>Generates the profiles and checks that every variant gives the same verdicts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        profiles = ProfileGenerator.Generate(Profiles);
        Consistency.Check(profiles, new SvrFluentValidator());
    }

    /// <summary>The hand-coded boolean check over every profile.</summary>
    /// <returns>A checksum of the verdicts.</returns>
    [Benchmark(Baseline = true, Description = "Hand-coded check")]
    public int HandCoded() => SvrBatch.HandCoded(profiles);

    /// <summary>MoDomain's verdict-only path over every profile.</summary>
    /// <returns>A checksum of the verdicts.</returns>
    [Benchmark(Description = "Svr2020.Decide (verdict only)")]
    public int Decide() => SvrBatch.Decide(svr2020, profiles);

    /// <summary>MoDomain's explained classification of every profile.</summary>
    /// <returns>A checksum of the verdicts.</returns>
    [Benchmark(Description = "Svr2020.Classify (explained)")]
    public int Classify() => SvrBatch.Classify(svr2020, profiles);
}
