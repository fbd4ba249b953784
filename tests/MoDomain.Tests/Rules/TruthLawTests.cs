using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Rules;

namespace MoDomain.Tests.Rules;

/// <summary>Kleene's strong three-valued logic: the laws of AND, OR and NOT over yes / no / unknown.</summary>
public sealed class TruthLawTests
{
    private static readonly Truth[] All = [Truth.No, Truth.Unknown, Truth.Yes];

    public static TheoryData<Truth, Truth, Truth> AndTable => new()
    {
        { Truth.No, Truth.No, Truth.No }, { Truth.No, Truth.Unknown, Truth.No }, { Truth.No, Truth.Yes, Truth.No },
        { Truth.Unknown, Truth.No, Truth.No }, { Truth.Unknown, Truth.Unknown, Truth.Unknown }, { Truth.Unknown, Truth.Yes, Truth.Unknown },
        { Truth.Yes, Truth.No, Truth.No }, { Truth.Yes, Truth.Unknown, Truth.Unknown }, { Truth.Yes, Truth.Yes, Truth.Yes },
    };

    public static TheoryData<Truth, Truth, Truth> OrTable => new()
    {
        { Truth.No, Truth.No, Truth.No }, { Truth.No, Truth.Unknown, Truth.Unknown }, { Truth.No, Truth.Yes, Truth.Yes },
        { Truth.Unknown, Truth.No, Truth.Unknown }, { Truth.Unknown, Truth.Unknown, Truth.Unknown }, { Truth.Unknown, Truth.Yes, Truth.Yes },
        { Truth.Yes, Truth.No, Truth.Yes }, { Truth.Yes, Truth.Unknown, Truth.Yes }, { Truth.Yes, Truth.Yes, Truth.Yes },
    };

    [Theory]
    [MemberData(nameof(AndTable))]
    public void And_matches_the_Kleene_truth_table(Truth x, Truth y, Truth expected)
    {
        Assert.Equal(expected, x & y);
        Assert.Equal(expected, x.And(y));
        Assert.Equal(expected, Truth.BitwiseAnd(x, y));
    }

    [Theory]
    [MemberData(nameof(OrTable))]
    public void Or_matches_the_Kleene_truth_table(Truth x, Truth y, Truth expected)
    {
        Assert.Equal(expected, x | y);
        Assert.Equal(expected, x.Or(y));
        Assert.Equal(expected, Truth.BitwiseOr(x, y));
    }

    [FsCheck.Xunit.Property]
    public bool FromBoolean_is_decided_and_keeps_the_value(bool value) =>
        Truth.FromBoolean(value).IsDecided && Truth.FromBoolean(value).IsYes == value && Truth.FromBoolean(value).IsNo == !value;

    [Fact]
    public void Not_swaps_yes_and_no_and_keeps_unknown()
    {
        Assert.Equal(Truth.No, !Truth.Yes);
        Assert.Equal(Truth.Yes, !Truth.No);
        Assert.Equal(Truth.Unknown, !Truth.Unknown);
        Assert.Equal(Truth.No, Truth.LogicalNot(Truth.Yes));
        Assert.Equal(Truth.Yes, Truth.No.Not());
    }

    [Fact]
    public void Laws_hold_exhaustively_over_all_three_values()
    {
        foreach (var x in All)
        {
            Assert.Equal(x, x & Truth.Yes);
            Assert.Equal(x, x | Truth.No);
            Assert.Equal(Truth.No, x & Truth.No);
            Assert.Equal(Truth.Yes, x | Truth.Yes);
            Assert.Equal(x, !!x);
            Assert.Equal(x, x & x);
            Assert.Equal(x, x | x);
            Assert.Contains(Truth.Unknown & x, new[] { Truth.No, Truth.Unknown });
            Assert.Contains(Truth.Unknown | x, new[] { Truth.Unknown, Truth.Yes });
            foreach (var y in All)
            {
                Assert.Equal(x & y, y & x);
                Assert.Equal(x | y, y | x);
                Assert.Equal(!(x & y), !x | !y);
                Assert.Equal(!(x | y), !x & !y);
                Assert.Equal(x, x & (x | y));
                Assert.Equal(x, x | (x & y));
                foreach (var z in All)
                {
                    Assert.Equal((x & y) & z, x & (y & z));
                    Assert.Equal((x | y) | z, x | (y | z));
                    Assert.Equal(x & (y | z), (x & y) | (x & z));
                    Assert.Equal(x | (y & z), (x | y) & (x | z));
                }
            }
        }
    }

