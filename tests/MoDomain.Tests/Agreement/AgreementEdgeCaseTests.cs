using System;
using System.Collections.Generic;
using MoDomain.Coding.Agreement;

namespace MoDomain.Tests.Agreement;

/// <summary>Degenerate inputs give documented results; bad inputs give clear exceptions.</summary>
public sealed class AgreementEdgeCaseTests
{
    [Fact]
    public void No_pairable_unit_gives_an_undefined_alpha_not_nan()
    {
        var data = ReliabilityData.FromNumbers([new("u1", "A", 1), new("u2", "B", 2)]);
        foreach (var metric in Enum.GetValues<AlphaMetric>())
        {
            var result = KrippendorffAlpha.Compute(data, metric);
            Assert.False(result.IsDefined);
            Assert.Equal(AgreementStatus.NoPairableUnits, result.Status);
            Assert.Null(result.Value);
            Assert.Equal(0, result.PairableUnits);
            Assert.Equal(0, result.ObservedDisagreement);
            Assert.Equal(0, result.Coincidences.Size);
        }
        Assert.Equal(AgreementStatus.NoPairableUnits, PercentAgreement.Compute(data).Status);
        Assert.Equal(AgreementStatus.NoPairableUnits, CohensKappa.Compute(data).Status);
    }

    [Fact]
    public void One_category_only_gives_no_variation()
    {
        var data = ReliabilityData.FromCategories([new("u1", "A", "x"), new("u1", "B", "x"), new("u2", "A", "x"), new("u2", "B", "x")]);
        var alpha = KrippendorffAlpha.Compute(data);
        Assert.Equal(AgreementStatus.NoVariation, alpha.Status);
        Assert.Null(alpha.Value);
        Assert.Equal(2, alpha.PairableUnits);
        Assert.Equal(4, alpha.PairableValues);
        Assert.Equal(4, alpha.Coincidences["x", "x"]);
        Assert.Equal(AgreementStatus.NoVariation, CohensKappa.Compute(data).Status);
        Assert.Equal(AgreementStatus.NoVariation, FleissKappa.Compute(data).Status);
        Assert.Equal(1.0, PercentAgreement.Compute(data).Value);
        Assert.Equal(AgreementStatus.NoVariation, KrippendorffAlpha.Bootstrap(data, AlphaMetric.Nominal, seed: 1).Status);
    }

    [Fact]
    public void Empty_data_is_undefined_everywhere()
    {
        var data = ReliabilityData.FromCategories([], coders: ["A", "B"]);
        Assert.Equal(AgreementStatus.NoPairableUnits, KrippendorffAlpha.Compute(data).Status);
        Assert.Equal(AgreementStatus.NoPairableUnits, CohensKappa.Compute(data).Status);
        Assert.Equal(AgreementStatus.NoPairableUnits, FleissKappa.Compute(data).Status);
        Assert.Equal(AgreementStatus.NoPairableUnits, PercentAgreement.Compute(data).Status);
    }

