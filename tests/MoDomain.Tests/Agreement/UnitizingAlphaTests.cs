using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Coding.Agreement;
using Xunit;

namespace MoDomain.Tests.Agreement;

public sealed class UnitizingAlphaTests
{
    private static readonly string[] TwoCoders = ["i", "j"];

    [Fact]
    public void Hand_worked_example_gives_729_over_910()
    {
        // L = 10. Coder i: unit A at 2-6; coder j: unit A at 3-6. Elementary pieces: 0-2 gap/gap, 2-3 A/gap,
        // 3-6 A/A, 6-10 gap/gap. m = 2, so l(gap,gap) = 2 · (2 + 4) = 12, l(A,gap) = l(gap,A) = 1, l(A,A) = 6, n = 20.
        // Rows: l(A,.) = 7, l(gap,.) = 13. Self-pairings: units 4² + 3² = 25, gap positions 13; n² − 38 = 362.
        // e(A,A) = 20 (49 − 25) / 362, e(gap,gap) = 20 (169 − 13) / 362; D_o = 2/20, D_e = (20 − 3600/362)/20.
        // α = 1 − 2 · 362 / 3640 = 729 / 910.
        var result = UnitizingAlpha.Compute(
            [new("d", "i", "A", 2, 6), new("d", "j", "A", 3, 6)],
            [new Continuum("d", 10)],
            TwoCoders);
        Assert.Equal(729.0 / 910.0, result.Unitizing.Value!.Value, 12);
        Assert.Equal(729.0 / 910.0, result.Binary.Value!.Value, 12);
        Assert.Equal(0.1, result.Unitizing.ObservedDisagreement, 12);
        Assert.Equal(20, result.Unitizing.PairedLength, 12);
        Assert.Equal(729.0 / 910.0, result.ByValue.Single().Value.Value!.Value, 12);
        Assert.Equal(AgreementStatus.NoVariation, result.Coding.Status); // one value only: nothing to disagree on
        Assert.Null(result.CodingAcrossDomains);
    }

    [Fact]
    public void Coding_alpha_of_two_values_on_the_same_range_is_zero_as_ordinary_alpha()
    {
        // One overlap, two values: the coincidences are l(a,b) = l(b,a) = 10, each unit pairs with itself 10² → e = 0,
        // D_o = D_e = 1, α = 0 — the same as ordinary nominal α for one unit rated a and b.
        var result = UnitizingAlpha.Compute([new("d", "i", "a", 0, 10), new("d", "j", "b", 0, 10)], [new Continuum("d", 10)], TwoCoders);
        Assert.Equal(0, result.Coding.Value!.Value, 12);
        var ordinary = KrippendorffAlpha.Compute(ReliabilityData.FromCategoryMatrix(new string?[,] { { "a", "b" } }));
        Assert.Equal(0, ordinary.Value!.Value, 12);
        Assert.Equal(AgreementStatus.NoVariation, result.Binary.Status); // both coders marked everything as relevant
    }

    [Fact]
    public void Krippendorff_2004_example_on_page_254_as_pinned_by_DKPro()
    {
        // Krippendorff (2004: 254): continuum 150-450 (shifted here to 0-300), two observers, values c and k.
        var segments = new List<UnitizedSegment>
        {
            new("d", "i", "c", 75, 145), new("d", "i", "c", 220, 250), new("d", "j", "c", 70, 150),
            new("d", "j", "c", 205, 225), new("d", "j", "c", 250, 270), new("d", "i", "k", 30, 90),
            new("d", "i", "k", 150, 200), new("d", "j", "k", 30, 90), new("d", "j", "k", 150, 200),
        };
        var result = UnitizingAlpha.Krippendorff2004(segments, [new Continuum("d", 300)], TwoCoders);
        var c = result.Single(p => p.Key == "c").Value;
        var k = result.Single(p => p.Key == "k").Value;
        Assert.InRange(c.ObservedDisagreement, 0.0144 - 1e-4, 0.0144 + 1e-4);
        Assert.InRange(c.ExpectedDisagreement, 0.0532 - 1e-4, 0.0532 + 1e-4);
        Assert.InRange(c.Value!.Value, 0.7286 - 1e-4, 0.7286 + 1e-4);
        Assert.Equal(0, k.ObservedDisagreement, 12);
        Assert.InRange(k.ExpectedDisagreement, 0.0490 - 1e-4, 0.0490 + 1e-4);
        Assert.Equal(1, k.Value!.Value, 12);
        double pooled = 1 - ((c.ObservedDisagreement + k.ObservedDisagreement) / (c.ExpectedDisagreement + k.ExpectedDisagreement));
        Assert.InRange(pooled, 0.8591 - 5e-4, 0.8591 + 5e-4);
    }

