using System;
using System.IO;
using System.Reflection;
using MoDomain.Coding;
using MoDomain.Rules;
using MoDomain.Samples;
using PublicApiGenerator;

namespace MoDomain.Tests.Api;

/// <summary>
/// The public API baselines: each package's public surface, as C# declarations written by PublicApiGenerator (with
/// <c>params</c>, nullability, defaults and multidimensional arrays as the compiler sees them), is committed under
/// <c>docs/api/</c>; the test fails when a surface differs from its file (and rewrites the file outside CI so the
/// change shows up in the diff). The compiler-side check is PublicApiAnalyzers' <c>PublicAPI.*.txt</c> per project.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Packages => ["MoDomain", "MoDomain.Research", "MoDomain.Samples"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void Public_api_matches_the_committed_baseline(string package)
    {
        string actual = Surface(package);
        RepositoryFiles.AssertCommitted(Path.Combine("docs", "api", package + ".txt"), actual);
    }

    [Fact]
    public void Baseline_shows_nullability_as_declared()
    {
        string surface = Surface("MoDomain");
        Assert.Contains("public readonly struct Truth", surface, StringComparison.Ordinal);
        Assert.Contains("out MoDomain.Vocabulary.Concept? concept", surface, StringComparison.Ordinal);
    }

    internal static string Surface(string package)
    {
        Assembly assembly = package switch
        {
            "MoDomain" => typeof(Truth).Assembly,
            "MoDomain.Research" => typeof(Corpus).Assembly,
            "MoDomain.Samples" => typeof(SampleCorpus).Assembly,
            _ => throw new ArgumentOutOfRangeException(nameof(package), package, "not a package of this repository"),
        };
        var options = new ApiGeneratorOptions { IncludeAssemblyAttributes = false };
        return assembly.GeneratePublicApi(options).ReplaceLineEndings("\n") + "\n";
    }
}
