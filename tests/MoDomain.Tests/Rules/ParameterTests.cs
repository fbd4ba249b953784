using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;

namespace MoDomain.Tests.Rules;

/// <summary>The interpretive parameters (BpB thresholds, SVR legal forms) have documented defaults, can be overridden and change verdicts as documented.</summary>
public sealed class ParameterTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true);

    [Fact]
    public void Bpb_defaults_are_the_documented_ones()
    {
        var d = BpbParameters.Default;
        Assert.Equal(0.5, d.LargePartThreshold);
        Assert.Equal(InternalRole.Considerable, d.ConsiderableRoleMinimum);
        Assert.Equal(ValueSet.Of(Purpose.MigrationProcess, Purpose.ParticipationInArrivalRegion, Purpose.ParticipationInOriginRegion), d.MigrantInterestPurposes);
    }

    [Fact]
    public void Svr_defaults_are_the_documented_ones()
    {
        var d = SvrParameters.Default;
        Assert.Equal(ValueSet.Of(LegalForm.RegisteredAssociation, LegalForm.UnregisteredAssociation, LegalForm.InformalInitiative, LegalForm.NonProfitCompany), d.AssociationLegalForms);
        Assert.Equal(ValueSet.Of(LegalForm.Other), d.UndecidableLegalForms);
        var association = TestRules.Rule("association-of-persons");
        Assert.Equal(Truth.No, association.Decide(new OrganisationProfile("X", SampleData.AsOf, legalForm: LegalForm.Foundation)));
        Assert.Equal(Truth.Unknown, association.Decide(new OrganisationProfile("X", SampleData.AsOf, legalForm: LegalForm.Other)));
        Assert.Equal(Truth.Yes, association.Decide(new OrganisationProfile("X", SampleData.AsOf, legalForm: LegalForm.NonProfitCompany)));
    }

    [Fact]
    public void Stricter_large_part_threshold_of_three_quarters_changes_verdicts_inclusively()
    {
        var strict = StandardDefinitions.CreateBpb2013(new BpbParameters(0.75, InternalRole.Considerable, BpbParameters.Default.MigrantInterestPurposes));
        var sports = Sample("sc-vielfalt");          // member share 0.55
        var parents = Sample("elternnetzwerk-bildungsbruecke"); // 0.5
        var entrepreneurs = Sample("unternehmerverband-vielfalt"); // 0.75
        Assert.Equal(Truth.Yes, StandardDefinitions.Bpb2013.Decide(sports));
        Assert.Equal(Truth.No, strict.Decide(sports));
        Assert.Equal(Truth.Yes, StandardDefinitions.Bpb2013.Decide(parents));
        Assert.Equal(Truth.No, strict.Decide(parents));
        Assert.Equal(Truth.Yes, strict.Decide(entrepreneurs));
        var explanation = TestRules.Node(strict.Rule.Evaluate(sports), "members-largely-migrant").Explanation;
        Assert.Contains("below 0.75", explanation.English, StringComparison.Ordinal);
        Assert.Contains("unter 0.75", explanation.German, StringComparison.Ordinal);
        Assert.Equal("bpb-2013", strict.Id);
    }

    [Fact]
    public void Leading_role_minimum_and_narrower_purposes_change_verdicts()
    {
        var leadingOnly = StandardDefinitions.CreateBpb2013(new BpbParameters(0.5, InternalRole.Leading, BpbParameters.Default.MigrantInterestPurposes));
        Assert.Equal(Truth.Yes, StandardDefinitions.Bpb2013.Decide(Sample("sc-vielfalt")));   // considerable role
        Assert.Equal(Truth.No, leadingOnly.Decide(Sample("sc-vielfalt")));
        Assert.Equal(Truth.Yes, leadingOnly.Decide(Sample("anadolu-kulturverein"))); // leading role

        var migrationProcessOnly = StandardDefinitions.CreateBpb2013(new BpbParameters(0.5, InternalRole.Considerable, ValueSet.Of(Purpose.MigrationProcess)));
        Assert.Equal(Truth.No, migrationProcessOnly.Decide(Sample("anadolu-kulturverein")));
        Assert.Equal(Truth.Yes, migrationProcessOnly.Decide(Sample("initiative-neue-nachbarn")));
    }

    [Fact]
    public void Svr_legal_form_choices_change_verdicts()
    {
        var noCompanies = StandardDefinitions.CreateSvr2020(new SvrParameters(
            ValueSet.Of(LegalForm.RegisteredAssociation, LegalForm.UnregisteredAssociation, LegalForm.InformalInitiative),
            ValueSet.Of(LegalForm.Other)));
        Assert.Equal(Truth.Yes, StandardDefinitions.Svr2020.Decide(Sample("unternehmerverband-vielfalt")));
        Assert.Equal(Truth.No, noCompanies.Decide(Sample("unternehmerverband-vielfalt")));

        var otherUndecidableToo = StandardDefinitions.CreateSvr2020(new SvrParameters(
            ValueSet.Of(LegalForm.RegisteredAssociation), ValueSet.Of(LegalForm.Other, LegalForm.NonProfitCompany)));
        Assert.Equal(Truth.Unknown, otherUndecidableToo.Decide(Sample("unternehmerverband-vielfalt")));
        var missing = otherUndecidableToo.Classify(Sample("unternehmerverband-vielfalt")).Evaluation.MissingFacts;
        Assert.Equal(["legal-form"], missing.ToArray());
    }

    [Fact]
    public void Property_raising_the_large_part_threshold_never_raises_the_bpb_verdict()
    {
        var cases = (from p in Generators.Profile
                     from a in Generators.Share
                     from b in Generators.Share
                     select (Profile: p, Low: Math.Min(a, b), High: Math.Max(a, b))).ToArbitrary();
        Check.One(Config, Prop.ForAll(cases, c =>
        {
            var low = StandardDefinitions.CreateBpb2013(new BpbParameters(c.Low, InternalRole.Considerable, BpbParameters.Default.MigrantInterestPurposes));
            var high = StandardDefinitions.CreateBpb2013(new BpbParameters(c.High, InternalRole.Considerable, BpbParameters.Default.MigrantInterestPurposes));
            Assert.True(high.Decide(c.Profile) <= low.Decide(c.Profile), $"{c.Low} → {low.Decide(c.Profile)}, {c.High} → {high.Decide(c.Profile)}; {Generators.Describe(c.Profile)}");
            var member = c.Profile.MemberMigrantShare;
            if (member.IsKnown)
            {
                var criterion = high.Criteria.Single(r => r.Id == "members-largely-migrant");
                Assert.Equal(Truth.FromBoolean(member.Value >= c.High), criterion.Decide(c.Profile));
            }
        }));
    }

    [Fact]
    public void Property_default_parameters_give_the_standard_definitions()
    {
        var bpb = StandardDefinitions.CreateBpb2013(BpbParameters.Default);
        var svr = StandardDefinitions.CreateSvr2020(SvrParameters.Default);
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            EvaluationAssert.Equal(StandardDefinitions.Bpb2013.Rule.Evaluate(p), bpb.Rule.Evaluate(p));
            EvaluationAssert.Equal(StandardDefinitions.Svr2020.Rule.Evaluate(p), svr.Rule.Evaluate(p));
        }));
    }

    [Fact]
    public void Invalid_parameters_are_rejected_naming_the_parameter()
    {
        var purposes = BpbParameters.Default.MigrantInterestPurposes;
        foreach (var bad in new[] { double.NaN, -0.1, 1.1, double.PositiveInfinity })
        {
            Assert.Equal("largePartThreshold", Assert.ThrowsAny<ArgumentException>(() => new BpbParameters(bad, InternalRole.Considerable, purposes)).ParamName);
        }
        Assert.Equal("considerableRoleMinimum", Assert.ThrowsAny<ArgumentException>(() => new BpbParameters(0.5, (InternalRole)9, purposes)).ParamName);
        Assert.Equal("migrantInterestPurposes", Assert.ThrowsAny<ArgumentException>(() => new BpbParameters(0.5, InternalRole.Considerable, ValueSet.Of<Purpose>())).ParamName);
        Assert.Equal("migrantInterestPurposes", Assert.ThrowsAny<ArgumentException>(() => new BpbParameters(0.5, InternalRole.Considerable, ValueSet.Of((Purpose)42))).ParamName);
        Assert.Equal("migrantInterestPurposes", Assert.Throws<ArgumentNullException>(() => new BpbParameters(0.5, InternalRole.Considerable, null!)).ParamName);

        Assert.Equal("undecidableLegalForms", Assert.ThrowsAny<ArgumentException>(() => new SvrParameters(ValueSet.Of(LegalForm.Other), ValueSet.Of(LegalForm.Other))).ParamName);
        Assert.Equal("associationLegalForms", Assert.ThrowsAny<ArgumentException>(() => new SvrParameters(ValueSet.Of((LegalForm)77), ValueSet.Of<LegalForm>())).ParamName);
        Assert.Throws<ArgumentNullException>(() => StandardDefinitions.CreateSvr2020(null!));
        Assert.Throws<ArgumentNullException>(() => StandardDefinitions.CreateBpb2013(null!));
        Assert.Equal(0.0, new BpbParameters(0.0, InternalRole.None, purposes).LargePartThreshold);
        Assert.Equal(1.0, new BpbParameters(1.0, InternalRole.Leading, purposes).LargePartThreshold);
    }

    private static OrganisationProfile Sample(string id) => SampleData.Organisations.Single(o => o.Id == id).Profile;
}
