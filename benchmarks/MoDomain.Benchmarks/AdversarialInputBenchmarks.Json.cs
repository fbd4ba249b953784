using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Vocabulary;

namespace MoDomain.Benchmarks;

/// <summary>
/// Adversarial inputs of issue 16 at ten times the size that exposed quadratic time: a 200,000-long SKOS
/// <c>broader</c> chain (20,000 took 54 s) and a codebook with 100,000 children of one code (10,000 took 18 s).
/// Short job: these are checks of the growth order, not precise timings.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(BenchmarkDotNet.Engines.RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AdversarialInputJsonBenchmarks
{
    private Concept[] chain = [];
    private string skos = string.Empty;
    private Code[] children = [];
    private string codebook = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        chain = [.. Enumerable.Range(0, 200_000).Select(i => new Concept(
            string.Create(CultureInfo.InvariantCulture, $"c-{i}"),
            new LocalizedText("Concept", "Begriff"),
            "A link of a long chain.",
            "model",
            i == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"c-{i - 1}")))];
        skos = SkosJsonLd.Write(new ConceptScheme("chain", new LocalizedText("Chain", "Kette"), "model", chain));
        children = [new Code("root", new LocalizedText("Root", "Wurzel")), .. Enumerable.Range(0, 100_000).Select(i => new Code(string.Create(CultureInfo.InvariantCulture, $"child-{i}"), new LocalizedText("Child", "Kind"), parentId: "root"))];
        codebook = CorpusJson.WriteCodebook(Codebook.Of(children));
    }

    [Benchmark(Description = "SKOS broader chain of 200,000: ConceptScheme (cycle check)")]
    public int SkosChainScheme() => new ConceptScheme("chain", new LocalizedText("Chain", "Kette"), "model", chain).Concepts.Length;

    [Benchmark(Description = "SKOS broader chain of 200,000: SkosJsonLd.Read")]
    public int SkosChainRead() => SkosJsonLd.Read(skos).Scheme.Concepts.Length;

    [Benchmark(Description = "codebook with 100,000 children: Codebook.Of")]
    public int CodebookChildren() => Codebook.Of(children).Count;

    [Benchmark(Description = "codebook with 100,000 children: CorpusJson.ReadCodebook")]
    public int CodebookChildrenRead() => CorpusJson.ReadCodebook(codebook).Count;
}
