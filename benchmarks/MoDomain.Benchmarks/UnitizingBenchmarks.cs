using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using MoDomain.Coding.Agreement;

namespace MoDomain.Benchmarks;

/// <summary>
/// Krippendorff's unitizing α family (uα, |uα, cuα and |uα per value) on 10^3 and 10^4 segments per coder × 3
/// coders (issue 19): seeded segmentations of one continuum, five codes, each coder's boundaries jittered around a
/// shared layout so that the coders mostly but not fully agree.
/// </summary>
[MemoryDiagnoser]
public class UnitizingBenchmarks
{
    private static readonly string[] Coders = ["coder-a", "coder-b", "coder-c"];
    private List<UnitizedSegment> segments = [];
    private Continuum[] continua = [];

    /// <summary>Gets or sets the number of segments per coder.</summary>
    [Params(1_000, 10_000)]
    public int Segments { get; set; }

    /// <summary>Generates the segmentations and checks that uα is defined.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(19);
        int length = Segments * 20;
        continua = [new Continuum("doc", length)];
        segments = new List<UnitizedSegment>(Segments * Coders.Length);
        var layout = new (int Start, int End, string Value)[Segments];
        for (int s = 0; s < Segments; s++)
        {
            int start = (s * 20) + 3;
            layout[s] = (start, start + random.Next(6, 14), "code-" + random.Next(5));
        }
        foreach (var coder in Coders)
        {
            foreach (var (start, end, value) in layout)
            {
                int from = start + random.Next(-2, 3);
                int to = end + random.Next(-2, 3);
                string v = random.Next(10) == 0 ? "code-" + random.Next(5) : value;
                segments.Add(new UnitizedSegment("doc", coder, v, from, to));
            }
        }
        if (Compute().Unitizing.Value is null)
        {
            throw new InvalidOperationException("uα should be defined on the generated data.");
        }
    }

    /// <summary>The whole family: uα, |uα, cuα and |uα for each of the five codes.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "unitizing alpha family")]
    public UnitizingAlphaResult Compute() => UnitizingAlpha.Compute(segments, continua, Coders);

    /// <summary>Krippendorff's 2004 α per value.</summary>
    /// <returns>The coefficients.</returns>
    [Benchmark(Description = "unitizing alpha 2004, per value")]
    public object Krippendorff2004() => UnitizingAlpha.Krippendorff2004(segments, continua, Coders);
}