    [Fact]
    public void Fleiss_with_one_value_per_unit_is_undefined_and_with_varying_counts_is_rejected()
    {
        var single = ReliabilityData.FromCategories([new("u1", "A", "x"), new("u2", "A", "y")]);
        Assert.Equal(AgreementStatus.TooFewValuesPerUnit, FleissKappa.Compute(single).Status);
        var varying = ReliabilityData.FromCategories([new("u1", "A", "x"), new("u1", "B", "x"), new("u2", "A", "y")]);
        var ex = Assert.Throws<ArgumentException>(() => FleissKappa.Compute(varying));
        Assert.Equal("data", ex.ParamName);
        Assert.Contains("'u2' has 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cohen_needs_exactly_two_coders_and_ignores_units_one_coder_skipped()
    {
        var three = ReliabilityData.FromCategories([new("u1", "A", "x"), new("u1", "B", "x"), new("u1", "C", "x")]);
        Assert.Throws<ArgumentException>(() => CohensKappa.Compute(three));
        var withGap = AgreementExamples.TwoByTwo(20, 5, 10, 15);
        var ratings = new List<CategoricalRating>();
        for (int u = 0; u < withGap.UnitCount; u++)
        {
            ratings.Add(new(withGap.Units[u], "A", withGap.CategoryAt(u, 0)!));
            ratings.Add(new(withGap.Units[u], "B", withGap.CategoryAt(u, 1)!));
        }
        ratings.Add(new("only-A", "A", "no"));
        var result = CohensKappa.Compute(ReliabilityData.FromCategories(ratings, ["yes", "no"]));
        Assert.Equal(0.4, result.Value!.Value, 12);
        Assert.Equal(50, result.Units);
    }

    [Fact]
    public void Metric_and_value_kind_must_fit()
    {
        var categories = ReliabilityData.FromCategories([new("u1", "A", "x"), new("u1", "B", "y")]);
        Assert.Equal("metric", Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Compute(categories, AlphaMetric.Interval)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Compute(categories, AlphaMetric.Ratio)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => KrippendorffAlpha.Compute(categories, (AlphaMetric)42));
        var negative = ReliabilityData.FromNumbers([new("u1", "A", -1), new("u1", "B", 2)]);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Compute(negative, AlphaMetric.Ratio)).ParamName);
        Assert.True(KrippendorffAlpha.Compute(negative, AlphaMetric.Interval).IsDefined);
        Assert.Throws<ArgumentNullException>(() => KrippendorffAlpha.Compute(null!));
    }

    [Fact]
    public void Ordinal_on_categories_uses_the_declared_order()
    {
        // Krippendorff's example with the values as category names in reverse alphabetical order; declaring the
        // numeric order reproduces the published ordinal alpha, the alphabetical default order does not.
        string[] names = ["one", "two", "three", "four", "five"];
        var ratings = new List<CategoricalRating>();
        var rows = AgreementExamples.Krippendorff2011;
        for (int c = 0; c < rows.Length; c++)
        {
            for (int u = 0; u < rows[c].Length; u++)
            {
                if (!double.IsNaN(rows[c][u]))
                {
                    ratings.Add(new("u" + u, "c" + c, names[(int)rows[c][u] - 1]));
                }
            }
        }
        var ordered = ReliabilityData.FromCategories(ratings, names);
        Assert.Equal(0.815, Math.Round(KrippendorffAlpha.Compute(ordered, AlphaMetric.Ordinal).Value!.Value, 3), 10);
        Assert.Equal(0.743, Math.Round(KrippendorffAlpha.Compute(ordered, AlphaMetric.Nominal).Value!.Value, 3), 10);
        var alphabetical = ReliabilityData.FromCategories(ratings);
        Assert.Equal(["five", "four", "one", "three", "two"], alphabetical.Categories);
        Assert.NotEqual(0.815, Math.Round(KrippendorffAlpha.Compute(alphabetical, AlphaMetric.Ordinal).Value!.Value, 3));
    }

