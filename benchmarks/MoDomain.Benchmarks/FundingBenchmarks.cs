using BenchmarkDotNet.Attributes;
using MoDomain.Funding;

namespace MoDomain.Benchmarks;

/// <summary>The institutional-funding policy against a hand-written FluentValidation validator on the same 100,000
/// generated subjects (<see cref="FundingCaseGenerator"/>), in one run. Target: MoDomain ≥ 3× faster than the peer.</summary>
[MemoryDiagnoser]
public class FundingBenchmarks
{
    public const int Count = 100_000;

    private readonly FundingPolicy policy = FundingPolicies.InstitutionalFunding;
    private readonly InstitutionalFundingFluentValidator validator = new();
    private FundingSubject[] subjects = [];

    [GlobalSetup]
    public void Setup()
    {
        subjects = FundingCaseGenerator.Generate(Count);
        FundingConsistency.Check(subjects, validator);
    }

    [Benchmark(Baseline = true, Description = "FluentValidation peer (institutional-funding)")]
    public int FluentValidation()
    {
        int sum = 0;
        foreach (var s in subjects)
        {
            sum += (int)InstitutionalFundingFluentValidator.Verdict(validator.Validate(s));
        }
        return sum;
    }

    [Benchmark(Description = "FundingPolicy.Decide (verdict only)")]
    public int Decide()
    {
        int sum = 0;
        foreach (var s in subjects)
        {
            sum += (int)Consistency.ToTri(policy.Decide(s));
        }
        return sum;
    }

    [Benchmark(Description = "FundingPolicy.Evaluate (explained)")]
    public int Evaluate()
    {
        int sum = 0;
        foreach (var s in subjects)
        {
            sum += (int)Consistency.ToTri(policy.Evaluate(s).Outcome);
        }
        return sum;
    }

    [Benchmark(Description = "FundingPolicy.Evaluate + read every explanation, facts read, missing facts")]
    public int EvaluateAndRender()
    {
        int sum = 0;
        foreach (var s in subjects)
        {
            sum += ExplanationWalk.Touch(policy.Evaluate(s).Evaluation);
        }
        return sum;
    }
}
