using BenchmarkDotNet.Attributes;
using MoDomain.Definitions;
using MoDomain.Rules;

namespace MoDomain.Benchmarks;

/// <summary>
/// Classifies 100,000 generated profiles (seeded, about 80 % of facts known) under SVR 2020 with each variant. The
/// result is a checksum of the verdicts so no work can be skipped; the time is for the whole batch.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    /// <summary>The number of profiles per operation.</summary>
    public const int Count = 100_000;

    private readonly Definition svr2020 = StandardDefinitions.Svr2020;
    private readonly DefinitionSet all = DefinitionSet.Default;
    private readonly SvrFluentValidator validator = new();
    private OrganisationProfile[] profiles = [];

    /// <summary>Generates the profiles and checks that every variant gives the same verdicts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        profiles = ProfileGenerator.Generate(Count);
        Consistency.Check(profiles, validator);
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

    /// <summary>Explained classification of every profile with every explanation, fact reading and missing fact read.</summary>
    /// <returns>A checksum of the text lengths.</returns>
    [Benchmark(Description = "Svr2020.Classify + read every explanation")]
    public int ClassifyAndRender()
    {
        int sum = 0;
        foreach (var p in profiles)
        {
            sum += ExplanationWalk.Touch(svr2020.Classify(p).Evaluation);
        }
        return sum;
    }

    /// <summary>All registered definitions plus the container term for every profile.</summary>
    /// <returns>A checksum of the verdicts.</returns>
    [Benchmark(Description = "DefinitionSet.Default.ClassifyAll")]
    public int ClassifyAll()
    {
        int sum = 0;
        foreach (var p in profiles)
        {
            var report = all.ClassifyAll(p);
            foreach (var c in report.Classifications)
            {
                sum += (int)Consistency.ToTri(c.Verdict);
            }
            sum += (int)Consistency.ToTri(report.ContainerTerm.Outcome);
        }
        return sum;
    }

    /// <summary>The FluentValidation peer over every profile.</summary>
    /// <returns>A checksum of the verdicts.</returns>
    [Benchmark(Description = "FluentValidation peer")]
    public int FluentValidation()
    {
        int sum = 0;
        foreach (var p in profiles)
        {
            sum += (int)SvrFluentValidator.Verdict(validator.Validate(p));
        }
        return sum;
    }
}
