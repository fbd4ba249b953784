using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using MoDomain.Cooperation;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Reference;
using MoDomain.Rules;
using MoDomain.Samples;
using NodaTime;
using Xunit;

namespace MoDomain.Tests.Api;

/// <summary>
/// Result types say what they hold in <c>ToString</c> (what a debugger and a log show), and lookups that throw have a
/// <c>TryGet</c> twin.
/// </summary>
public sealed class ResultTextTests
{
    [Fact]
    public void Every_public_result_type_overrides_ToString()
    {
        string[] suffixes = ["Result", "Analysis", "Assessment", "Evaluation", "Gap", "Classification", "Score", "Comparison"];
        var missing = typeof(Truth).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed) && suffixes.Any(s => t.Name.Split('`')[0].EndsWith(s, StringComparison.Ordinal)))
            .Where(t => t.Namespace != "MoDomain.Coding.Agreement") // helper "alpha" owns the agreement results
            .Where(t => t.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes) is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(missing.Count == 0, "no ToString: " + string.Join(", ", missing));
    }

    [Fact]
    public void Funding_results_name_policy_outcome_and_requirements()
    {
        var policy = FundingPolicies.InstitutionalFunding;
        var eligible = policy.Evaluate(SampleFunding.For("dachverband-migrantischer-vereine"), SampleFunding.AsOf);
        Assert.Equal($"{policy.Id}: eligible", eligible.ToString());
        var anadolu = policy.Evaluate(SampleFunding.For("anadolu-kulturverein"), SampleFunding.AsOf);
        Assert.StartsWith($"{policy.Id}: not-eligible (failing: paid-structures, offers-beyond-own-community", anadolu.ToString(), StringComparison.Ordinal);
        Assert.Equal("paid-structures: no", anadolu.Failing[0].ToString());
        var faith = policy.Evaluate(SampleFunding.For("glaubensgemeinschaft-lichtblick"), SampleFunding.AsOf);
        Assert.StartsWith($"{policy.Id}: undetermined (", faith.ToString(), StringComparison.Ordinal);
        Assert.Contains("undetermined: ", faith.ToString(), StringComparison.Ordinal);
        Assert.Contains("paid-structures", faith.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_recognition_assessment_names_the_status_and_the_entitlement_date()
    {
        // Founded 1990, youth-welfare work since 2024-06-01 (as in FundingExampleTests): may be recognised, entitled from 2027-06-01.
        var c = new FundingCase(
            new OrganisationProfile("Jugendverein e.V.", new LocalDate(2030, 1, 1), legalForm: LegalForm.RegisteredAssociation,
                nonProfitStatus: NonProfitStatus.Recognised, foundingDate: new LocalDate(1990, 1, 1)),
            legalPersonKind: LegalPersonKind.Association, youthWelfareStart: new LocalDate(2024, 6, 1), professionalPrerequisites: true, conduciveToBasicLaw: true);
        Assert.Equal("may-be-recognised, entitled from 2027-06-01", YouthWelfareRecognition.Assess(c, new LocalDate(2026, 1, 1)).ToString());
        Assert.Equal("undetermined", YouthWelfareRecognition.Assess(new FundingCase(new OrganisationProfile("Unbekannt", new LocalDate(2026, 1, 1))), new LocalDate(2026, 1, 1)).ToString());
    }

    [Fact]
    public void Cooperation_results_name_their_counts_and_outcomes()
    {
        var assessment = new CooperationAssessment([
            new FactorObservation("mutual-appreciation", Truth.Yes),
            new FactorObservation("transparency-and-role-clarity", Truth.No, "roles renegotiated every year"),
            new FactorObservation("power-asymmetry", Truth.Yes),
        ]);
        int factors = CooperationFactors.All.Length;
        Assert.Equal($"3 observations of {factors} factors", assessment.ToString());
        Assert.Equal($"present 2, absent 1, unknown {factors - 3}", assessment.Evaluate().ToString());
        var weighted = assessment.Evaluate(new Dictionary<string, double> { ["mutual-appreciation"] = 2, ["power-asymmetry"] = -1 });
        Assert.Equal($"present 2, absent 1, unknown {factors - 3}; score 1", weighted.ToString());
        var open = assessment.Evaluate(new Dictionary<string, double> { ["mutual-appreciation"] = 2, ["visible-recognition"] = 0.5, ["long-municipal-processes"] = -1.5 });
        Assert.Equal("score unknown, between 0.5 and 2.5", open.Weighted!.ToString());
        Assert.Equal("E: concern", DueDiligence.Check(new MsoCandidate("E", commissionerClarification: CommissionerClarification.Concerns)).ToString());
        Assert.Equal("F: undetermined", DueDiligence.Check(new MsoCandidate("F")).ToString());
    }

    [Fact]
    public void Reference_lookups_have_TryGet_twins()
    {
        var survey = ReferenceData.Surveys[0];
        Assert.True(ReferenceData.TryGetSurvey(survey.Id, out var foundSurvey));
        Assert.Same(survey, foundSurvey);
        Assert.Same(ReferenceData.Survey(survey.Id), foundSurvey);
        Assert.False(ReferenceData.TryGetSurvey(survey.Id + "-x", out var none));
        Assert.Null(none);
        Assert.False(ReferenceData.TryGetSurvey(null, out _));

        var ranking = ReferenceData.Rankings[0];
        Assert.True(ReferenceData.TryGetRanking(ranking.Id, out var foundRanking));
        Assert.Same(ReferenceData.Ranking(ranking.Id), foundRanking);
        Assert.False(ReferenceData.TryGetRanking("no-such-ranking", out _));
        Assert.False(ReferenceData.TryGetRanking(null, out _));

        var contract = JsonContracts.All[0];
        Assert.True(JsonContracts.TryGet(contract.Name, out var foundContract));
        Assert.Same(JsonContracts.Get(contract.Name), foundContract);
        Assert.False(JsonContracts.TryGet(contract.Name.ToUpperInvariant() + "X", out _));
        Assert.False(JsonContracts.TryGet(null, out _));
    }
}
