using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Cooperation;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Tests.Cooperation;

/// <summary>Example tests pinned to the source figures and to the sample (issue 5, DOMAIN.md §5).</summary>
public sealed class CooperationExampleTests
{
    [Fact]
    public void Survey_form_shares_keep_the_source_order_and_figures()
    {
        Assert.Equal([CooperationForm.MunicipalityLed, CooperationForm.MoLed, CooperationForm.Joint], CooperationSurvey.EventForms.Select(s => s.Category));
        Assert.Equal([0.35, 0.35, 0.30], CooperationSurvey.EventForms.Select(s => s.Share));
        Assert.Equal([CooperationForm.MoLed, CooperationForm.MunicipalityLed, CooperationForm.Joint], CooperationSurvey.ProjectForms.Select(s => s.Category));
        Assert.Equal([0.39, 0.35, 0.26], CooperationSurvey.ProjectForms.Select(s => s.Share));
        Assert.Equal([0.41, 0.31, 0.28], CooperationSurvey.Initiators.Select(s => s.Share));
        Assert.Equal(1.0, CooperationSurvey.EventForms.Sum(s => s.Share), 10);
        Assert.Equal(1.0, CooperationSurvey.ProjectForms.Sum(s => s.Share), 10);
        Assert.Equal(1.0, CooperationSurvey.Initiators.Sum(s => s.Share), 10);
        var p = CooperationSurvey.Provenance;
        Assert.Equal((32, 2020, 2023, SourceKeys.Qualitaetszirkel2023), (p.Respondents, p.SurveyYear, p.PublicationYear, p.Source));
    }

    [Fact]
    public void Survey_set_up_and_level_figures_are_pinned()
    {
        Assert.Equal(23, CooperationSurvey.Concept.Count.Value);
        Assert.Equal(23, CooperationSurvey.JobDescription.Count.Value);
        Assert.Equal(20, CooperationSurvey.ConceptAndJobDescription.Count.Value);
        Assert.Equal(3, CooperationSurvey.ConceptOnly.Count.Value);
        Assert.Equal(3, CooperationSurvey.JobDescriptionOnly.Count.Value);
        // 20 + 3 = 23 have a concept, 20 + 3 = 23 a job description.
        Assert.Equal(CooperationSurvey.Concept.Count.Value, CooperationSurvey.ConceptAndJobDescription.Count.Value + CooperationSurvey.ConceptOnly.Count.Value);
        Assert.Equal(13, CooperationSurvey.StaffOver25Percent.Count.Value);
        Assert.Equal(11, CooperationSurvey.Staff11To25Percent.Count.Value);
        Assert.Equal(0.5, CooperationSurvey.BudgetOver25Percent.Share);
        Assert.False(CooperationSurvey.BudgetOver25Percent.Count.IsKnown);
        Assert.Equal(0.25, CooperationSurvey.Budget11To25Percent.Share);
        Assert.Equal(23, CooperationSurvey.RegularExchangeWithUmbrellas.Count.Value);
        Assert.Equal(28, CooperationSurvey.MoRepresentativesInBodies.Count.Value);
        Assert.Equal(14, CooperationSurvey.OtherLevels.Count.Value);
        Assert.Equal(24, CooperationSurvey.MunicipalMeetingRooms.Count.Value);
        Assert.Equal(10, CooperationSurvey.SeveralRoomForms.Count.Value);
        Assert.Equal(7, CooperationSurvey.NoRoomForm.Count.Value);
    }

    [Fact]
    public void Survey_topic_rankings_follow_the_source_tiers()
    {
        Assert.Equal(0, CooperationSurvey.ExchangeTier(CooperationTopic.AntiRacismDemocracy).Value);
        Assert.Equal(1, CooperationSurvey.ExchangeTier(CooperationTopic.ReligionInterreligious).Value);
        Assert.Equal(5, CooperationSurvey.ExchangeTier(CooperationTopic.Other).Value);
        Assert.False(CooperationSurvey.ExchangeTier(CooperationTopic.UrbanPlanningNeighbourhood).IsKnown);
        Assert.Equal(4, CooperationSurvey.WorkingBodyTier(CooperationTopic.LabourEconomy).Value);
        Assert.False(CooperationSurvey.WorkingBodyTier(CooperationTopic.Other).IsKnown);
        // Each topic appears at most once per ranking.
        Assert.Equal(11, CooperationSurvey.ExchangeRanking.SelectMany(t => t).Distinct().Count());
        Assert.Equal(11, CooperationSurvey.WorkingBodyRanking.SelectMany(t => t).Distinct().Count());
    }

