using System;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Samples;
using NodaTime;

namespace MoDomain.Tests.Funding;

public sealed class FundingExampleTests
{
    private static FundingCase YouthCase(LocalDate start, LegalPersonKind kind = LegalPersonKind.Association, LocalDate? founding = null) => new(
        new OrganisationProfile("Jugendverein e.V.", new LocalDate(2030, 1, 1), legalForm: kind == LegalPersonKind.Individual ? LegalForm.Other : LegalForm.RegisteredAssociation,
            nonProfitStatus: NonProfitStatus.Recognised, foundingDate: founding is { } f ? f : default(Fact<LocalDate>)),
        legalPersonKind: kind, youthWelfareStart: start, professionalPrerequisites: true, conduciveToBasicLaw: true);

    [Fact]
    public void A_start_on_29_february_completes_three_years_on_1_march_not_on_28_february()
    {
        var start = new LocalDate(2020, 2, 29);
        Assert.Equal(new LocalDate(2023, 2, 28), start.PlusYears(3)); // NodaTime clamps; MoDomain does not use this
        Assert.Equal(new LocalDate(2023, 3, 1), FundingPeriods.FirstDayAfterYears(start, 3));
        Assert.Equal(new LocalDate(2024, 2, 29), FundingPeriods.FirstDayAfterYears(start, 4));
        Assert.Equal(new LocalDate(2024, 3, 15), FundingPeriods.FirstDayAfterYears(new LocalDate(2021, 3, 15), 3));
        Assert.Equal(new LocalDate(2026, 2, 28), FundingPeriods.FirstDayAfterYears(new LocalDate(2023, 2, 28), 3));
        Assert.Equal(start, FundingPeriods.FirstDayAfterYears(start, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FundingPeriods.FirstDayAfterYears(start, -1));

        var c = YouthCase(start);
        Assert.Equal(RecognitionStatus.MayBeRecognised, YouthWelfareRecognition.Assess(c, new LocalDate(2023, 2, 28)).Status);
        Assert.Equal(RecognitionStatus.Entitled, YouthWelfareRecognition.Assess(c, new LocalDate(2023, 3, 1)).Status);
        Assert.Equal(new LocalDate(2023, 3, 1), YouthWelfareRecognition.Assess(c, new LocalDate(2023, 1, 1)).EntitlementDate);
        Assert.Equal(RecognitionStatus.NotRecognisable, YouthWelfareRecognition.Assess(c, new LocalDate(2020, 2, 28)).Status);
    }

    [Fact]
    public void The_three_years_count_from_the_youth_welfare_start_not_from_the_founding_date()
    {
        // Founded in 1990, youth-welfare work only since 2024-06-01: on 2026-01-01 it may be recognised, no more.
        var c = YouthCase(new LocalDate(2024, 6, 1), founding: new LocalDate(1990, 1, 1));
        var a = YouthWelfareRecognition.Assess(c, new LocalDate(2026, 1, 1));
        Assert.Equal(RecognitionStatus.MayBeRecognised, a.Status);
        Assert.Equal(new LocalDate(2027, 6, 1), a.EntitlementDate);
        Assert.DoesNotContain(a.Entitled.FactsRead, f => f.Id == "founding-date");
        Assert.Equal(RecognitionStatus.Entitled, YouthWelfareRecognition.Assess(c, new LocalDate(2027, 6, 1)).Status);
    }

    [Fact]
    public void Recognition_outcomes_cover_the_five_values()
    {
        var at = new LocalDate(2026, 1, 1);
        Assert.Equal(RecognitionStatus.NotRecognisable, YouthWelfareRecognition.Assess(YouthCase(new LocalDate(2010, 1, 1), LegalPersonKind.Individual), at).Status);
        Assert.Equal(RecognitionStatus.MayBeRecognised, YouthWelfareRecognition.Assess(YouthCase(new LocalDate(2025, 1, 1)), at).Status);
        Assert.Equal(RecognitionStatus.Entitled, YouthWelfareRecognition.Assess(YouthCase(new LocalDate(2010, 1, 1)), at).Status);
        Assert.Equal(RecognitionStatus.RecognisedByLaw, YouthWelfareRecognition.Assess(YouthCase(new LocalDate(2025, 1, 1), LegalPersonKind.Church), at).Status);
        var unknown = new FundingCase(new OrganisationProfile("Unbekannt", at));
        var assessment = YouthWelfareRecognition.Assess(unknown, at);
        Assert.Equal(RecognitionStatus.Undetermined, assessment.Status);
        Assert.Contains("legal-person-kind", assessment.Recognisable.MissingFacts);
    }

    [Fact]
    public void Subdivisions_of_free_welfare_associations_are_disputed_by_default_and_overridable()
    {
        var at = new LocalDate(2026, 1, 1);
        var subdivision = new FundingCase(new OrganisationProfile("AWO Kreisverband (fictional)", at), legalPersonKind: LegalPersonKind.FreeWelfareSubdivision);
        Assert.Equal(RecognitionStatus.Undetermined, YouthWelfareRecognition.Assess(subdivision, at).Status);
        Assert.Equal(RecognitionStatus.RecognisedByLaw, YouthWelfareRecognition.Assess(subdivision, at, Truth.Yes).Status);
        Assert.Equal(RecognitionStatus.Undetermined, YouthWelfareRecognition.Assess(subdivision, at, Truth.No).Status); // Abs. 1 facts missing
    }

    [Fact]
    public void A_paritaetischer_member_organisation_is_entitled_but_not_recognised_by_law()
    {
        var c = SampleFunding.For("elternnetzwerk-bildungsbruecke");
        Assert.Contains(c.Profile.UmbrellaMemberships.Value.Items, n => n.Contains("Paritätische", StringComparison.Ordinal));
        Assert.Equal(RecognitionStatus.Entitled, YouthWelfareRecognition.Assess(c, SampleFunding.AsOf).Status);
    }

    [Fact]
    public void Buergerinitiative_sample_is_the_29_february_worked_example()
    {
        var c = SampleFunding.For("buergerinitiative-nordstadt");
        Assert.Equal(new LocalDate(2020, 2, 29), c.YouthWelfareStart.Value);
        Assert.Equal(new LocalDate(2023, 3, 1), YouthWelfareRecognition.Assess(c, SampleFunding.AsOf).EntitlementDate);
        Assert.Equal(RecognitionStatus.Entitled, YouthWelfareRecognition.Assess(c, SampleFunding.AsOf).Status);
    }

    [Fact]
    public void Institutional_funding_for_the_samples()
    {
        var policy = FundingPolicies.InstitutionalFunding;
        Assert.True(policy.Evaluate(SampleFunding.For("dachverband-migrantischer-vereine"), SampleFunding.AsOf).Outcome.IsYes);
        var anadolu = policy.Evaluate(SampleFunding.For("anadolu-kulturverein"), SampleFunding.AsOf);
        Assert.True(anadolu.Outcome.IsNo);
        Assert.Equal(["paid-structures", "offers-beyond-own-community"], anadolu.Failing.Select(r => r.Requirement.Id));
        var faith = policy.Evaluate(SampleFunding.For("glaubensgemeinschaft-lichtblick"), SampleFunding.AsOf);
        Assert.True(faith.Outcome.IsUnknown);
        Assert.Contains("paid-structures", faith.MissingFacts);
        Assert.Equal("undetermined", faith.OutcomeId);
        // The youth department requires recognition: the umbrella does no youth-welfare work.
        Assert.True(policy.Evaluate(SampleFunding.For("dachverband-migrantischer-vereine"), SampleFunding.AsOf, FunderKind.MunicipalYouthEducationDepartment).Outcome.IsNo);
        Assert.True(policy.Evaluate(SampleFunding.For("elternnetzwerk-bildungsbruecke"), SampleFunding.AsOf, FunderKind.MunicipalYouthEducationDepartment).Outcome.IsYes);
    }

    [Fact]
    public void Gap_analysis_names_the_next_rung_its_blocking_requirements_and_their_dates()
    {
        var c = SampleFunding.For("netzwerk-neue-vielfalt");
        var gap = FundingGapAnalysis.Analyse(new FundingSubject(c, SampleFunding.AsOf));
        Assert.Equal(FundingForm.RegularFunding, gap.HighestRungMet!.Form);
        Assert.Equal(FundingForm.InstitutionalFunding, gap.NextRung!.Form);
        var blocking = Assert.Single(gap.Blocking);
        Assert.Equal("demonstrable-success", blocking.Requirement.Id);
        Assert.Equal(new LocalDate(2026, 7, 1), blocking.FirstDateMet);

        var youth = FundingGapAnalysis.Analyse(new FundingSubject(c, SampleFunding.AsOf, FunderKind.MunicipalYouthEducationDepartment));
        Assert.Equal(
            [("demonstrable-success", (LocalDate?)new LocalDate(2026, 7, 1)), ("youth-welfare-recognition", new LocalDate(2026, 9, 1))],
            youth.Blocking.Select(b => (b.Requirement.Id, b.FirstDateMet)));
        Assert.True(FundingPolicies.InstitutionalFunding.Evaluate(c, new LocalDate(2026, 9, 1), FunderKind.MunicipalYouthEducationDepartment).Outcome.IsYes);
        Assert.False(FundingPolicies.InstitutionalFunding.Evaluate(c, new LocalDate(2026, 8, 31), FunderKind.MunicipalYouthEducationDepartment).Outcome.IsYes);

        var top = FundingGapAnalysis.Analyse(new FundingSubject(SampleFunding.For("dachverband-migrantischer-vereine"), SampleFunding.AsOf));
        Assert.Equal(FundingForm.InstitutionalFunding, top.HighestRungMet!.Form);
        Assert.Null(top.NextRung);
        Assert.Empty(top.Blocking);

        var informal = FundingGapAnalysis.Analyse(new FundingSubject(SampleFunding.For("initiative-neue-nachbarn"), SampleFunding.AsOf));
        Assert.Equal(FundingForm.FlexibleBudget, informal.HighestRungMet!.Form);
        Assert.Equal(FundingForm.ProjectGrant, informal.NextRung!.Form);
        Assert.All(informal.Blocking, b => Assert.Null(b.FirstDateMet));
    }

    [Fact]
    public void Gap_analysis_rejects_a_rung_with_an_unknown_policy_and_uses_given_policies()
    {
        var ladder = new FundingLadder("custom", new("Custom", "Eigene"),
            [new FundingRung(FundingForm.ProjectFunding, null, new("a", "a"), "x"), new FundingRung(FundingForm.InstitutionalFunding, "my-guideline", new("b", "b"), "x")]);
        var subject = new FundingSubject(SampleFunding.For("anadolu-kulturverein"), SampleFunding.AsOf);
        var ex = Assert.Throws<ArgumentException>(() => FundingGapAnalysis.Analyse(subject, ladder));
        Assert.Contains("my-guideline", ex.Message);
        var mine = new FundingPolicy("my-guideline", new("Mine", "Meine"), "Musterstadt", [FundingRequirement.Of(FundingRequirementKind.RecognisedNonProfit)]);
        var gap = FundingGapAnalysis.Analyse(subject, ladder, [mine]);
        Assert.Equal(FundingForm.InstitutionalFunding, gap.HighestRungMet!.Form);
    }

    [Fact]
    public void Labour_market_readiness_follows_the_iq_preconditions()
    {
        var policy = FundingPolicies.LabourMarketCooperationReadiness;
        Assert.Equal(["paid-structures", "intercultural-staff", "trust-building", "resources-provided"], policy.Requirements.Select(r => r.Id));
        Assert.True(policy.Evaluate(SampleFunding.For("dachverband-migrantischer-vereine"), SampleFunding.AsOf).Outcome.IsYes);
        var open = policy.Evaluate(SampleFunding.For("unternehmerverband-vielfalt"), SampleFunding.AsOf);
        Assert.True(open.Outcome.IsUnknown);
        Assert.Equal(["resources-provided"], open.MissingFacts);
        Assert.True(policy.Evaluate(SampleFunding.For("anadolu-kulturverein"), SampleFunding.AsOf).Outcome.IsNo);
    }

    [Fact]
    public void Awards_reject_an_end_before_the_start_and_open_ended_time_limited_forms()
    {
        var start = new LocalDate(2025, 1, 1);
        var ex = Assert.Throws<ArgumentException>(() => new FundingAward(FundingForm.ProjectGrant, FunderKind.Land, start, start.PlusDays(-1)));
        Assert.Equal("end", ex.ParamName);
        Assert.Throws<ArgumentException>(() => new FundingAward(FundingForm.ProjectFunding, FunderKind.Land, start));
        Assert.True(new FundingAward(FundingForm.InstitutionalFunding, FunderKind.Land, start).IsOpenEnded);
        Assert.NotNull(new FundingAward(FundingForm.ProjectGrant, FunderKind.Land, start, start).Period); // one day
        Assert.Throws<ArgumentOutOfRangeException>(() => new FundingAmount(-1m, "EUR"));
        Assert.Throws<ArgumentException>(() => new FundingAmount(1m, "eur"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FundingAward((FundingForm)99, FunderKind.Land, start, start));
    }

    [Fact]
    public void Award_history_queries_for_a_sample()
    {
        var history = SampleFunding.For("dachverband-migrantischer-vereine").Awards;
        var at = SampleFunding.AsOf;
        Assert.Equal(2, history.InForce(at).Length);
        Assert.Equal(FundingForm.InstitutionalFunding, history.HighestRungHeld(at, FundingLadder.Default));
        Assert.True(history.DependsOnlyOnTimeLimited(at).IsNo);
        Assert.Equal(325_000m, history.TotalInForce(at)["EUR"]);
        var anadolu = SampleFunding.For("anadolu-kulturverein").Awards;
        Assert.True(anadolu.DependsOnlyOnTimeLimited(at).IsYes);
        Assert.Equal(FundingForm.ProjectGrant, anadolu.HighestRungHeld(at, FundingLadder.Default));
        Assert.True(AwardHistory.Empty.DependsOnlyOnTimeLimited(at).IsNo);
        Assert.Null(AwardHistory.Empty.HighestRungHeld(at, FundingLadder.Default));
        var elternnetzwerk = SampleFunding.For("elternnetzwerk-bildungsbruecke").Awards;
        Assert.Equal(1, elternnetzwerk.CountWithoutAmount(at));
        Assert.True(SampleFunding.For("netzwerk-neue-vielfalt").Awards.DependsOnlyOnTimeLimited(at).IsUnknown); // guidelines: left open by the source
    }

    [Fact]
    public void The_default_ladder_has_institutional_funding_on_top_and_every_form_once()
    {
        var ladder = FundingLadder.Default;
        Assert.Equal(FundingForm.InstitutionalFunding, ladder.Top.Form);
        Assert.Equal(Enum.GetValues<FundingForm>().Order(), ladder.Rungs.Select(r => r.Form).Order());
        var forms = ladder.Rungs.Select(r => r.Form).ToArray();
        foreach (var a in forms)
        {
            foreach (var b in forms)
            {
                foreach (var c in forms)
                {
                    if (ladder.IsAbove(a, b) && ladder.IsAbove(b, c))
                    {
                        Assert.True(ladder.IsAbove(a, c));
                    }
                }
                Assert.True(a == b ^ (ladder.IsAbove(a, b) ^ ladder.IsAbove(b, a)));
            }
        }
        Assert.All(ladder.Rungs.SkipLast(1), r => Assert.Equal(MoDomain.Vocabulary.SourceKeys.Interpretive, r.Source));
    }

    [Fact]
    public void The_survey_frequency_order_is_a_separate_fact_from_the_ladder()
    {
        Assert.Equal([FundingForm.FundingGuidelines, FundingForm.FlexibleBudget, FundingForm.InstitutionalFunding], FundingFrequency.MostFrequentFirst);
        Assert.Equal(32, FundingFrequency.Respondents);
        Assert.Equal(MoDomain.Vocabulary.SourceKeys.Qualitaetszirkel2023, FundingFrequency.Source);
        // Most frequent is not highest: institutional funding is third by frequency but the top rung.
        Assert.Equal(FundingForm.InstitutionalFunding, FundingLadder.Default.Top.Form);
    }

    [Fact]
    public void Form_traits_follow_the_sources()
    {
        var institutional = FundingVocabulary.TraitsOf(FundingForm.InstitutionalFunding);
        Assert.True(institutional.TimeLimited.IsNo);
        Assert.True(institutional.EnablesPaidStaff.IsYes);
        Assert.True(institutional.EnablesRentingRooms.IsYes);
        Assert.True(FundingVocabulary.TraitsOf(FundingForm.ProjectFunding).TimeLimited.IsYes);
        Assert.True(FundingVocabulary.TraitsOf(FundingForm.RegularFunding).TimeLimited.IsNo);
        Assert.True(FundingVocabulary.TraitsOf(FundingForm.FlexibleBudget).TimeLimited.IsUnknown);
        Assert.Equal(10, FundingVocabulary.Forms.Scheme.Concepts.Length);
        Assert.Equal(3, FundingVocabulary.SupportModes.Scheme.Concepts.Length);
        Assert.Equal(5, FundingVocabulary.RoomForms.Scheme.Concepts.Length);
        Assert.Equal("institutional-funding", FundingVocabulary.Forms.IdOf(FundingForm.InstitutionalFunding));
        Assert.Equal("Institutionelle Förderung", FundingVocabulary.Forms.ConceptOf(FundingForm.InstitutionalFunding).Label.German);
        foreach (var scheme in new[] { FundingVocabulary.Forms.Scheme, FundingVocabulary.Funders.Scheme, FundingVocabulary.QualificationWays.Scheme, FundingVocabulary.RoomForms.Scheme })
        {
            Assert.Contains(scheme, MoDomain.Interop.VocabularyCatalog.All);
        }
    }

    [Fact]
    public void Every_sample_organisation_has_a_funding_case()
    {
        Assert.Equal(SampleData.Organisations.Select(o => o.Profile), SampleFunding.Cases.Select(c => c.Profile));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => SampleFunding.For("no-such-sample"));
    }

    [Fact]
    public void Policy_and_requirement_arguments_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new FundingPolicy("p", new("P", "P"), "s", []));
        Assert.Throws<ArgumentException>(() => new FundingPolicy("p", new("P", "P"), "s", [FundingRequirement.Of(FundingRequirementKind.TrustBuilding), FundingRequirement.Of(FundingRequirementKind.TrustBuilding)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => FundingRequirement.DemonstrableSuccess(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Undetermined));
        var ex = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => FundingPolicies.Get("institutional-fundng"));
        Assert.Contains("institutional-funding", ex.Message);
        Assert.Throws<ArgumentException>(() => new FundingCase(new OrganisationProfile("X", new LocalDate(2026, 1, 1)), worksInYouthWelfare: false, youthWelfareStart: new LocalDate(2020, 1, 1)));
    }
}
