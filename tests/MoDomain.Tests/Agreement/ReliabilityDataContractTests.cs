using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Coding;
using MoDomain.Coding.Agreement;

namespace MoDomain.Tests.Agreement;

/// <summary>Argument checks, messages, index bounds and value normalisation of <see cref="ReliabilityData"/>,
/// <see cref="ValueMatrix"/> and the agreement entry points.</summary>
public sealed class ReliabilityDataContractTests
{
    private static ReliabilityData TwoUnits() =>
        ReliabilityData.FromCategories(
            [new("u1", "a", "x"), new("u1", "b", "x"), new("u2", "a", "y"), new("u2", "b", "x")],
            ["x", "y"],
            ["u1", "u2", "u3"],
            ["a", "b"]);

    [Fact]
    public void Cell_accessors_treat_index_zero_as_a_value_and_check_both_indices()
    {
        var data = TwoUnits();
        Assert.True(data.HasValue(0, 0));
        Assert.False(data.HasValue(2, 0));
        Assert.Equal("x", data.CategoryAt(0, 0));
        Assert.Null(data.CategoryAt(2, 1));
        var unit = Assert.Throws<ArgumentOutOfRangeException>(() => data.HasValue(3, 0));
        Assert.Equal("unit", unit.ParamName);
        Assert.Contains("between 0 and 2", unit.Message, StringComparison.Ordinal);
        var coder = Assert.Throws<ArgumentOutOfRangeException>(() => data.CategoryAt(0, 2));
        Assert.Equal("coder", coder.ParamName);
        Assert.Contains("between 0 and 1", coder.Message, StringComparison.Ordinal);
        Assert.Equal("coder", Assert.Throws<ArgumentOutOfRangeException>(() => data.HasValue(0, -1)).ParamName);
        Assert.Equal("The data holds categories, not numbers; use CategoryAt.", Assert.Throws<InvalidOperationException>(() => data.NumberAt(0, 0)).Message);
    }

    [Fact]
    public void Numeric_accessors_return_the_smallest_number_and_refuse_categories()
    {
        var data = ReliabilityData.FromNumbers([new("u1", "a", 1.5), new("u1", "b", 7.0)]);
        Assert.Equal(1.5, data.NumberAt(0, 0));
        Assert.Equal(7.0, data.NumberAt(0, 1));
        Assert.Equal("The data holds numbers, not categories; use NumberAt.", Assert.Throws<InvalidOperationException>(() => data.CategoryAt(0, 0)).Message);
    }

    [Fact]
    public void Negative_zero_is_stored_as_zero()
    {
        var fromRatings = ReliabilityData.FromNumbers([new("u1", "a", -0.0), new("u1", "b", 2.0)]);
        Assert.False(double.IsNegative(fromRatings.Numbers[0]));
        Assert.Equal(0.0, fromRatings.NumberAt(0, 0));
        var fromMatrix = ReliabilityData.FromNumericMatrix(new[,] { { -0.0, 2.0 } });
        Assert.False(double.IsNegative(fromMatrix.Numbers[0]));
    }