    [Fact]
    public void Property_commutativity_and_associativity()
    {
        var triples = Gen.Three(Generators.TruthValue).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.ManyRuns).WithQuietOnSuccess(true), Prop.ForAll(triples, t =>
        {
            var (x, y, z) = t;
            return (x & y) == (y & x)
                && (x | y) == (y | x)
                && ((x & y) & z) == (x & (y & z))
                && ((x | y) | z) == (x | (y | z));
        }));
    }

    [Fact]
    public void Property_de_morgan_both_ways_and_double_negation()
    {
        var pairs = Gen.Two(Generators.TruthValue).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.ManyRuns).WithQuietOnSuccess(true), Prop.ForAll(pairs, p =>
        {
            var (x, y) = p;
            return !(x & y) == (!x | !y)
                && !(x | y) == (!x & !y)
                && !!x == x;
        }));
    }

    [Fact]
    public void Property_identities_annihilators_and_unknown_absorption()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.ManyRuns).WithQuietOnSuccess(true), Prop.ForAll(Generators.TruthArb, x =>
            (x & Truth.Yes) == x
            && (x | Truth.No) == x
            && (x & Truth.No) == Truth.No
            && (x | Truth.Yes) == Truth.Yes
            && ((Truth.Unknown & x) == Truth.No || (Truth.Unknown & x) == Truth.Unknown)
            && ((Truth.Unknown | x) == Truth.Unknown || (Truth.Unknown | x) == Truth.Yes)
            && (!x).IsDecided == x.IsDecided));
    }

    [Fact]
    public void Property_and_is_minimum_or_is_maximum_in_the_order_no_unknown_yes()
    {
        var pairs = Gen.Two(Generators.TruthValue).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.ManyRuns).WithQuietOnSuccess(true), Prop.ForAll(pairs, p =>
        {
            var (x, y) = p;
            var min = x.CompareTo(y) <= 0 ? x : y;
            var max = x.CompareTo(y) >= 0 ? x : y;
            return (x & y) == min && (x | y) == max && (x <= y) == (x.CompareTo(y) <= 0) && (x < y) == (x.CompareTo(y) < 0);
        }));
    }

    [Fact]
    public void Order_is_no_then_unknown_then_yes()
    {
        Assert.True(Truth.No < Truth.Unknown);
        Assert.True(Truth.Unknown < Truth.Yes);
        Assert.True(Truth.Yes > Truth.No);
        Assert.Equal(new[] { Truth.No, Truth.Unknown, Truth.Yes }, new[] { Truth.Yes, Truth.No, Truth.Unknown }.OrderBy(t => t).ToArray());
    }

    [Fact]
    public void Ids_parse_and_format_round_trip_and_default_is_unknown()
    {
        foreach (var x in All)
        {
            Assert.True(Truth.TryParse(x.Id, out var parsed));
            Assert.Equal(x, parsed);
            Assert.Equal(x.Id, x.ToString());
        }
        Assert.Equal(["no", "unknown", "yes"], All.Select(t => t.Id).ToArray());
        Assert.False(Truth.TryParse("Yes", out _));
        Assert.False(Truth.TryParse("true", out _));
        Assert.False(Truth.TryParse(null, out _));
        Assert.Equal(Truth.Unknown, default);
        Assert.Equal(Truth.Yes, Truth.FromBoolean(true));
        Assert.Equal(Truth.No, Truth.FromBoolean(false));
        Assert.True(Truth.Yes.IsYes && Truth.Yes.IsDecided && !Truth.Unknown.IsDecided && Truth.Unknown.IsUnknown && Truth.No.IsNo);
    }

    [Fact]
    public void Equality_and_hash_code_agree()
    {
        foreach (var x in All)
        {
            foreach (var y in All)
            {
                bool same = x.Id == y.Id;
                Assert.Equal(same, x == y);
                Assert.Equal(!same, x != y);
                Assert.Equal(same, x.Equals((object)y));
                if (same)
                {
                    Assert.Equal(x.GetHashCode(), y.GetHashCode());
                }
            }
        }
        Assert.False(Truth.Yes.Equals((object)"yes"));
    }
}