    [Fact]
    public void DKPro_example_with_one_long_and_three_short_units()
    {
        // r0: -11111111-   r1: --1-1-1---  (DKPro Statistics, UnitizingAgreementTest)
        var result = UnitizingAlpha.Krippendorff2004(
            [new("d", "i", "A", 1, 9), new("d", "j", "A", 2, 3), new("d", "j", "A", 4, 5), new("d", "j", "A", 6, 7)],
            [new Continuum("d", 10)],
            TwoCoders);
        var a = result.Single().Value;
        Assert.InRange(a.ObservedDisagreement, 0.9100 - 1e-4, 0.9100 + 1e-4);
        Assert.InRange(a.ExpectedDisagreement, 0.5351 - 1e-4, 0.5351 + 1e-4);
        Assert.InRange(a.Value!.Value, -0.7003 - 1e-4, -0.7003 + 1e-4);
    }

    [Theory]
    [InlineData(1, "A", 0.03125)]
    [InlineData(1, "B", 2.26736)]
    [InlineData(1, "C", 0.02777)]
    [InlineData(1, "D", 0.38715)]
    [InlineData(50_000, "C", 0.02777)]
    public void Krippendorff_1995_observed_disagreements_as_pinned_by_DKPro(int stretch, string value, double observed)
    {
        var result = UnitizingAlpha.Krippendorff2004(Krippendorff1995(stretch), [new Continuum("d", 24 * stretch)], TwoCoders);
        Assert.InRange(result.Single(p => p.Key == value).Value.ObservedDisagreement, observed - 1e-5, observed + 1e-5);
    }

    [Theory]
    [InlineData("A", 0.553)]
    [InlineData("B", -0.926)]
    [InlineData("C", 0.679)]
    [InlineData("D", 0.066)]
    public void Krippendorff_1995_alphas_on_a_fine_continuum_as_pinned_by_DKPro(string value, double alpha)
    {
        // DKPro pins these with a tolerance of 0.02 (the 1995 paper's D_e differs slightly from the 2004 formula).
        var result = UnitizingAlpha.Krippendorff2004(Krippendorff1995(50_000), [new Continuum("d", 24 * 50_000)], TwoCoders);
        Assert.InRange(result.Single(p => p.Key == value).Value.Value!.Value, alpha - 0.02, alpha + 0.02);
    }

    [Fact]
    public void Overlapping_values_of_one_coder_leave_u_and_cu_alpha_undefined_but_not_the_binary_ones()
    {
        var result = UnitizingAlpha.Compute(
            [new("d", "i", "a", 0, 5), new("d", "i", "b", 3, 8), new("d", "j", "a", 0, 5), new("d", "j", "b", 5, 8)],
            [new Continuum("d", 12)],
            TwoCoders);
        Assert.Equal(AgreementStatus.OverlappingValues, result.Unitizing.Status);
        Assert.Equal(AgreementStatus.OverlappingValues, result.Coding.Status);
        Assert.Null(result.Unitizing.Value);
        Assert.True(result.Binary.IsDefined);
        Assert.All(result.ByValue, p => Assert.True(p.Value.IsDefined));
        Assert.Equal(1, result.Binary.Value!.Value, 12); // both marked 0-8 as relevant
    }

    [Fact]
    public void Same_value_units_that_overlap_are_merged_and_touching_ones_are_not()
    {
        var merged = UnitizingAlpha.Compute([new("d", "i", "a", 0, 5), new("d", "i", "a", 3, 8), new("d", "j", "a", 0, 8)], [new Continuum("d", 12)], TwoCoders);
        Assert.Equal(1, merged.Unitizing.Value!.Value, 12);
        var touching = UnitizingAlpha.Compute([new("d", "i", "a", 0, 4), new("d", "i", "a", 4, 8), new("d", "j", "a", 0, 8)], [new Continuum("d", 12)], TwoCoders);
        // Same coincidences (no position differs), but two units of 4 pair less with themselves than one of 8.
        Assert.Equal(merged.Unitizing.ObservedDisagreement, touching.Unitizing.ObservedDisagreement, 12);
        Assert.NotEqual(merged.Unitizing.ExpectedDisagreement, touching.Unitizing.ExpectedDisagreement, 9);
    }