    [Fact]
    public void Numeric_matrix_keeps_fractions_apart_from_the_integers_below_them()
    {
        var data = ReliabilityData.FromNumericMatrix(new[,] { { 0.0, 0.5 }, { 1.5, 1.0 }, { 2000.0, double.NaN }, { 0.25, 0.5 } });
        Assert.Equal([0.0, 0.25, 0.5, 1.0, 1.5, 2000.0], data.Numbers);
        Assert.Equal(0.25, data.NumberAt(3, 0));
        Assert.Equal(0.5, data.NumberAt(0, 1));
        Assert.Equal(1.5, data.NumberAt(1, 0));
        Assert.Null(data.NumberAt(2, 1));
        Assert.Equal(["1", "2", "3", "4"], data.Units);
        Assert.Equal("2", data.Coders[1]);
        Assert.Contains("The index is outside the list.", Assert.Throws<ArgumentOutOfRangeException>(() => data.Units[4]).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => data.Coders[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => data.Units[-1]);
    }

    [Fact]
    public void Non_finite_values_are_rejected_with_the_value_named()
    {
        var inMatrix = Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumericMatrix(new[,] { { 1.0, double.PositiveInfinity } }));
        Assert.Equal("unitsByCoders", inMatrix.ParamName);
        Assert.Contains("Values must be finite numbers (NaN marks a missing value).", inMatrix.Message, StringComparison.Ordinal);
        var inRatings = Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumbers([new("u", "a", double.NegativeInfinity)]));
        Assert.Equal("ratings", inRatings.ParamName);
        Assert.Contains("Values must be finite numbers, not -Infinity.", inRatings.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_check_null_arguments()
    {
        Assert.Equal("ratings", Assert.Throws<ArgumentNullException>(() => ReliabilityData.FromCategories(null!)).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentNullException>(() => ReliabilityData.FromNumbers(null!)).ParamName);
        Assert.Equal("unitsByCoders", Assert.Throws<ArgumentNullException>(() => ReliabilityData.FromNumericMatrix(null!)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => CohensKappa.Compute(null!)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => FleissKappa.Compute(null!)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => PercentAgreement.Compute(null!)).ParamName);
    }

    [Fact]
    public void Fixed_lists_name_the_unknown_unit_coder_or_category()
    {
        var unit = Assert.Throws<ArgumentException>(() => ReliabilityData.FromCategories([new("zzzzzz", "a", "x")], units: ["u1"]));
        Assert.Equal("ratings", unit.ParamName);
        Assert.StartsWith("Unknown unit 'zzzzzz': it is not in 'units'.", unit.Message, StringComparison.Ordinal);
        var coder = Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumbers([new("u1", "qqqqqq", 1.0)], coders: ["a"]));
        Assert.StartsWith("Unknown coder 'qqqqqq': it is not in 'coders'.", coder.Message, StringComparison.Ordinal);
        var near = Assert.Throws<ArgumentException>(() => ReliabilityData.FromNumbers([new("u2", "a", 1.0)], units: ["u1"]));
        Assert.StartsWith("Unknown unit 'u2': it is not in 'units'; did you mean 'u1'?", near.Message, StringComparison.Ordinal);
        var category = Assert.Throws<ArgumentException>(() => ReliabilityData.FromCategories([new("u1", "a", "zzzzzz")], ["x"]));
        Assert.StartsWith("Unknown category 'zzzzzz': it is not in 'categoryOrder'.", category.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_lists_reject_blank_repeated_and_control_character_ids()
    {
        var blank = Assert.Throws<ArgumentException>(() => ReliabilityData.FromCategories([], units: ["u1", " "]));
        Assert.Equal("units", blank.ParamName);
        Assert.Equal("coders", Assert.Throws<ArgumentNullException>(() => ReliabilityData.FromCategories([], coders: ["a", null!])).ParamName);
        var repeated = Assert.Throws<ArgumentException>(() => ReliabilityData.FromCategories([], coders: ["a", "a"]));
        Assert.Equal("coders", repeated.ParamName);
        Assert.StartsWith("The list repeats the id 'a'.", repeated.Message, StringComparison.Ordinal);
        var control = Assert.Throws<ArgumentException>(() => ReliabilityData.FromCategories([new("a\u001Fb", "c", "x")]));
        Assert.Equal("ratings", control.ParamName);
        Assert.StartsWith("The id 'a\\u001Fb' contains a control character.", control.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coincidence_matrix_checks_indices_and_labels()
    {
        var matrix = KrippendorffAlpha.Compute(TwoUnits()).Coincidences;
        Assert.Equal(["x", "y"], matrix.Labels);
        Assert.Equal(2.0, matrix["x", "x"]);
        Assert.Equal(1.0, matrix[0, 1]);
        Assert.Equal(1.0, matrix[1, 0]);
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => matrix[2, 0]).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentOutOfRangeException>(() => matrix[0, 2]).ParamName);
        Assert.Contains("The column index is outside the matrix.", Assert.Throws<ArgumentOutOfRangeException>(() => matrix[0, 2]).Message, StringComparison.Ordinal);
        Assert.Contains("The row index is outside the matrix.", Assert.Throws<ArgumentOutOfRangeException>(() => matrix[-1, 0]).Message, StringComparison.Ordinal);
        Assert.Equal("rowLabel", Assert.Throws<ArgumentNullException>(() => matrix[null!, "x"]).ParamName);
        var unknown = Assert.Throws<ArgumentException>(() => matrix["x", "z"]);
        Assert.Equal("columnLabel", unknown.ParamName);
        Assert.StartsWith("'z' is not a label of this matrix.", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cohens_kappa_names_the_coder_count_it_got()
    {
        var three = ReliabilityData.FromCategories([new("u", "a", "x"), new("u", "b", "x"), new("u", "c", "y")]);
        var e = Assert.Throws<ArgumentException>(() => CohensKappa.Compute(three));
        Assert.Contains("exactly two coders; this data has 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fleiss_kappa_counts_only_used_categories_and_compares_every_unit_with_the_first()
    {
        // Two categories, perfect agreement: kappa is 1 (chance 0.5).
        var perfect = ReliabilityData.FromCategories([new("u1", "a", "x"), new("u1", "b", "x"), new("u2", "a", "y"), new("u2", "b", "y")]);
        var k = FleissKappa.Compute(perfect);
        Assert.Equal(AgreementStatus.Defined, k.Status);
        Assert.Equal(1.0, k.Value);
        // One category used out of two declared: no variation.
        var flat = ReliabilityData.FromCategories([new("u1", "a", "x"), new("u1", "b", "x")], ["x", "y"]);
        Assert.Equal(AgreementStatus.NoVariation, FleissKappa.Compute(flat).Status);
        // The first unit has no value at all, the second has two: the counts differ.
        var uneven = ReliabilityData.FromCategories([new("u2", "a", "x"), new("u2", "b", "y")], units: ["u1", "u2"]);
        var e = Assert.Throws<ArgumentException>(() => FleissKappa.Compute(uneven));
        Assert.Contains("unit 'u1' has 0, unit 'u2' has 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percent_agreement_counts_units_in_full_agreement()
    {
        var data = ReliabilityData.FromCategories(
            [new("u1", "a", "x"), new("u1", "b", "x"), new("u1", "c", "x"), new("u2", "a", "x"), new("u2", "b", "y"), new("u2", "c", "x"), new("u3", "a", "y"), new("u3", "b", "y")]);
        var result = PercentAgreement.Compute(data);
        Assert.True(result.IsDefined);
        Assert.Equal(3, result.PairableUnits);
        Assert.Equal(2, result.UnitsInFullAgreement);
        Assert.Equal((1.0 + (1.0 / 3.0) + 1.0) / 3.0, result.Value!.Value, 12);
        Assert.False(PercentAgreement.Compute(ReliabilityData.FromCategories([new("u1", "a", "x")])).IsDefined);
    }
}
