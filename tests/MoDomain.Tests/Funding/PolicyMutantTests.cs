using System;
using System.Collections.Generic;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;
using static MoDomain.Tests.Funding.Fixtures;

namespace MoDomain.Tests.Funding;

/// <summary>Survivors of the funding mutation run in <see cref="FundingRequirement"/>, <see cref="FundingPolicy"/>,
/// <see cref="FundingPolicies"/> and <see cref="EligibilityResult"/>.</summary>
public sealed class PolicyMutantTests
{
    // ---- FundingRequirement: which requirements depend on the date ----

    public static TheoryData<string, bool> TimeBased => new()
    {
        { "demonstrable-success", true },
        { "may-be-recognised", true },
        { "entitled", true },
        { "recognised-by-law", false },
        { "trust-building", false },
        { "paid-structures", false },
        { "legal-person", false },
    };

    private static FundingRequirement Named(string name) => name switch
    {
        "demonstrable-success" => FundingRequirement.DemonstrableSuccess(3),
        "may-be-recognised" => FundingRequirement.YouthWelfareRecognition(RecognitionStatus.MayBeRecognised),
        "entitled" => FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled),
        "recognised-by-law" => FundingRequirement.YouthWelfareRecognition(RecognitionStatus.RecognisedByLaw),
        "trust-building" => FundingRequirement.Of(FundingRequirementKind.TrustBuilding),
        "paid-structures" => FundingRequirement.Of(FundingRequirementKind.PaidStructures),
        "legal-person" => FundingRequirement.Of(FundingRequirementKind.LegalPerson),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such requirement."),
    };

    [Theory]
    [MemberData(nameof(TimeBased))]
    public void Only_success_and_recognition_below_recognised_by_law_are_time_based(string name, bool expected) =>
        Assert.Equal(expected, Named(name).IsTimeBased);

    // ---- FundingRequirement: candidate dates per minimum status ----

    [Fact]
    public void The_candidate_date_follows_the_minimum_status()
    {
        var withStart = Subject(Youth(LegalPersonKind.Association, start: YouthStart));
        Assert.Equal(EntitledOn, FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled).CandidateDate(withStart));
        Assert.Equal(YouthStart, FundingRequirement.YouthWelfareRecognition(RecognitionStatus.MayBeRecognised).CandidateDate(withStart));
        Assert.Null(FundingRequirement.YouthWelfareRecognition(RecognitionStatus.RecognisedByLaw).CandidateDate(withStart));

        // Without a start, "works in youth welfare" gives the profile date, and only for may-be-recognised.
        var worksNoStart = Subject(Youth(LegalPersonKind.Association, works: true));
        Assert.Equal(AsOf, FundingRequirement.YouthWelfareRecognition(RecognitionStatus.MayBeRecognised).CandidateDate(worksNoStart));
        Assert.Null(FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled).CandidateDate(worksNoStart));
        Assert.Null(FundingRequirement.YouthWelfareRecognition(RecognitionStatus.RecognisedByLaw).CandidateDate(worksNoStart));
        var notWorking = Subject(Youth(LegalPersonKind.Association, works: false));
        Assert.Null(FundingRequirement.YouthWelfareRecognition(RecognitionStatus.MayBeRecognised).CandidateDate(notWorking));

        var success = Subject(new FundingCase(Profile(), successRecordSince: new LocalDate(2021, 3, 1)));
        Assert.Equal(new LocalDate(2024, 3, 1), FundingRequirement.DemonstrableSuccess(3).CandidateDate(success));
        Assert.Null(FundingRequirement.Of(FundingRequirementKind.TrustBuilding).CandidateDate(success));
    }

    // ---- FundingRequirement: argument checks ----

    [Theory]
    [InlineData(-1)]
    [InlineData(201)]
    public void Minimum_years_out_of_range_are_rejected_with_the_range(int years)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FundingRequirement.DemonstrableSuccess(years));
        Assert.Equal("minimumYears", ex.ParamName);
        Assert.Equal(years, ex.ActualValue);
        Assert.Contains("The minimum years must be between 0 and 200.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecognitionStatus.Undetermined)]
    [InlineData(RecognitionStatus.NotRecognisable)]
    [InlineData(RecognitionStatus.NotApplicable)]
    public void A_minimum_status_that_is_not_a_threshold_is_rejected_naming_minimumStatus(RecognitionStatus status)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FundingRequirement.YouthWelfareRecognition(status));
        Assert.Equal("minimumStatus", ex.ParamName);
        Assert.Equal(status, ex.ActualValue);
        Assert.Contains("The minimum status must be may-be-recognised, entitled or recognised-by-law.", ex.Message, StringComparison.Ordinal);
    }

    // ---- FundingRequirement: equality ----

    public static TheoryData<string> RequirementFields => new() { "kind", "years", "status", "funders", "funders-same-count", "subdivisions" };

    [Theory]
    [MemberData(nameof(RequirementFields))]
    public void A_requirement_that_differs_in_one_field_is_not_equal(string field)
    {
        var (a, b) = field switch
        {
            "kind" => (FundingRequirement.DemonstrableSuccess(0), FundingRequirement.Of(FundingRequirementKind.TrustBuilding)),
            "years" => (FundingRequirement.DemonstrableSuccess(3), FundingRequirement.DemonstrableSuccess(4)),
            "status" => (FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled), FundingRequirement.YouthWelfareRecognition(RecognitionStatus.MayBeRecognised)),
            "funders" => (FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, [FunderKind.Land]), FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled)),
            "funders-same-count" => (FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, [FunderKind.Land]), FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, [FunderKind.EuFund])),
            "subdivisions" => (FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, null, Truth.Yes), FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, null, Truth.No)),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such field."),
        };
        // The hash reads the number of funders, not which they are.
        EqualityLaws.AssertDiffers(a, b, field, hashed: field != "funders-same-count");
    }

    [Fact]
    public void Equal_requirements_are_equal_with_equal_hashes_and_null_is_not_equal()
    {
        var a = FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, [FunderKind.Land, FunderKind.EuFund], Truth.Yes);
        var b = FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, [FunderKind.EuFund, FunderKind.Land, FunderKind.Land], Truth.Yes);
        EqualityLaws.AssertEqualCopies(a, b);
    }

    // ---- FundingRequirement: legal person is a Kleene AND ----

    [Fact]
    public void Legal_person_needs_both_not_informal_and_not_an_individual()
    {
        var legalPerson = FundingRequirement.Of(FundingRequirementKind.LegalPerson).Rule;
        // An individual (legal form "other") is not informal, but is an individual.
        Assert.Equal(Truth.No, legalPerson.Decide(Subject(new FundingCase(Profile(LegalForm.Other), LegalPersonKind.Individual))));
        // An informal initiative given as an association of persons is not an individual, but is informal.
        Assert.Equal(Truth.No, legalPerson.Decide(Subject(new FundingCase(Profile(LegalForm.InformalInitiative), LegalPersonKind.Association))));
        Assert.Equal(Truth.Yes, legalPerson.Decide(Subject(new FundingCase(Profile(LegalForm.RegisteredAssociation), LegalPersonKind.Association))));
        // Kind unknown: a known association form shows it is not an individual.
        Assert.Equal(Truth.Yes, legalPerson.Decide(Subject(new FundingCase(Profile(LegalForm.RegisteredAssociation)))));
        Assert.Equal(Truth.Unknown, legalPerson.Decide(Subject(new FundingCase(Profile(LegalForm.Other)))));
        Assert.Equal(Truth.Unknown, legalPerson.Decide(Subject(new FundingCase(Profile()))));
    }

    // ---- FundingRequirement: pinned texts of the labour-market requirements ----

    public static TheoryData<FundingRequirementKind, string, string, string, string, string> BooleanTexts => new()
    {
        {
            FundingRequirementKind.InterculturalStaff,
            "The regular institution has interculturally trained staff.", "Die Regelinstitution hat interkulturell geschulte Mitarbeitende.",
            "The regular institution lacks interculturally trained staff.", "Der Regelinstitution fehlen interkulturell geschulte Mitarbeitende.",
            "partner-intercultural-staff"
        },
        {
            FundingRequirementKind.TrustBuilding,
            "Trust-building measures are in place.", "Vertrauensbildende Maßnahmen bestehen.",
            "No trust-building measures are in place.", "Es bestehen keine vertrauensbildenden Maßnahmen.",
            "trust-building"
        },
        {
            FundingRequirementKind.ResourcesProvided,
            "Money or equipment is provided.", "Geld oder Ausstattung wird bereitgestellt.",
            "Neither money nor equipment is provided.", "Weder Geld noch Ausstattung wird bereitgestellt.",
            "resources-provided"
        },
    };

    [Theory]
    [MemberData(nameof(BooleanTexts))]
    public void Boolean_requirements_explain_each_outcome_with_its_own_text(FundingRequirementKind kind, string yesEn, string yesDe, string noEn, string noDe, string factId)
    {
        var rule = FundingRequirement.Of(kind).Rule;
        FundingCase Case(Fact<bool> v) => new(Profile(), partnerInterculturalStaff: v, trustBuilding: v, resourcesProvided: v);

        var yes = rule.Evaluate(Subject(Case(true)));
        Assert.Equal(Truth.Yes, yes.Outcome);
        Assert.Equal(new LocalizedText(yesEn, yesDe), yes.Explanation);
        var no = rule.Evaluate(Subject(Case(false)));
        Assert.Equal(Truth.No, no.Outcome);
        Assert.Equal(new LocalizedText(noEn, noDe), no.Explanation);
        var unknown = rule.Evaluate(Subject(Case(default)));
        Assert.Equal(Truth.Unknown, unknown.Outcome);
        Assert.Equal(new LocalizedText($"'{factId}' is unknown.", $"„{factId}“ ist unbekannt."), unknown.Explanation);
    }

    // ---- FundingPolicy ----

    private static FundingPolicy Policy(string id = "my-policy", LocalizedText? label = null, string source = "test", IEnumerable<FundingRequirement>? requirements = null) =>
        new(id, label ?? Label, source, requirements ?? [FundingRequirement.Of(FundingRequirementKind.TrustBuilding)]);

    [Theory]
    [InlineData("id")]
    [InlineData("label")]
    [InlineData("source")]
    [InlineData("requirements")]
    [InlineData("requirement-content")]
    public void A_policy_that_differs_in_one_field_is_not_equal(string field)
    {
        var a = Policy();
        var b = field switch
        {
            "id" => Policy(id: "other-policy"),
            "label" => Policy(label: new LocalizedText("Label", "Andere Bezeichnung")),
            "source" => Policy(source: "other"),
            "requirements" => Policy(requirements: [FundingRequirement.Of(FundingRequirementKind.TrustBuilding), FundingRequirement.Of(FundingRequirementKind.PaidStructures)]),
            "requirement-content" => Policy(requirements: [FundingRequirement.Of(FundingRequirementKind.PaidStructures)]),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such field."),
        };
        // The hash reads the id and the number of requirements only.
        EqualityLaws.AssertDiffers(a, b, field, hashed: field is "id" or "requirements");
        EqualityLaws.AssertEqualCopies(a, Policy());
    }

    [Fact]
    public void Evaluate_rejects_a_null_subject_by_name()
    {
        // Paid structures reads the case directly (no fact descriptor that would repeat the check), so the policy's own
        // check is the one that names the parameter.
        var paid = Policy(requirements: [FundingRequirement.Of(FundingRequirementKind.PaidStructures)]);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => paid.Evaluate((FundingSubject)null!)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => paid.Decide(null!)).ParamName);
    }

    // ---- FundingPolicies.Get ----

    [Fact]
    public void Get_returns_a_built_in_policy_and_explains_an_unknown_id()
    {
        Assert.Equal(FundingPolicies.InstitutionalFundingId, FundingPolicies.Get(FundingPolicies.InstitutionalFundingId).Id);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => FundingPolicies.Get(null!)).ParamName);
        var ex = Assert.Throws<KeyNotFoundException>(() => FundingPolicies.Get("institutional-fundin"));
        Assert.Contains("No built-in funding policy has the id 'institutional-fundin';", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Known: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("project-eligibility", ex.Message, StringComparison.Ordinal);
    }

    // ---- EligibilityResult ----

    [Fact]
    public void The_youth_welfare_status_is_reported_only_for_a_policy_with_a_recognition_requirement()
    {
        var subject = Subject(Youth(LegalPersonKind.Association, start: YouthStart));
        Assert.Null(OnlyTrust.Evaluate(subject).YouthWelfareStatus);
        var withRecognition = Policy(requirements: [FundingRequirement.Of(FundingRequirementKind.TrustBuilding), FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled)]);
        Assert.Equal(RecognitionStatus.Entitled, withRecognition.Evaluate(subject).YouthWelfareStatus);
    }

    [Fact]
    public void Missing_facts_are_listed_only_while_the_outcome_is_undetermined()
    {
        Assert.Equal(new[] { "trust-building" }, OnlyTrust.Evaluate(Subject(Trust(default))).MissingFacts);
        Assert.Empty(OnlyTrust.Evaluate(Subject(Trust(false))).MissingFacts);
        Assert.Empty(OnlyTrust.Evaluate(Subject(Trust(true))).MissingFacts);
    }
}
