using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Coding;
using MoDomain.Coding.Agreement;

namespace MoDomain.Tests.Agreement;

/// <summary>Contracts of <see cref="CodingReliability"/>, <see cref="PresenceReliability"/>, the bootstrap of
/// <see cref="KrippendorffAlpha"/> and its random source.</summary>
public sealed class CodingReliabilityContractTests
{
    private static readonly string[] Codes = ["x", "y"];
    private static readonly string[] TwoCoders = ["a", "b"];

    [Fact]
    public void Categories_checks_the_none_category()
    {
        CodingUnit[] codings = [new("u1", "a", "x"), new("u1", "b", "x")];
        Assert.Equal("noneCategory", Assert.Throws<ArgumentException>(() => CodingReliability.Categories(codings, Codes, TwoCoders, noneCategory: " ")).ParamName);
        var clash = Assert.Throws<ArgumentException>(() => CodingReliability.Categories(codings, Codes, TwoCoders, noneCategory: "y"));
        Assert.Equal("noneCategory", clash.ParamName);
        Assert.StartsWith("The none category 'y' is also a code.", clash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Categories_fills_only_empty_cells_with_the_none_category()
    {
        CodingUnit[] codings = [new("u1", "a", "x"), new("u1", "b", "y"), new("u2", "a", "x")];
        var data = CodingReliability.Categories(codings, Codes, TwoCoders, noneCategory: "none");
        Assert.Equal(["x", "y", "none"], data.Categories);
        Assert.Equal("x", data.CategoryAt(0, 0));
        Assert.Equal("y", data.CategoryAt(0, 1));
        Assert.Equal("x", data.CategoryAt(1, 0));
        Assert.Equal("none", data.CategoryAt(1, 1));
        var without = CodingReliability.Categories(codings, Codes, TwoCoders);
        Assert.Null(without.CategoryAt(1, 1));
        Assert.Equal("x", without.CategoryAt(1, 0));
    }

    [Fact]
    public void Categories_names_both_codes_when_a_coder_applies_two()
    {
        var firstThenSecond = Assert.Throws<ArgumentException>(() => CodingReliability.Categories([new("u1", "a", "x"), new("u1", "a", "y")], Codes, TwoCoders));
        Assert.Equal("codings", firstThenSecond.ParamName);
        Assert.StartsWith("Coder 'a' applied both 'x' and 'y' to unit 'u1'", firstThenSecond.Message, StringComparison.Ordinal);
        var secondThenFirst = Assert.Throws<ArgumentException>(() => CodingReliability.Categories([new("u1", "b", "y"), new("u1", "b", "x")], Codes, TwoCoders));
        Assert.StartsWith("Coder 'b' applied both 'y' and 'x' to unit 'u1'", secondThenFirst.Message, StringComparison.Ordinal);
        // The same code twice is not a conflict.
        Assert.Equal("x", CodingReliability.Categories([new("u1", "a", "x"), new("u1", "a", "x")], Codes, TwoCoders).CategoryAt(0, 0));
    }

    [Fact]
    public void Codes_and_coders_are_required()
    {
        Assert.Equal("codings", Assert.Throws<ArgumentNullException>(() => CodingReliability.Presence(null!, Codes, TwoCoders)).ParamName);
        Assert.Equal("codes", Assert.Throws<ArgumentNullException>(() => CodingReliability.Presence([], null!, TwoCoders)).ParamName);
        Assert.Equal("coders", Assert.Throws<ArgumentNullException>(() => CodingReliability.Categories([], Codes, null!)).ParamName);
        var noCode = Assert.Throws<ArgumentException>(() => CodingReliability.Presence([], [], TwoCoders));
        Assert.Equal("codes", noCode.ParamName);
        Assert.StartsWith("At least one code is needed.", noCode.Message, StringComparison.Ordinal);
        var noCoder = Assert.Throws<ArgumentException>(() => CodingReliability.Categories([], Codes, []));
        Assert.Equal("coders", noCoder.ParamName);
        Assert.StartsWith("At least one coder is needed.", noCoder.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Presence_overall_stacks_the_per_code_blocks_in_code_order()
    {
        CodingUnit[] codings = [new("u1", "a", "x"), new("u2", "b", "y"), new("u1", "b", "y")];
        var presence = CodingReliability.Presence(codings, Codes, TwoCoders, ["u1", "u2"]);
        var overall = presence.Overall;
        Assert.Equal(["x\u001Fu1", "x\u001Fu2", "y\u001Fu1", "y\u001Fu2"], overall.Units);
        Assert.Equal([PresenceReliability.Absent, PresenceReliability.Present], overall.Categories);
        for (int k = 0; k < Codes.Length; k++)
        {
            var single = presence.ForCode(Codes[k]);
            for (int u = 0; u < 2; u++)
            {
                for (int c = 0; c < 2; c++)
                {
                    Assert.Equal(single.CategoryAt(u, c), overall.CategoryAt((k * 2) + u, c));
                }
            }
        }
        Assert.Equal("present", overall.CategoryAt(3, 1));
        Assert.Equal("absent", overall.CategoryAt(3, 0));
    }

    [Fact]
    public void ForCode_checks_null_and_names_unknown_codes()
    {
        var presence = CodingReliability.Presence([new("u1", "a", "topic:a")], ["topic:a", "topic:b"], TwoCoders);
        Assert.Equal("codeId", Assert.Throws<ArgumentNullException>(() => presence.ForCode(null!)).ParamName);
        var far = Assert.Throws<ArgumentException>(() => presence.ForCode("zzzzzzzzzz"));
        Assert.Equal("codeId", far.ParamName);
        Assert.StartsWith("Unknown code 'zzzzzzzzzz'.", far.Message, StringComparison.Ordinal);
        var near = Assert.Throws<ArgumentException>(() => presence.ForCode("topic:c"));
        Assert.StartsWith("Unknown code 'topic:c'; did you mean", near.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bootstrap_checks_its_arguments()
    {
        var numeric = AgreementExamples.FromCoderRows(AgreementExamples.Krippendorff2011);
        var categorical = ReliabilityData.FromCategories([new("u1", "a", "x"), new("u1", "b", "y")]);
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => KrippendorffAlpha.Bootstrap(null!, AlphaMetric.Nominal, 1)).ParamName);
        var metric = Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Bootstrap(categorical, AlphaMetric.Interval, 1));
        Assert.Equal("metric", metric.ParamName);
        Assert.StartsWith("The interval metric needs numeric values; this data holds categories", metric.Message, StringComparison.Ordinal);
        var negative = ReliabilityData.FromNumbers([new("u1", "a", -1.0), new("u1", "b", 2.0)]);
        var ratio = Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Compute(negative, AlphaMetric.Ratio));
        Assert.Equal("data", ratio.ParamName);
        Assert.StartsWith("The ratio metric needs non-negative values.", ratio.Message, StringComparison.Ordinal);
        var resamples = Assert.Throws<ArgumentOutOfRangeException>(() => KrippendorffAlpha.Bootstrap(numeric, AlphaMetric.Nominal, 1, resamples: 0));
        Assert.Equal("resamples", resamples.ParamName);
        Assert.Contains("At least one resample is needed.", resamples.Message, StringComparison.Ordinal);
        foreach (double confidence in new[] { 0.0, 1.0, double.NaN })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => KrippendorffAlpha.Bootstrap(numeric, AlphaMetric.Nominal, 1, 10, confidence));
            Assert.Equal("confidence", e.ParamName);
            Assert.Contains("strictly between 0 and 1", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_single_resample_gives_a_point_interval()
    {
        var data = AgreementExamples.FromCoderRows(AgreementExamples.Krippendorff2011);
        var interval = KrippendorffAlpha.Bootstrap(data, AlphaMetric.Nominal, 7, resamples: 1);
        Assert.Equal(AgreementStatus.Defined, interval.Status);
        Assert.Equal(1, interval.DefinedResamples);
        Assert.Equal(interval.Lower, interval.Upper);
    }

    [Fact]
    public void Bootstrap_reports_when_no_resample_is_defined()
    {
        // Two units in perfect agreement on different values: alpha is 1, but a resample that draws the same unit
        // twice has no variation. Some seed must give such a single resample.
        var data = ReliabilityData.FromCategories([new("u1", "a", "x"), new("u1", "b", "x"), new("u2", "a", "y"), new("u2", "b", "y")]);
        var intervals = Enumerable.Range(0, 40).Select(seed => KrippendorffAlpha.Bootstrap(data, AlphaMetric.Nominal, seed, resamples: 1)).ToList();
        var undefined = intervals.Where(i => i.Status == AgreementStatus.NoDefinedResample).ToList();
        Assert.NotEmpty(undefined);
        Assert.All(undefined, i =>
        {
            Assert.Null(i.Lower);
            Assert.Null(i.Upper);
            Assert.Equal(0, i.DefinedResamples);
            Assert.Equal(1.0, i.Estimate.Value);
        });
        Assert.Contains(intervals, i => i.Status == AgreementStatus.Defined && i.Lower == 1.0 && i.Upper == 1.0);
    }

    [Fact]
    public void Two_resamples_interpolate_linearly_between_the_replicates()
    {
        // With two replicate values v0 <= v1, the quantile at p is v0 + p (v1 − v0): the interval is centred on
        // (v0 + v1) / 2 and its width is confidence × (v1 − v0), whatever the confidence.
        var data = AgreementExamples.FromCoderRows(AgreementExamples.Krippendorff2011);
        bool found = false;
        for (int seed = 0; seed < 60 && !found; seed++)
        {
            var half = KrippendorffAlpha.Bootstrap(data, AlphaMetric.Nominal, seed, 2, 0.5);
            var wide = KrippendorffAlpha.Bootstrap(data, AlphaMetric.Nominal, seed, 2, 0.9);
            if (half.DefinedResamples != 2 || half.Upper!.Value - half.Lower!.Value < 1e-6)
            {
                continue;
            }
            found = true;
            Assert.Equal(half.Lower!.Value + half.Upper!.Value, wide.Lower!.Value + wide.Upper!.Value, 12);
            Assert.Equal((half.Upper.Value - half.Lower.Value) / 0.5, (wide.Upper.Value - wide.Lower.Value) / 0.9, 12);
            Assert.True(wide.Lower.Value < half.Lower.Value);
        }
        Assert.True(found);
    }

    [Fact]
    public void Bootstrap_intervals_are_ordered_and_nested()
    {
        var data = AgreementExamples.FromCoderRows(AgreementExamples.Krippendorff2011);
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(15)),
            Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), seed =>
            {
                var narrow = KrippendorffAlpha.Bootstrap(data, AlphaMetric.Nominal, seed, 200, 0.6);
                var wide = KrippendorffAlpha.Bootstrap(data, AlphaMetric.Nominal, seed, 200, 0.95);
                Assert.True(narrow.Lower < narrow.Upper);
                Assert.True(wide.Lower <= narrow.Lower);
                Assert.True(narrow.Upper <= wide.Upper);
                Assert.True(wide.Upper <= 1.0);
            }));
    }

    [Fact]
    public void Bootstrap_ignores_units_that_cannot_be_paired()
    {
        double n = double.NaN;
        var pairable = ReliabilityData.FromNumericMatrix(new[,] { { 1, 1, n }, { 2, 2, 2 }, { 1, 2, 1 }, { 3, 3, 1 }, { 2, 3, 3 } });
        var padded = ReliabilityData.FromNumericMatrix(new[,] { { n, 3, n }, { n, n, n }, { 1, 1, n }, { 2, 2, 2 }, { 1, 2, 1 }, { 3, 3, 1 }, { 2, 3, 3 }, { n, 1, n } });
        for (int seed = 0; seed < 5; seed++)
        {
            var a = KrippendorffAlpha.Bootstrap(pairable, AlphaMetric.Ordinal, seed, 100);
            var b = KrippendorffAlpha.Bootstrap(padded, AlphaMetric.Ordinal, seed, 100);
            Assert.Equal(a.Estimate.Value, b.Estimate.Value);
            Assert.Equal(a.Lower, b.Lower);
            Assert.Equal(a.Upper, b.Upper);
            Assert.Equal(a.DefinedResamples, b.DefinedResamples);
        }
    }

    [Fact]
    public void SplitMix64_matches_the_reference_sequence()
    {
        // Reference outputs of Vigna's splitmix64 for the state 0.
        var random = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, random.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.Next());
        Assert.Equal(0x06C45D188009454FUL, random.Next());
    }

    [Fact]
    public void NextInt_stays_in_range_and_reaches_every_value()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(50)),
            Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (seed, bound) =>
            {
                var random = new SplitMix64(seed);
                var seen = new HashSet<int>();
                for (int i = 0; i < 400; i++)
                {
                    int r = random.NextInt(bound);
                    Assert.InRange(r, 0, bound - 1);
                    seen.Add(r);
                }
                Assert.Equal(bound, seen.Count);
            }));
    }
}
