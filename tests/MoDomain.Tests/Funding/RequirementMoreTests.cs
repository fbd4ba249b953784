using System;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using static MoDomain.Tests.Funding.Fixtures;

namespace MoDomain.Tests.Funding;

/// <summary>More survivors of the funding mutation run in <see cref="FundingRequirement"/> (years range, funder list,
/// explanation texts) and <see cref="FundingFacts.IntendedFunder"/>.</summary>
public sealed class RequirementMoreTests
{
    // ---- DemonstrableSuccess: 0 to 200 years inclusive ----

    [Fact]
    public void Minimum_years_from_0_to_200_are_accepted_and_kept()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(100)), Prop.ForAll(Gen.Choose(-300, 500).ToArbitrary(), years =>
        {
            if (years is >= 0 and <= 200)
            {
                Assert.Equal(years, FundingRequirement.DemonstrableSuccess(years).MinimumYears);
            }
            else
            {
                Assert.Equal("minimumYears", Assert.Throws<ArgumentOutOfRangeException>(() => FundingRequirement.DemonstrableSuccess(years)).ParamName);
            }
        }));
        Assert.Equal(0, FundingRequirement.DemonstrableSuccess(0).MinimumYears);
        Assert.Equal(200, FundingRequirement.DemonstrableSuccess(200).MinimumYears);
    }

    // ---- YouthWelfareRecognition: the funders ----

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(1000)]
    public void An_undefined_funder_is_refused_by_name(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, [FunderKind.Land, (FunderKind)value]));
        Assert.Equal("onlyForFunders", ex.ParamName);
        Assert.Equal((FunderKind)value, ex.ActualValue);
    }

    [Fact]
    public void The_funders_are_kept_once_each_in_declaration_order()
    {
        // The canonical form: two requirements built from the same funders in another order are equal and read the same.
        var r = FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, [FunderKind.EuFund, FunderKind.Land, FunderKind.EuFund, FunderKind.MunicipalCultureDepartment]);
        Assert.Equal([FunderKind.MunicipalCultureDepartment, FunderKind.Land, FunderKind.EuFund], r.OnlyForFunders);
    }

    // ---- YouthWelfareRecognition for some funders: the explanation lists them and names the funder applied to ----

    private static Evaluation NotRequiredByFunder(FunderKind? funder)
    {
        var requirement = FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, [FunderKind.EuFund, FunderKind.Land]);
        var evaluation = requirement.Rule.Evaluate(new FundingSubject(Youth(LegalPersonKind.Association, start: YouthStart), AsOf, funder));
        var part = evaluation.Parts[0];
        Assert.Equal("recognition-not-required-by-funder", part.RuleId);
        return part;
    }

    [Fact]
    public void Without_a_funder_the_explanation_lists_the_funders_and_says_none()
    {
        var part = NotRequiredByFunder(null);
        Assert.Equal(Truth.Yes, part.Outcome);
        Assert.Equal(new LocalizedText(
            "Recognition is required only by: land, eu-fund; the funder applied to is 'none'.",
            "Anerkennung verlangen nur: land, eu-fund; angefragt ist „none“."), part.Explanation);
    }

    [Fact]
    public void Another_funder_is_named_and_a_listed_funder_requires_recognition()
    {
        var other = NotRequiredByFunder(FunderKind.MunicipalSportDepartment);
        Assert.Equal(Truth.Yes, other.Outcome);
        Assert.Equal("Recognition is required only by: land, eu-fund; the funder applied to is 'municipal-sport-department'.", other.Explanation.English);

        var listed = NotRequiredByFunder(FunderKind.EuFund);
        Assert.Equal(Truth.No, listed.Outcome);
        Assert.Equal(new LocalizedText("The funder applied to ('eu-fund') requires recognition.", "Der angefragte Fördergeber („eu-fund“) verlangt Anerkennung."), listed.Explanation);
    }

    [Fact]
    public void The_intended_funder_fact_is_the_funder_id_or_none()
    {
        var @case = Trust(true);
        Assert.Equal(Fact.Known("none"), FundingFacts.IntendedFunder.Get(new FundingSubject(@case, AsOf)));
        foreach (var funder in Enum.GetValues<FunderKind>())
        {
            Assert.Equal(Fact.Known(FundingVocabulary.Funders.IdOf(funder)), FundingFacts.IntendedFunder.Get(new FundingSubject(@case, AsOf, funder)));
        }
        Assert.Equal(Fact.Known("land"), FundingFacts.IntendedFunder.Get(new FundingSubject(@case, AsOf, FunderKind.Land)));
    }

    // ---- Offers beyond the own community: the texts of each outcome ----

    [Fact]
    public void Offers_beyond_the_own_community_explain_each_outcome()
    {
        var rule = FundingRequirement.Of(FundingRequirementKind.OffersBeyondOwnCommunity).Rule;
        Evaluation Evaluate(Fact<bool> offers) => rule.Evaluate(Subject(new FundingCase(Profile(), offersBeyondOwnCommunity: offers)));

        var yes = Evaluate(true);
        Assert.Equal(Truth.Yes, yes.Outcome);
        Assert.Equal(new LocalizedText("Its offers reach target groups beyond its own community.", "Ihre Angebote richten sich über die eigene Community hinaus."), yes.Explanation);
        var no = Evaluate(false);
        Assert.Equal(Truth.No, no.Outcome);
        Assert.Equal(new LocalizedText("Its offers stay within its own community.", "Ihre Angebote bleiben in der eigenen Community."), no.Explanation);
        var unknown = Evaluate(default);
        Assert.Equal(Truth.Unknown, unknown.Outcome);
        Assert.Equal(new LocalizedText("'offers-beyond-own-community' is unknown.", "„offers-beyond-own-community“ ist unbekannt."), unknown.Explanation);
    }
}
