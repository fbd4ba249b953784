using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;

namespace MoDomain.Tests.Rules;

/// <summary><see cref="ValueSet{T}"/>: sorted, duplicate-free, order-insensitive value equality.</summary>
public sealed class ValueSetTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.ManyRuns).WithQuietOnSuccess(true);

    [Fact]
    public void Property_a_set_is_the_sorted_distinct_elements_whatever_the_input_order()
    {
        var cases = (from items in Gen.ListOf(Generators.EnumValue<OrganisationKind>())
                     from shuffled in Gen.Shuffle(items.ToArray())
                     select (Items: items.ToArray(), Shuffled: shuffled)).ToArbitrary();
        Check.One(Config, Prop.ForAll(cases, c =>
        {
            var a = ValueSet.Of<OrganisationKind>(c.Items);
            var b = ValueSet.Of<OrganisationKind>(c.Shuffled);
            Assert.Equal(c.Items.Distinct().OrderBy(k => (int)k).ToArray(), a.Items.ToArray());
            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.Equal(a.Count, c.Items.Distinct().Count());
            Assert.Equal(a.IsEmpty, c.Items.Length == 0);
            Assert.Equal(a.ToString(), b.ToString());
        }));
    }

    [Fact]
    public void Property_contains_and_overlaps_match_set_semantics()
    {
        var pairs = Gen.Two(Gen.ListOf(Generators.EnumValue<OrganisationKind>()).Select(l => l.ToArray())).ToArbitrary();
        Check.One(Config, Prop.ForAll(pairs, pair =>
        {
            var (x, y) = pair;
            var a = ValueSet.Of<OrganisationKind>(x);
            var b = ValueSet.Of<OrganisationKind>(y);
            Assert.Equal(x.Intersect(y).Any(), a.Overlaps(b));
            Assert.Equal(a.Overlaps(b), b.Overlaps(a));
            Assert.All(Enum.GetValues<OrganisationKind>(), k => Assert.Equal(x.Contains(k), a.Contains(k)));
            Assert.Equal(x.ToHashSet().SetEquals(y), a.Equals(b));
        }));
    }

    [Fact]
    public void Property_string_sets_are_ordinal()
    {
        var names = Gen.ListOf(Gen.Elements("a", "B", "ä", "Z", "z", "é", "e\u0301", "straße", "STRASSE")).Select(l => l.ToArray()).ToArbitrary();
        Check.One(Config, Prop.ForAll(names, items =>
        {
            var set = ValueSet.OfStrings(items);
            Assert.Equal(items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), set.Items.ToArray());
        }));
    }

    [Fact]
    public void Empty_set_is_a_known_none()
    {
        var none = ValueSet.Of<Purpose>();
        Assert.True(none.IsEmpty);
        Assert.Equal("none", none.ToString());
        Assert.NotEqual(Fact<ValueSet<Purpose>>.Unknown, Fact.Known(none));
        Assert.False(none.Equals(null));
    }
}
