using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;

namespace MoDomain.Tests.Definitions;

/// <summary>SVR 2020 criterion 2 (<c>migrant-carried-or-founded</c>): "at least half" is ≥ 0.5, or founded by migrants.</summary>
public sealed class SvrThresholdTests
{
    private static readonly Rule<OrganisationProfile> Criterion2 =
        StandardDefinitions.Svr2020.Criteria.Single(c => c.Id == "migrant-carried-or-founded");

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.ManyRuns).WithQuietOnSuccess(true);

    [Fact]
    public void Threshold_constant_is_one_half()
    {
        Assert.Equal(0.5, DefinitionCriteria.SvrCarrierShareThreshold);
    }

    [Fact]
    public void Exactly_half_meets_the_criterion_without_migrant_founders()
    {
        var p = new OrganisationProfile("Boundary e.V.", SampleData.AsOf, carrierMigrantShare: 0.5, foundedByMigrants: false);
        var evaluation = Criterion2.Evaluate(p);
        Assert.Equal(Truth.Yes, evaluation.Outcome);
        Assert.Equal(Truth.Yes, TestRules.Node(evaluation, "carried-at-least-half").Outcome);
        Assert.Equal(Truth.No, TestRules.Node(evaluation, "founded-by-migrants").Outcome);
        Assert.Contains("0.5", TestRules.Node(evaluation, "carried-at-least-half").Explanation.English, StringComparison.Ordinal);
        Assert.Contains("at least", TestRules.Node(evaluation, "carried-at-least-half").Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_double_below_half_does_not_meet_the_criterion()
    {
        var p = new OrganisationProfile("Boundary e.V.", SampleData.AsOf, carrierMigrantShare: Math.BitDecrement(0.5), foundedByMigrants: false);
        Assert.Equal(Truth.No, Criterion2.Decide(p));
        Assert.Equal(Truth.No, Criterion2.Evaluate(p).Outcome);
    }

    [Fact]
    public void Property_share_below_half_without_migrant_founders_does_not_meet()
    {
        var cases = (from p in Generators.Profile
                     from share in Generators.ShareBelowHalf
                     select p.With(b => { b.CarrierMigrantShare = share; b.FoundedByMigrants = false; })).ToArbitrary();
        Check.One(Config, Prop.ForAll(cases, p =>
        {
            Assert.True(Criterion2.Decide(p) == Truth.No, Generators.Describe(p));
            Assert.True(Criterion2.Evaluate(p).Outcome == Truth.No, Generators.Describe(p));
            Assert.True(StandardDefinitions.Svr2020.Decide(p) == Truth.No, Generators.Describe(p));
        }));
    }

    [Fact]
    public void Property_share_at_least_half_always_meets_whatever_the_founders()
    {
        var cases = (from p in Generators.Profile
                     from share in Generators.ShareAtLeastHalf
                     select p.With(b => b.CarrierMigrantShare = share)).ToArbitrary();
        Check.One(Config, Prop.ForAll(cases, p =>
        {
            Assert.True(Criterion2.Decide(p) == Truth.Yes, Generators.Describe(p));
            var evaluation = Criterion2.Evaluate(p);
            Assert.True(evaluation.Outcome == Truth.Yes, Generators.Describe(p));
            Assert.Empty(evaluation.MissingFacts);
        }));
    }

    [Fact]
    public void Property_founded_by_migrants_always_meets_whatever_the_share()
    {
        var cases = (from p in Generators.Profile
                     select p.With(b => b.FoundedByMigrants = true)).ToArbitrary();
        Check.One(Config, Prop.ForAll(cases, p => Criterion2.Decide(p) == Truth.Yes && Criterion2.Evaluate(p).Outcome == Truth.Yes));
    }

    [Fact]
    public void Property_share_below_half_with_unknown_founders_is_undetermined_and_names_only_the_founders()
    {
        var cases = (from p in Generators.Profile
                     from share in Generators.ShareBelowHalf
                     select p.With(b => { b.CarrierMigrantShare = share; b.FoundedByMigrants = Fact<bool>.Unknown; })).ToArbitrary();
        Check.One(Config, Prop.ForAll(cases, p =>
        {
            var evaluation = Criterion2.Evaluate(p);
            Assert.Equal(Truth.Unknown, evaluation.Outcome);
            Assert.Equal(["founded-by-migrants"], evaluation.MissingFacts.ToArray());
        }));
    }

    [Fact]
    public void Property_verdict_is_monotone_in_the_carrier_share()
    {
        // Raising the share of carrying people with a migration history can only move criterion 2 up (no < unknown < yes).
        var cases = (from p in Generators.Profile
                     from a in Generators.Share
                     from b in Generators.Share
                     select (Low: p.With(x => x.CarrierMigrantShare = Math.Min(a, b)), High: p.With(x => x.CarrierMigrantShare = Math.Max(a, b)))).ToArbitrary();
        Check.One(Config, Prop.ForAll(cases, c => Criterion2.Decide(c.Low) <= Criterion2.Decide(c.High)));
    }

    [Fact]
    public void Whole_definition_flips_exactly_at_the_boundary()
    {
        var meetsOtherwise = SampleData.Organisations.Single(o => o.Id == "elternnetzwerk-bildungsbruecke").Profile;
        Assert.Equal(Truth.Yes, StandardDefinitions.Svr2020.Decide(meetsOtherwise));
        Assert.Equal(Truth.No, StandardDefinitions.Svr2020.Decide(meetsOtherwise.With(b => b.CarrierMigrantShare = Math.BitDecrement(0.5))));
        Assert.Equal(Truth.Yes, StandardDefinitions.Svr2020.Decide(meetsOtherwise.With(b => b.CarrierMigrantShare = Math.BitIncrement(0.5))));
    }
}