    [Fact]
    public void Domains_group_values_for_Cu_alpha()
    {
        // Coders agree on the domain (x) of every unit but not on the code inside it: cuα is 0 here, Cuα undefined (one domain).
        var segments = new UnitizedSegment[] { new("d", "i", "x1", 0, 4), new("d", "j", "x2", 0, 4), new("d", "i", "y", 6, 9), new("d", "j", "y", 6, 9) };
        var domains = new Dictionary<string, string> { ["x1"] = "x", ["x2"] = "x" };
        var result = UnitizingAlpha.Compute(segments, [new Continuum("d", 10)], TwoCoders, domains);
        Assert.Equal(1, result.CodingAcrossDomains!.Value!.Value, 12);
        Assert.True(result.Coding.Value < 1);
    }

    [Fact]
    public void Bad_input_is_rejected_naming_the_parameter()
    {
        Continuum[] doc = [new("d", 10)];
        Assert.Equal("coders", Assert.Throws<ArgumentException>(() => UnitizingAlpha.Compute([], doc, ["i"])).ParamName);
        Assert.Equal("continua", Assert.Throws<ArgumentException>(() => UnitizingAlpha.Compute([], [], TwoCoders)).ParamName);
        Assert.Equal("continua", Assert.Throws<ArgumentException>(() => UnitizingAlpha.Compute([], [new("d", 0)], TwoCoders)).ParamName);
        Assert.Equal("continua", Assert.Throws<ArgumentException>(() => UnitizingAlpha.Compute([], [new("d", 3), new("d", 4)], TwoCoders)).ParamName);
        var outside = Assert.Throws<ArgumentException>(() => UnitizingAlpha.Compute([new("d", "i", "a", 5, 11)], doc, TwoCoders));
        Assert.Equal("segments", outside.ParamName);
        Assert.Contains("5-11", outside.Message, StringComparison.Ordinal);
        Assert.Equal("segments", Assert.Throws<ArgumentException>(() => UnitizingAlpha.Compute([new("d", "i", "a", 4, 4)], doc, TwoCoders)).ParamName);
        Assert.Contains("Unknown continuum 'e'", Assert.Throws<ArgumentException>(() => UnitizingAlpha.Compute([new("e", "i", "a", 0, 1)], doc, TwoCoders)).Message, StringComparison.Ordinal);
        Assert.Contains("Unknown coder 'k'", Assert.Throws<ArgumentException>(() => UnitizingAlpha.Compute([new("d", "k", "a", 0, 1)], doc, TwoCoders)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => UnitizingAlpha.Compute(null!, doc, TwoCoders));
        Assert.Throws<ArgumentNullException>(() => UnitizingAlpha.Krippendorff2004([], doc, null!));
    }

    [Fact]
    public void Nobody_marking_anything_has_no_variation()
    {
        var result = UnitizingAlpha.Compute([], [new Continuum("d", 10)], TwoCoders);
        Assert.Equal(AgreementStatus.NoVariation, result.Unitizing.Status);
        Assert.Equal(AgreementStatus.NoPairableUnits, result.Coding.Status);
        Assert.Empty(result.ByValue);
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Sweep_equals_the_position_by_position_reference(int seed)
    {
        var (segments, continua, coders) = UnitizingReference.Random(seed);
        var result = UnitizingAlpha.Compute(segments, continua, coders);
        var reference = UnitizingReference.Compute(segments, continua, coders);
        return Close(result.Unitizing.Value, reference.Unitizing)
            && Close(result.Binary.Value, reference.Binary)
            && Close(result.Coding.Value, reference.Coding);
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Unit_length_pieces_reduce_u_alpha_to_ordinary_nominal_alpha(int seed)
    {
        // Every unit one position long: uα equals nominal α over units = positions, with "gap" as a category, and |uα
        // equals nominal α on relevant/gap — Krippendorff's α for given units, since no self-pairing differs.
        var (segments, continua, coders) = UnitizingReference.Random(seed, unitLengthOne: true);
        var result = UnitizingAlpha.Compute(segments, continua, coders);
        var cells = new List<CategoricalRating>();
        var binary = new List<CategoricalRating>();
        foreach (var continuum in continua)
        {
            for (int p = 0; p < continuum.Length; p++)
            {
                foreach (var coder in coders)
                {
                    var unit = segments.FirstOrDefault(s => s.ContinuumId == continuum.Id && s.CoderId == coder && s.Start == p);
                    string unitKey = continuum.Id + "@" + p;
                    cells.Add(new CategoricalRating(unitKey, coder, unit.Value ?? "gap"));
                    binary.Add(new CategoricalRating(unitKey, coder, unit.Value is null ? "gap" : "unit"));
                }
            }
        }
        var ordinary = KrippendorffAlpha.Compute(ReliabilityData.FromCategories(cells));
        var ordinaryBinary = KrippendorffAlpha.Compute(ReliabilityData.FromCategories(binary));
        return Close(result.Unitizing.Value, ordinary.Value) && Close(result.Binary.Value, ordinaryBinary.Value);
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Identical_segmentations_give_one(int seed)
    {
        var (segments, continua, coders) = UnitizingReference.Random(seed);
        var first = segments.Where(s => s.CoderId == coders[0]).ToList();
        var copied = coders.SelectMany(c => first.Select(s => s with { CoderId = c })).ToList();
        var result = UnitizingAlpha.Compute(copied, continua, coders);
        return IsOneOrUndefined(result.Unitizing) && IsOneOrUndefined(result.Binary) && IsOneOrUndefined(result.Coding)
            && result.ByValue.All(p => IsOneOrUndefined(p.Value))
            && UnitizingAlpha.Krippendorff2004(copied, continua, coders).All(p => IsOneOrUndefined(p.Value));
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Invariant_under_coder_continuum_and_segment_order(int seed)
    {
        var (segments, continua, coders) = UnitizingReference.Random(seed);
        var random = new Random(seed ^ 0x5bd1e995);
        var baseline = UnitizingAlpha.Compute(segments, continua, coders);
        var shuffled = UnitizingAlpha.Compute(
            segments.OrderBy(_ => random.Next()).ToList(),
            continua.OrderBy(_ => random.Next()).ToList(),
            coders.OrderBy(_ => random.Next()).ToList());
        var old = UnitizingAlpha.Krippendorff2004(segments, continua, coders);
        var oldShuffled = UnitizingAlpha.Krippendorff2004(segments.OrderBy(_ => random.Next()).ToList(), continua.OrderBy(_ => random.Next()).ToList(), coders.OrderBy(_ => random.Next()).ToList());
        return Same(baseline.Unitizing, shuffled.Unitizing) && Same(baseline.Binary, shuffled.Binary) && Same(baseline.Coding, shuffled.Coding)
            && baseline.ByValue.Zip(shuffled.ByValue).All(p => p.First.Key == p.Second.Key && Same(p.First.Value, p.Second.Value))
            && old.Zip(oldShuffled).All(p => Same(p.First.Value, p.Second.Value));
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Every_coefficient_is_at_most_one_and_disagreements_are_shares(int seed)
    {
        var (segments, continua, coders) = UnitizingReference.Random(seed);
        var result = UnitizingAlpha.Compute(segments, continua, coders);
        var all = new[] { result.Unitizing, result.Binary, result.Coding }.Concat(result.ByValue.Select(p => p.Value));
        return all.All(c => (c.Value is null || c.Value <= 1 + 1e-12) && c.ObservedDisagreement >= 0 && c.ObservedDisagreement <= 1 + 1e-12 && c.ExpectedDisagreement >= 0);
    }

    private static bool IsOneOrUndefined(UnitizingCoefficient c) => c.Value is null || Math.Abs(c.Value.Value - 1) < 1e-9;

    private static bool Same(UnitizingCoefficient a, UnitizingCoefficient b) => a.Status == b.Status && Close(a.Value, b.Value);

    private static bool Close(double? a, double? b) => (a is null && b is null) || (a is { } x && b is { } y && Math.Abs(x - y) < 1e-9);

    private static List<UnitizedSegment> Krippendorff1995(int s)
    {
        // DKPro Statistics' transcription of Krippendorff (1995: 57): values A–D, two observers, continuum 0-24.
        (int Start, int Length, int Coder, string Value)[] units =
        [
            (2, 8, 0, "A"), (14, 6, 0, "A"), (4, 4, 1, "A"), (15, 2, 1, "A"),
            (0, 18, 0, "B"), (0, 2, 1, "B"), (2, 1, 1, "B"), (3, 1, 1, "B"), (4, 1, 1, "B"), (5, 1, 1, "B"), (6, 3, 1, "B"), (9, 1, 1, "B"),
            (2, 6, 0, "C"), (10, 2, 0, "C"), (14, 4, 0, "C"), (20, 2, 0, "C"), (0, 2, 1, "C"), (4, 4, 1, "C"), (10, 4, 1, "C"), (16, 2, 1, "C"), (20, 2, 1, "C"),
            (0, 2, 0, "D"), (2, 8, 0, "D"), (10, 4, 0, "D"), (14, 6, 0, "D"), (20, 4, 0, "D"), (0, 4, 1, "D"), (4, 4, 1, "D"), (8, 7, 1, "D"), (15, 2, 1, "D"), (17, 7, 1, "D"),
        ];
        return [.. units.Select(u => new UnitizedSegment("d", TwoCoders[u.Coder], u.Value, u.Start * s, (u.Start + u.Length) * s))];
    }
}
