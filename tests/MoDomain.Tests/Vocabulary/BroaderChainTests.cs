using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using MoDomain.Interop;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Vocabulary;

/// <summary>
/// Issue 16: a 20,000-long SKOS <c>broader</c> chain took 54 s to read (the cycle check walked every chain from every
/// concept, and the mapping check asked every concept about every mapping). Both are linear now and iterative.
/// </summary>
public sealed class BroaderChainTests
{
    internal static Concept[] Chain(int length) =>
        [.. Enumerable.Range(0, length).Select(i => new Concept(
            string.Create(CultureInfo.InvariantCulture, $"c-{i}"),
            new LocalizedText("Concept", "Begriff"),
            "A link of a long chain.",
            "model",
            i == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"c-{i - 1}")))];

    [Fact]
    public void A_200000_long_chain_is_checked_in_linear_time()
    {
        var concepts = Chain(200_000);
        var watch = Stopwatch.StartNew();
        var scheme = new ConceptScheme("chain", new LocalizedText("Chain", "Kette"), "model", concepts);
        // Quadratic checking needed 2 * 10^10 steps here (hours); linear takes well under a second. The bound allows a busy machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
        Assert.Equal("c-199998", scheme["c-199999"].Broader);
    }

    [Fact]
    public void A_20000_long_chain_round_trips_through_skos_json_ld_quickly()
    {
        var scheme = new ConceptScheme("chain", new LocalizedText("Chain", "Kette"), "model", Chain(20_000));
        var watch = Stopwatch.StartNew();
        var read = SkosJsonLd.Read(SkosJsonLd.Write(scheme));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString()); // 54 s before the fix
        Assert.Equal(20_000, read.Scheme.Concepts.Length);
        Assert.Equal("c-19998", read.Scheme["c-19999"].Broader);
    }

    [Fact]
    public void A_cycle_at_the_end_of_a_long_chain_is_still_found()
    {
        var concepts = Chain(10_000);
        concepts[0] = new Concept("c-0", new LocalizedText("Concept", "Begriff"), "A link.", "model", "c-9999");
        var ex = Assert.Throws<ArgumentException>(() => new ConceptScheme("chain", new LocalizedText("Chain", "Kette"), "model", concepts));
        Assert.Contains("form a cycle through", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_broader_concept_is_named()
    {
        var concepts = Chain(100);
        concepts[50] = new Concept("c-50", new LocalizedText("Concept", "Begriff"), "A link.", "model", "gone");
        var ex = Assert.Throws<ArgumentException>(() => new ConceptScheme("chain", new LocalizedText("Chain", "Kette"), "model", concepts));
        Assert.Contains("Concept 'c-50' names broader concept 'gone'", ex.Message, StringComparison.Ordinal);
    }
}
