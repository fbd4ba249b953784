using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FluentValidation.Results;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;

namespace MoDomain.Benchmarks;

/// <summary>
/// Classifies one sample profile under SVR 2020: the hand-coded baseline, the verdict-only path, the full explained
/// classification, all registered definitions at once, and a FluentValidation peer.
/// </summary>
[MemoryDiagnoser]
public class SingleProfileBenchmarks
{
    private readonly Definition svr2020 = StandardDefinitions.Svr2020;
    private readonly DefinitionSet all = DefinitionSet.Default;
    private readonly SvrFluentValidator validator = new();
    private OrganisationProfile profile = null!;

    /// <summary>Gets or sets the sample id: one profile that meets SVR 2020, one that does not, one undetermined.</summary>
    [Params("anadolu-kulturverein", "freundeskreis-lissabon", "frauentreff-miteinander")]
    public string Sample { get; set; } = "anadolu-kulturverein";

    /// <summary>Picks the profile and checks that every variant gives the same verdict.</summary>
    [GlobalSetup]
    public void Setup()
    {
        profile = SampleData.Organisations.Single(o => o.Id == Sample).Profile;
        Consistency.Check([profile], validator);
    }

    /// <summary>The hand-coded boolean check (three-valued enum).</summary>
    /// <returns>The verdict.</returns>
    [Benchmark(Baseline = true, Description = "Hand-coded check")]
    public Tri HandCoded() => HandCodedSvr2020.Decide(profile);

    /// <summary>MoDomain's verdict-only path.</summary>
    /// <returns>The verdict.</returns>
    [Benchmark(Description = "Svr2020.Decide (verdict only)")]
    public Truth Decide() => svr2020.Decide(profile);

    /// <summary>MoDomain's full explained classification.</summary>
    /// <returns>The classification.</returns>
    [Benchmark(Description = "Svr2020.Classify (explained)")]
    public Classification Classify() => svr2020.Classify(profile);

    /// <summary>All registered definitions plus the container term, explained.</summary>
    /// <returns>The report.</returns>
    [Benchmark(Description = "Svr2020.Classify + read every explanation")]
    public int ClassifyAndRender() => ExplanationWalk.Touch(svr2020.Classify(profile).Evaluation);

    [Benchmark(Description = "DefinitionSet.Default.ClassifyAll")]
    public ClassificationReport ClassifyAll() => all.ClassifyAll(profile);

    /// <summary>The FluentValidation peer (explained, English messages).</summary>
    /// <returns>The validation result.</returns>
    [Benchmark(Description = "FluentValidation peer")]
    public ValidationResult FluentValidation() => validator.Validate(profile);
}
