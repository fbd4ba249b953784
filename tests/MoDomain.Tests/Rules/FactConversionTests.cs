using System;
using MoDomain.Rules;
using Xunit;

namespace MoDomain.Tests.Rules;

/// <summary>
/// Unknown is explicit: the implicit conversion to <see cref="Fact{T}"/> never throws (null converts to unknown),
/// <see cref="Fact.FromNullable{T}(T)"/> says so by name, and <see cref="Fact.Known{T}(T)"/> still rejects null.
/// </summary>
public sealed class FactConversionTests
{
    [Fact]
    public void A_null_reference_converts_to_the_unknown_fact()
    {
        string? missing = null;
        Fact<string> fact = missing;
        Assert.True(fact.IsUnknown);
        Assert.Equal(Fact<string>.Unknown, fact);
    }

    [Fact]
    public void A_value_converts_to_a_known_fact()
    {
        Fact<string> fact = "Köln";
        Assert.True(fact.IsKnown);
        Assert.Equal("Köln", fact.Value);
        Fact<double> share = 0.5;
        Assert.Equal(0.5, share.Value);
    }

    [Fact]
    public void FromNullable_maps_null_to_unknown_for_references_and_nullable_values()
    {
        Assert.True(Fact.FromNullable<string>(null).IsUnknown);
        Assert.Equal("x", Fact.FromNullable<string>("x").Value);
        int? none = null;
        int? three = 3;
        Assert.True(Fact.FromNullable(none).IsUnknown);
        Assert.Equal(Fact.Known(3), Fact.FromNullable(three));
    }

    [Fact]
    public void Known_and_the_constructor_still_reject_null()
    {
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => Fact.Known<string>(null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new Fact<string>(null!)).ParamName);
    }

    [FsCheck.Xunit.Property]
    public bool The_conversion_agrees_with_FromNullable(string? value)
    {
        Fact<string> converted = value;
        return converted == Fact.FromNullable(value) && converted.IsKnown == (value is not null);
    }
}
