using System;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Rules;

/// <summary><see cref="Fact{T}"/>: known or unknown, never null; value equality; mapping keeps unknown.</summary>
public sealed class FactTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.ManyRuns).WithQuietOnSuccess(true);

    [Fact]
    public void Property_fact_equality_is_value_equality_and_agrees_with_hash_code()
    {
        CheckEquality(Generators.FactOf(Generators.EnumValue<LegalForm>()));
        CheckEquality(Generators.FactOf(Generators.Share));
        CheckEquality(Generators.FactOf(Gen.Elements(true, false)));
        CheckEquality(Generators.FactOf(Generators.FoundingDateOnOrBefore(new LocalDate(2026, 1, 1))));
        CheckEquality(Generators.FactOf(Generators.SetOf<OrganisationKind>()));
        CheckEquality(Generators.FactOf(Generators.UmbrellaNameSet));
        CheckEquality(Generators.FactOf(Generators.EnumValue<SelfIdentification>()));
    }

    [Fact]
    public void Property_test_and_select_keep_unknown_unknown_and_decide_known_values()
    {
        var arb = Generators.FactOf(Generators.Share).ToArbitrary();
        Check.One(Config, Prop.ForAll(arb, f =>
        {
            var test = f.Test(v => v >= 0.5);
            var mapped = f.Select(v => v * 2);
            if (f.IsUnknown)
            {
                return test.IsUnknown && mapped.IsUnknown && f.GetValueOrDefault(-1) == -1 && !f.TryGetValue(out _) && f.ToString() == "unknown";
            }
            return test == Truth.FromBoolean(f.Value >= 0.5) && mapped.Value == f.Value * 2 && f.TryGetValue(out var v) && v == f.Value && f.GetValueOrDefault(-1) == f.Value;
        }));
    }

    [Fact]
    public void Unknown_is_the_default_and_differs_from_every_known_value()
    {
        Assert.True(default(Fact<bool>).IsUnknown);
        Assert.Equal(Fact<bool>.Unknown, Fact.Unknown<bool>());
        Assert.NotEqual(Fact<bool>.Unknown, Fact.Known(false));
        Assert.NotEqual(Fact<double>.Unknown, Fact.Known(0.0));
        Fact<int> implicitFact = 3;
        Assert.Equal(Fact.Known(3), implicitFact);
        Assert.True(Fact.Known(1.5) != Fact.Known(2.5));
        Assert.Equal("0.5", Fact.Known(0.5).ToString());
    }

    private static void CheckEquality<T>(Gen<Fact<T>> gen)
    {
        var pairs = Gen.Two(gen).ToArbitrary();
        Check.One(Config, Prop.ForAll(pairs, pair =>
        {
            var (a, b) = pair;
            Assert.True(a.Equals(a));
            Assert.Equal(a.Equals(b), b.Equals(a));
            Assert.Equal(a.Equals(b), a == b);
            Assert.Equal(!a.Equals(b), a != b);
            bool expected = a.IsKnown == b.IsKnown && (a.IsUnknown || Equals(a.Value, b.Value));
            Assert.Equal(expected, a.Equals(b));
            if (a.Equals(b))
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }
        }));
    }
}