    [Fact]
    public void Vocabularies_carry_the_DOMAIN_ids()
    {
        Assert.Equal(
            ["single-event", "project", "standing-body", "ad-hoc-exchange", "thematic-working-group", "democracy-partnership-network", "political-advisory-body"],
            CooperationVocabulary.Levels.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["municipality-led", "mo-led", "joint"], CooperationVocabulary.Forms.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(12, CooperationVocabulary.Topics.Scheme.Concepts.Length);
        Assert.Equal(["define-goals", "find-mso", "first-contact"], CooperationVocabulary.StartSteps.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["door-opener", "expert", "partner-critical-friend"], CooperationVocabulary.Roles.Scheme.Concepts.Select(c => c.Id));
        foreach (var id in new[] { "mutual-appreciation", "transparency-and-role-clarity", "reliability", "personnel-continuity", "regular-trusting-exchange", "resources-provided", "shared-goals-and-successes", "visible-recognition" })
        {
            var f = CooperationFactors.Get(id);
            Assert.Equal((FactorKind.SuccessFactor, FactorSide.Both), (f.Kind, f.Side));
        }
        Assert.Equal(FactorKind.Obstacle, CooperationFactors.Get("power-asymmetry").Kind);
        Assert.Contains(CooperationFactors.SuccessFactors, f => f.Side == FactorSide.Mo);
        Assert.Contains(CooperationFactors.SuccessFactors, f => f.Side == FactorSide.Administration);
        Assert.Contains(CooperationFactors.Obstacles, f => f.Side == FactorSide.Administration);
        Assert.Contains(CooperationFactors.All, f => f.Concept.Source == SourceKeys.KitaEinstieg2018);
        Assert.Equal(CooperationFactors.All.Length, CooperationFactors.All.Select(f => f.Id).Distinct().Count());
        var ex = Assert.Throws<KeyNotFoundException>(() => CooperationFactors.Get("mutual-apreciation"));
        Assert.Contains("mutual-appreciation", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_portfolio_reports_distribution_comparison_and_gaps()
    {
        var analysis = SampleCooperation.Municipality.Portfolio.Analyze();
        Assert.Equal(19, analysis.ByLevel.Base);
        Assert.Equal(9, analysis.ByLevel[CooperationLevel.SingleEvent].Count);
        Assert.Equal(1, analysis.ByForm.Unknown);
        Assert.Equal(1, analysis.ByInitiator.Unknown);
        var joint = analysis.EventForms.Single(c => c.Category == CooperationForm.Joint);
        Assert.Equal(1, joint.Observed.Count);
        Assert.Equal(1 / 8.0 - 0.30, joint.Difference.Value, 10);
        Assert.Equal(CooperationForm.MoLed, analysis.ProjectForms[0].Category);
        // Youth/education (tier 3) has more records than religion (tier 1): religion is below the survey ranking.
        var religion = analysis.TopicGaps.Single(g => g.Topic == CooperationTopic.ReligionInterreligious);
        Assert.Contains(CooperationTopic.YouthEducation, religion.ExceededBy);
        Assert.DoesNotContain(analysis.TopicGaps, g => g.Topic == CooperationTopic.AntiRacismDemocracy);
        Assert.DoesNotContain(analysis.TopicGaps, g => g.Topic == CooperationTopic.UrbanPlanningNeighbourhood);
    }

    [Fact]
    public void Sample_trajectories_report_steps_and_milestones_without_a_score()
    {
        var portfolio = SampleCooperation.Municipality.Portfolio;
        var anadolu = portfolio.TrajectoryOf("anadolu-kulturverein", SampleCooperation.IntegrationOffice);
        Assert.Equal(5, anadolu.Steps.Length);
        Assert.Equal(Truth.Yes, anadolu.MovesTowardsInstitutionalisation);
        Assert.Equal(new LocalDate(2019, 9, 20), anadolu.FirstAsDoorOpener.Value);
        Assert.Equal(new LocalDate(2021, 7, 3), anadolu.FirstJoint.Value);
        Assert.Equal(new LocalDate(2023, 4, 1), anadolu.FirstInWorkingBody.Value);
        Assert.Equal(MaturityComparison.Incomparable, anadolu.Steps[1].ComparedWithPrevious.Value);
        Assert.Equal(MaturityComparison.Greater, anadolu.Steps[2].ComparedWithPrevious.Value);

        Assert.Equal(Truth.No, portfolio.TrajectoryOf("sc-vielfalt", "Jugendamt Musterstadt").MovesTowardsInstitutionalisation);
        Assert.Equal(Truth.No, portfolio.TrajectoryOf("dachverband-migrantischer-vereine", SampleCooperation.IntegrationOffice).MovesTowardsInstitutionalisation);
        Assert.Equal(Truth.Unknown, portfolio.TrajectoryOf("unternehmerverband-vielfalt", "Jobcenter Musterstadt").MovesTowardsInstitutionalisation);
        Assert.Empty(portfolio.TrajectoryOf("anadolu-kulturverein", "Jobcenter Musterstadt").Steps);
        Assert.Equal(portfolio.Pairs.Length, portfolio.Trajectories().Length);
        Assert.Equal(5, portfolio.ForMo("anadolu-kulturverein").Records.Length);
    }

    [Fact]
    public void Assessment_lists_present_missing_and_unknown_per_side_and_weights_only_on_request()
    {
        var result = SampleCooperation.Assessment.Evaluate();
        Assert.Null(result.Weighted);
        Assert.Equal(CooperationFactors.All.Length, result.Statuses.Length);
        Assert.Equal(result.Statuses.Length, result.Present.Length + result.Missing.Length + result.Unknown.Length);
        Assert.Contains(result.Select(FactorKind.SuccessFactor, FactorSide.Both, Truth.No), s => s.Factor.Id == "transparency-and-role-clarity" && s.Note is not null);
        Assert.Contains(result.Select(FactorKind.Obstacle, FactorSide.Mo, Truth.Yes), s => s.Factor.Id == "dependence-on-key-volunteers");
        Assert.Contains(result.Unknown, s => s.Factor.Id == "trust");

        var weighted = SampleCooperation.Assessment.Evaluate(new Dictionary<string, double>
        {
            ["mutual-appreciation"] = 2,
            ["power-asymmetry"] = -1,
            ["transparency-and-role-clarity"] = 1,
        }).Weighted!;
        Assert.Equal(1.0, weighted.Score.Value);
        Assert.Equal(3, weighted.Weights.Count);
        var open = SampleCooperation.Assessment.Evaluate(new Dictionary<string, double> { ["trust"] = 3, ["mutual-appreciation"] = 1, ["language-barriers"] = -2 }).Weighted!;
        Assert.False(open.Score.IsKnown);
        Assert.Equal((-1.0, 4.0), (open.Minimum, open.Maximum));
        Assert.Throws<ArgumentException>(() => SampleCooperation.Assessment.Evaluate(new Dictionary<string, double> { ["trusst"] = 1 }));
        Assert.Throws<ArgumentException>(() => SampleCooperation.Assessment.Evaluate(new Dictionary<string, double> { ["trust"] = double.NaN }));
        Assert.Throws<ArgumentException>(() => new CooperationAssessment([new FactorObservation("trust", Truth.Yes), new FactorObservation("trust", Truth.No)]));
        var unknownId = Assert.Throws<ArgumentException>(() => new CooperationAssessment([new FactorObservation("trusts", Truth.Yes)]));
        Assert.Contains("trust", unknownId.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_process_refuses_skipping_and_repeating_steps_and_keeps_what_each_produced()
    {
        var begun = CooperationStart.Begin("Kita access");
        Assert.Equal(StartStep.DefineGoals, begun.NextStep);
        var search = new MsoSearch([new MsoCandidate("Verein A")], []);
        var skip = Assert.Throws<InvalidOperationException>(() => begun.FindMso(search));
        Assert.Contains("define-goals", skip.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => begun.MakeFirstContact(new FirstContactRecord("Verein A", new LocalDate(2024, 1, 1), ContactForm.InPerson)));

        var goals = begun.DefineGoals(new GoalsDefinition(["Reach parents"], "Access", "Funding"));
        Assert.Null(begun.Goals); // immutable: the earlier state is unchanged
        Assert.Throws<InvalidOperationException>(() => goals.DefineGoals(new GoalsDefinition(["Other"], "A", "B")));
        var found = goals.FindMso(search);
        Assert.Equal(Truth.Unknown, found.DueDiligenceResults.Single().Outcome);
        Assert.Throws<ArgumentException>(() => found.MakeFirstContact(new FirstContactRecord("Verein B", new LocalDate(2024, 1, 1), ContactForm.Phone)));
        var done = found.MakeFirstContact(new FirstContactRecord("Verein A", new LocalDate(2024, 1, 1), ContactForm.InPerson, true));
        Assert.True(done.IsComplete);
        Assert.Null(done.NextStep);
        Assert.Equal([StartStep.DefineGoals, StartStep.FindMso, StartStep.FirstContact], done.CompletedSteps);
        Assert.Throws<InvalidOperationException>(() => done.MakeFirstContact(new FirstContactRecord("Verein A", new LocalDate(2024, 2, 1), ContactForm.InPerson)));
        Assert.Throws<ArgumentException>(() => new GoalsDefinition(["x"], "value", " "));

        var sample = SampleCooperation.Start;
        Assert.True(sample.IsComplete);
        Assert.Equal(Truth.Yes, sample.ContactedCandidateDueDiligence!.Outcome);
        Assert.Equal(Truth.Unknown, sample.DueDiligenceResults[1].Outcome);
    }

    [Fact]
    public void Due_diligence_gives_clear_concern_or_undetermined_with_reasons()
    {
        var report = new ObservationReport(false, "Verfassungsschutzbericht 2023", new LocalDate(2024, 6, 1));
        var clear = new MsoCandidate("A", umbrellaMemberships: ValueSet.OfStrings("Dachverband Nord"), observationReport: report, commissionerClarification: CommissionerClarification.NotRequested);
        var result = DueDiligence.Check(clear);
        Assert.Equal(Truth.Yes, result.Outcome);
        Assert.Equal(3, result.Reasons.Length);
        Assert.Contains("2024-06-01", result.Reasons[0].English, StringComparison.Ordinal);

        var observed = new MsoCandidate("B", umbrellaMemberships: ValueSet.OfStrings(), observationReport: new ObservationReport(true, "Verfassungsschutzbericht 2023", new LocalDate(2024, 6, 1)));
        Assert.Equal(Truth.No, DueDiligence.Check(observed).Outcome);

        var unknown = new MsoCandidate("C", observationReport: report);
        var undetermined = DueDiligence.Check(unknown);
        Assert.Equal(Truth.Unknown, undetermined.Outcome);
        Assert.Equal(["umbrella-memberships", "commissioner-clarification"], undetermined.Evaluation.MissingFacts);

        var strict = new DueDiligenceParameters(["Dachverband Nord"], requireCommissionerClarification: true);
        Assert.Equal(Truth.No, DueDiligence.Check(clear, strict).Outcome);
        var unlisted = new MsoCandidate("D", umbrellaMemberships: ValueSet.OfStrings("Dachverband Süd"), observationReport: report, commissionerClarification: CommissionerClarification.NotRequested);
        Assert.Equal(Truth.Unknown, DueDiligence.Check(unlisted, strict).Outcome);
        Assert.Equal(Truth.No, DueDiligence.Check(new MsoCandidate("E", commissionerClarification: CommissionerClarification.Concerns)).Outcome);
    }

    [Fact]
    public void Set_up_is_compared_with_the_survey_figures()
    {
        var lines = SampleCooperation.Municipality.SetUp.CompareWithSurvey();
        Assert.Equal(13, lines.Length);
        Assert.All(lines, l => Assert.Equal(32, l.Figure.Provenance.Respondents));
        Assert.Equal(Truth.Yes, lines.Single(l => l.Figure.Id == "qz-2020-concept-and-job-description").InGroup);
        Assert.Equal(Truth.No, lines.Single(l => l.Figure.Id == "qz-2020-concept-only").InGroup);
        Assert.Equal(Truth.Yes, lines.Single(l => l.Figure.Id == "qz-2020-rooms-several-forms").InGroup);
        Assert.All(new MunicipalSetUp().CompareWithSurvey(), l => Assert.Equal(Truth.Unknown, l.InGroup));
        var onlyConcept = new MunicipalSetUp(hasConcept: true).CompareWithSurvey();
        Assert.Equal(Truth.Unknown, onlyConcept.Single(l => l.Figure.Id == "qz-2020-concept-only").InGroup);
        Assert.Equal(Truth.Yes, onlyConcept.Single(l => l.Figure.Id == "qz-2020-concept").InGroup);
    }

    [Fact]
    public void Records_are_validated()
    {
        var partner = new CooperationPartner("Amt", PartnerKind.MunicipalOffice);
        var topics = ValueSet.Of(CooperationTopic.Sport);
        var period = CooperationPeriod.On(new LocalDate(2024, 1, 1));
        CooperationRecord Make(string id = "r", string[]? mos = null, CooperationLevel level = CooperationLevel.StandingBody, Fact<CooperationForm> form = default, ValueSet<CooperationTopic>? t = null) =>
            new(id, "Title", mos ?? ["mo"], [partner], level, form, t ?? topics, default, default, period);
        Assert.Equal("form", Assert.Throws<ArgumentException>(() => Make(form: CooperationForm.Joint)).ParamName);
        Assert.Equal("mos", Assert.Throws<ArgumentException>(() => Make(mos: [])).ParamName);
        Assert.Equal("mos", Assert.Throws<ArgumentException>(() => Make(mos: ["a", "a"])).ParamName);
        Assert.Equal("topics", Assert.Throws<ArgumentException>(() => Make(t: ValueSet.Of<CooperationTopic>())).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Make(id: "Not An Id")).ParamName);
        Assert.Throws<ArgumentException>(() => CooperationPeriod.Between(new LocalDate(2024, 2, 1), new LocalDate(2024, 1, 1)));
        Assert.Throws<ArgumentException>(() => new CooperationPortfolio("x", [Make(), Make()]));
        Assert.False(Make(level: CooperationLevel.Project).Arrangement.IsKnown);
        Assert.Equal("standing-body", Make().Arrangement.Value.Id);
    }
}
