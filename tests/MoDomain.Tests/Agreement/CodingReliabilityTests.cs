using System;
using System.Linq;
using MoDomain.Coding;
using MoDomain.Coding.Agreement;

namespace MoDomain.Tests.Agreement;

/// <summary>The adapters from codings (unit × coder × code) to presence and category data.</summary>
public sealed class CodingReliabilityTests
{
    private static readonly CodingUnit[] Codings =
    [
        new("seg-1", "anna", "homemaking"),
        new("seg-1", "ben", "homemaking"),
        new("seg-1", "anna", "service"),
        new("seg-2", "anna", "service"),
        new("seg-2", "ben", "service"),
        new("seg-3", "ben", "homemaking"),
        new("seg-3", "ben", "homemaking"),
    ];

    [Fact]
    public void Presence_marks_every_coder_and_unit_for_every_code()
    {
        var presence = CodingReliability.Presence(Codings, ["homemaking", "service"], ["anna", "ben"], ["seg-1", "seg-2", "seg-3", "seg-4"]);
        var home = presence.ForCode("homemaking");
        Assert.Equal(["absent", "present"], home.Categories);
        Assert.Equal(["seg-1", "seg-2", "seg-3", "seg-4"], home.Units);
        Assert.Equal("present", home.CategoryAt(0, 0));
        Assert.Equal("present", home.CategoryAt(0, 1));
        Assert.Equal("absent", home.CategoryAt(2, 0));
        Assert.Equal("present", home.CategoryAt(2, 1));
        Assert.Equal("absent", home.CategoryAt(3, 1));
        Assert.Equal(8, home.ValueCount);
        // homemaking: units agree on seg-1 (p,p), seg-2 (a,a), seg-4 (a,a), disagree on seg-3.
        Assert.Equal(0.75, PercentAgreement.Compute(home).Value);
        var byCode = presence.AlphaByCode();
        Assert.Equal(["homemaking", "service"], byCode.Select(p => p.Key));
        Assert.All(byCode, p => Assert.True(p.Value.IsDefined));
        var overall = presence.Overall;
        Assert.Equal(8, overall.UnitCount);
        Assert.Equal("homemaking\u001Fseg-1", overall.Units[0]);
        Assert.Equal(16, presence.OverallAlpha().PairableValues);
        Assert.Contains("did you mean 'service'", Assert.Throws<ArgumentException>(() => presence.ForCode("servic")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Presence_alpha_equals_alpha_on_hand_built_binary_data()
    {
        var presence = CodingReliability.Presence(Codings, ["homemaking", "service"], ["anna", "ben"], ["seg-1", "seg-2", "seg-3", "seg-4"]);
        var manual = ReliabilityData.FromNumericMatrix(new double[,] { { 1, 1 }, { 0, 0 }, { 0, 1 }, { 0, 0 } });
        Assert.Equal(KrippendorffAlpha.Compute(manual).Value!.Value, presence.AlphaByCode()[0].Value.Value!.Value, 12);
        Assert.Equal(KrippendorffAlpha.Compute(manual, AlphaMetric.Interval).Value!.Value, presence.AlphaByCode()[0].Value.Value!.Value, 12);
    }

    [Fact]
    public void Categories_take_one_code_per_unit_and_coder()
    {
        CodingUnit[] codings = [new("d1", "anna", "welfare"), new("d1", "ben", "welfare"), new("d2", "anna", "homemaking")];
        var data = CodingReliability.Categories(codings, ["homemaking", "welfare"], ["anna", "ben"]);
        Assert.Equal(["homemaking", "welfare"], data.Categories);
        Assert.Null(data.CategoryAt(1, 1));
        var withNone = CodingReliability.Categories(codings, ["homemaking", "welfare"], ["anna", "ben"], noneCategory: "none");
        Assert.Equal("none", withNone.CategoryAt(1, 1));
        Assert.Equal(["homemaking", "welfare", "none"], withNone.Categories);
        CodingUnit[] clash = [new("d1", "anna", "welfare"), new("d1", "anna", "homemaking")];
        Assert.Contains("mutually exclusive", Assert.Throws<ArgumentException>(() => CodingReliability.Categories(clash, ["homemaking", "welfare"], ["anna"])).Message, StringComparison.Ordinal);
        Assert.Equal("noneCategory", Assert.Throws<ArgumentException>(() => CodingReliability.Categories(codings, ["homemaking", "welfare"], ["anna", "ben"], noneCategory: "welfare")).ParamName);
    }

    [Fact]
    public void Adapters_validate_their_inputs()
    {
        Assert.Equal("codes", Assert.Throws<ArgumentException>(() => CodingReliability.Presence(Codings, [], ["anna", "ben"])).ParamName);
        Assert.Equal("coders", Assert.Throws<ArgumentException>(() => CodingReliability.Presence(Codings, ["service"], [])).ParamName);
        var unknownCode = Assert.Throws<ArgumentException>(() => CodingReliability.Presence(Codings, ["service"], ["anna", "ben"]));
        Assert.Equal("codings", unknownCode.ParamName);
        Assert.Contains("Unknown code 'homemaking'", unknownCode.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown coder 'ben'", Assert.Throws<ArgumentException>(() => CodingReliability.Presence(Codings, ["homemaking", "service"], ["anna", "bob"])).Message, StringComparison.Ordinal);
        Assert.Contains("Unknown unit", Assert.Throws<ArgumentException>(() => CodingReliability.Presence(Codings, ["homemaking", "service"], ["anna", "ben"], ["seg-1"])).Message, StringComparison.Ordinal);
        Assert.Equal("coders", Assert.Throws<ArgumentException>(() => CodingReliability.Presence(Codings, ["homemaking", "service"], ["anna", "anna"])).ParamName);
        Assert.Throws<ArgumentNullException>(() => CodingReliability.Presence(null!, ["x"], ["a"]));
    }
}