    [Fact]
    public void Builders_reject_bad_input_with_the_parameter_name()
    {
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumbers([new("u", "A", 1), new("u", "A", 2)])).ParamName);
        Assert.Contains("more than once", Assert.Throws<ArgumentException>(() => ReliabilityData.FromCategories([new("u", "A", "x"), new("u", "A", "x")])).Message, StringComparison.Ordinal);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumbers([new("u", "A", double.NaN)])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumbers([new("u", "A", double.PositiveInfinity)])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumbers([new(" ", "A", 1)])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentNullException>(() => ReliabilityData.FromNumbers([new(null!, "A", 1)])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumbers([new("u\n1", "A", 1)])).ParamName);
        var unknown = Assert.Throws<ArgumentException>(() => ReliabilityData.FromCategories([new("u", "A", "presnt")], ["present", "absent"]));
        Assert.Contains("did you mean 'present'", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("categoryOrder", Assert.Throws<ArgumentException>(() => ReliabilityData.FromCategories([], ["x", "x"])).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumbers([], ["u", "u"])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumbers([new("v", "A", 1)], ["u"])).ParamName);
        Assert.Throws<ArgumentNullException>(() => ReliabilityData.FromNumbers(null!));
        Assert.Throws<ArgumentNullException>(() => ReliabilityData.FromNumericMatrix(null!));
        Assert.Equal("unitsByCoders", Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumericMatrix(new double[,] { { 1, double.NegativeInfinity } })).ParamName);
    }

    [Fact]
    public void Matrix_builders_number_units_and_coders_and_keep_missing_cells()
    {
        var data = ReliabilityData.FromNumericMatrix(new double[,] { { 1, double.NaN }, { 2.5, -0.0 } });
        Assert.Equal(["1", "2"], data.Units);
        Assert.Equal(["1", "2"], data.Coders);
        Assert.Equal([0.0, 1.0, 2.5], data.Numbers);
        Assert.Null(data.NumberAt(0, 1));
        Assert.Equal(2.5, data.NumberAt(1, 0));
        Assert.Equal(3, data.ValueCount);
        Assert.Throws<InvalidOperationException>(() => data.CategoryAt(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => data.HasValue(2, 0));
        var categories = ReliabilityData.FromCategoryMatrix(new string?[,] { { "a", null }, { "b", "a" } }, ["b", "a"]);
        Assert.Equal(["b", "a"], categories.Categories);
        Assert.Equal("a", categories.CategoryAt(1, 1));
        Assert.False(categories.HasValue(0, 1));
        Assert.Throws<InvalidOperationException>(() => categories.NumberAt(0, 0));
    }

    [Fact]
    public void Bootstrap_is_reproducible_from_the_seed_and_brackets_plausible_values()
    {
        var data = AgreementExamples.FromCoderRows(AgreementExamples.Krippendorff2011);
        var a = KrippendorffAlpha.Bootstrap(data, AlphaMetric.Interval, seed: 20111, resamples: 2000);
        var b = KrippendorffAlpha.Bootstrap(data, AlphaMetric.Interval, seed: 20111, resamples: 2000);
        var c = KrippendorffAlpha.Bootstrap(data, AlphaMetric.Interval, seed: 7, resamples: 2000);
        Assert.True(a.IsDefined);
        Assert.Equal(a.Lower, b.Lower);
        Assert.Equal(a.Upper, b.Upper);
        Assert.NotEqual(a.Lower, c.Lower);
        Assert.True(a.Lower <= a.Estimate.Value && a.Estimate.Value <= a.Upper);
        Assert.True(a.Upper <= 1.0);
        Assert.Equal(2000, a.Resamples);
        Assert.InRange(a.DefinedResamples, 1, 2000);
        Assert.Equal(0.95, a.Confidence);
        Assert.Equal(20111, a.Seed);
        Assert.Equal(0.849, Math.Round(a.Estimate.Value!.Value, 3), 10);
    }

    [Fact]
    public void Bootstrap_of_perfect_agreement_is_the_point_one_and_arguments_are_checked()
    {
        var perfect = ReliabilityData.FromNumbers([new("u1", "A", 1), new("u1", "B", 1), new("u2", "A", 2), new("u2", "B", 2), new("u3", "A", 3), new("u3", "B", 3)]);
        var ci = KrippendorffAlpha.Bootstrap(perfect, AlphaMetric.Nominal, seed: 3, resamples: 200);
        Assert.Equal(1.0, ci.Lower);
        Assert.Equal(1.0, ci.Upper);
        Assert.Throws<ArgumentOutOfRangeException>(() => KrippendorffAlpha.Bootstrap(perfect, AlphaMetric.Nominal, 1, resamples: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => KrippendorffAlpha.Bootstrap(perfect, AlphaMetric.Nominal, 1, confidence: 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => KrippendorffAlpha.Bootstrap(perfect, AlphaMetric.Nominal, 1, confidence: double.NaN));
        var twoUnits = ReliabilityData.FromNumbers([new("u1", "A", 1), new("u1", "B", 1), new("u2", "A", 2), new("u2", "B", 2)]);
        var tiny = KrippendorffAlpha.Bootstrap(twoUnits, AlphaMetric.Nominal, seed: 5, resamples: 50);
        Assert.True(tiny.DefinedResamples < 50);
    }

    [Fact]
    public void The_random_stream_is_pinned()
    {
        // SplitMix64 reference output for seed 0 (first value 0xE220A8397B1DCDAF).
        var random = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, random.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.Next());
        var bounded = new SplitMix64(42);
        for (int i = 0; i < 1000; i++)
        {
            Assert.InRange(bounded.NextInt(7), 0, 6);
        }
    }
}
