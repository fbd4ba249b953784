using System;
using BenchmarkDotNet.Attributes;
using MoDomain.Rules;
using MoDomain.SocialSecurity;

namespace MoDomain.Benchmarks;

/// <summary>
/// Builds the 4 × 3 function × perspective matrix (issue 3) from 10^3 to 10^6 generated evidence items (seeded, all
/// distinct, about a fifth of them contradicting). The baseline is a hand-written loop that counts the same items into
/// an <c>int[4, 3]</c>; <c>FunctionPerspectiveMatrix.Build</c> is the library's one-pass count; the full
/// <c>FunctionAssessment</c> also collapses repeated items (hash set) and builds all three matrices.
/// </summary>
[MemoryDiagnoser]
public class FunctionMatrixBenchmarks
{
    private FunctionEvidence[] evidence = [];

    /// <summary>Gets or sets the number of evidence items.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Generates the evidence and checks that every variant counts the same.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20221013);
        var indicators = Enum.GetValues<FunctionIndicator>();
        var perspectives = Enum.GetValues<Perspective>();
        var roles = Enum.GetValues<AdministrativeRole>();
        evidence = new FunctionEvidence[N];
        for (int i = 0; i < N; i++)
        {
            var perspective = perspectives[random.Next(perspectives.Length)];
            var role = perspective == Perspective.PublicAdministration && random.Next(4) > 0
                ? new Fact<AdministrativeRole>(roles[random.Next(roles.Length)])
                : Fact<AdministrativeRole>.Unknown;
            evidence[i] = new FunctionEvidence(
                indicators[random.Next(indicators.Length)],
                perspective,
                random.Next(5) == 0 ? EvidenceStance.Contradicts : EvidenceStance.Supports,
                new EvidenceReference($"interview-{i % 5000:D4}", $"seg-{i}"),
                role);
        }
        int baseline = HandWritten();
        if (baseline != N || Build() != N || Assessment() != N)
        {
            throw new InvalidOperationException("The variants disagree about the number of evidence items.");
        }
    }

    /// <summary>A hand-written loop counting into an <c>int[4, 3]</c>.</summary>
    /// <returns>The matrix total.</returns>
    [Benchmark(Baseline = true, Description = "Hand-written int[4,3] loop")]
    public int HandWritten()
    {
        var counts = new int[4, 3];
        foreach (var item in evidence)
        {
            counts[(int)item.Function, (int)item.Perspective]++;
        }
        int total = 0;
        foreach (int c in counts)
        {
            total += c;
        }
        return total;
    }

    /// <summary>The library's matrix count (all stances).</summary>
    /// <returns>The matrix total.</returns>
    [Benchmark(Description = "FunctionPerspectiveMatrix.Build")]
    public int Build() => FunctionPerspectiveMatrix.Build(evidence).Total;

    /// <summary>The full assessment: distinct items, three matrices, evidenced functions, disagreements.</summary>
    /// <returns>The matrix total.</returns>
    [Benchmark(Description = "new FunctionAssessment (full)")]
    public int Assessment() => new FunctionAssessment("Benchmark e.V.", evidence).Matrix.Total;
}
