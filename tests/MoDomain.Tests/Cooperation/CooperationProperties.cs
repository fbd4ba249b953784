using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cooperation;
using MoDomain.Interop;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Cooperation;

/// <summary>Properties of due diligence, portfolio analysis, assessment and the cooperation JSON contract (issue 5).</summary>
public sealed class CooperationProperties
{
    [Fact]
    public void Property_origin_nationality_and_religion_never_change_due_diligence_or_the_start_outcome()
    {
        var gen =
            from candidate in CooperationGenerators.Candidate
            from identity in CooperationGenerators.Identity
            from parameters in CooperationGenerators.Parameters
            select (candidate, identity, parameters);
        Check.One(CooperationGenerators.Config, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var other = t.candidate.WithIdentity(t.identity.Origin, t.identity.Nationality, t.identity.Religion);
            var a = DueDiligence.Check(t.candidate, t.parameters);
            var b = DueDiligence.Check(other, t.parameters);
            Assert.Equal(a.Outcome, b.Outcome);
            Assert.Equal(a.Evaluation.Outcome, b.Evaluation.Outcome);
            Assert.Equal(a.Reasons, b.Reasons);
            Assert.Equal(a.Evaluation.FactsRead.Select(f => (f.Id, f.Value)), b.Evaluation.FactsRead.Select(f => (f.Id, f.Value)));
            Assert.Equal(a.Evaluation.MissingFacts, b.Evaluation.MissingFacts);

            var s1 = Start(t.candidate, t.parameters);
            var s2 = Start(other, t.parameters);
            Assert.Equal(s1.DueDiligenceResults.Select(r => r.Outcome), s2.DueDiligenceResults.Select(r => r.Outcome));
            Assert.Equal(s1.ContactedCandidateDueDiligence!.Outcome, s2.ContactedCandidateDueDiligence!.Outcome);
            Assert.Equal(s1.CompletedSteps, s2.CompletedSteps);
        }));
    }

    [Fact]
    public void No_fact_descriptor_reads_origin_nationality_or_religion()
    {
        var rule = DueDiligence.Rule(DueDiligenceParameters.Default);
        var read = rule.Parts.OfType<Criterion<MsoCandidate>>().SelectMany(c => c.Reads).Select(r => r.Id).ToArray();
        Assert.Equal(["observation-report", "umbrella-memberships", "commissioner-clarification"], read);
    }

    [Fact]
    public void Property_learning_an_unknown_fact_never_flips_a_decided_due_diligence_outcome()
    {
        var gen =
            from candidate in CooperationGenerators.Candidate
            from umbrellas in Gen.SubListOf("Dachverband Nord", "Dachverband Süd").Select(l => ValueSet.OfStrings(l))
            from report in CooperationGenerators.Report
            from clarification in CooperationGenerators.Enum<CommissionerClarification>()
            from parameters in CooperationGenerators.Parameters
            select (candidate, umbrellas, report, clarification, parameters);
        Check.One(CooperationGenerators.Config, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var c = t.candidate;
            var refined = new MsoCandidate(
                c.Name, c.ActiveInRegion,
                c.UmbrellaMemberships.IsKnown ? c.UmbrellaMemberships : t.umbrellas,
                c.Character, c.Goals, c.Staffing,
                c.ObservationReport.IsKnown ? c.ObservationReport : t.report,
                c.CommissionerClarification.IsKnown ? c.CommissionerClarification : t.clarification,
                c.OriginCountry, c.Nationality, c.Religion);
            var before = DueDiligence.Check(c, t.parameters).Outcome;
            var after = DueDiligence.Check(refined, t.parameters).Outcome;
            if (before != Truth.Unknown)
            {
                Assert.Equal(before, after);
            }
        }));
    }

    [Fact]
    public void Property_distributions_count_every_known_record_and_shares_lie_in_the_unit_interval()
    {
        Check.One(CooperationGenerators.Config, Prop.ForAll(CooperationGenerators.Records.ToArbitrary(), records =>
        {
            var analysis = new CooperationPortfolio("Test", records).Analyze();
            Assert.Equal(records.Length, analysis.ByLevel.Entries.Sum(e => e.Count));
            Assert.Equal(records.Length, analysis.ByLevel.Base);
            Assert.Equal(analysis.ByForm.Base, analysis.ByForm.Entries.Sum(e => e.Count));
            Assert.Equal(analysis.ByInitiator.Base, analysis.ByInitiator.Entries.Sum(e => e.Count));
            Assert.Equal(records.Count(r => !r.Initiator.IsKnown), analysis.ByInitiator.Unknown);
            Assert.Equal(records.Sum(r => r.Topics.Count), analysis.ByTopic.Entries.Sum(e => e.Count));
            foreach (var share in analysis.ByTopic.Entries.Select(e => e.Share).Concat(analysis.ByForm.Entries.Select(e => e.Share)))
            {
                Assert.True(!share.IsKnown || share.Value is >= 0 and <= 1);
            }
            foreach (var c in analysis.EventForms.Concat(analysis.ProjectForms))
            {
                Assert.Equal(c.Observed.Share.IsKnown, c.Difference.IsKnown);
            }
            foreach (var gap in analysis.TopicGaps)
            {
                Assert.All(gap.ExceededBy, t =>
                {
                    Assert.True(CooperationSurvey.ExchangeTier(t).Value > gap.SurveyTier);
                    Assert.True(analysis.ByTopic[t].Count > gap.Count);
                });
            }
        }));
    }

    [Fact]
    public void Property_trajectory_steps_are_in_date_order_and_a_known_regression_means_no()
    {
        Check.One(CooperationGenerators.Config, Prop.ForAll(CooperationGenerators.Records.ToArbitrary(), records =>
        {
            var portfolio = new CooperationPortfolio("Test", records);
            foreach (var t in portfolio.Trajectories())
            {
                Assert.NotEmpty(t.Steps);
                Assert.True(t.Steps.Zip(t.Steps.Skip(1)).All(p => p.First.Record.Period.Start <= p.Second.Record.Period.Start));
                bool regression = false;
                for (int j = 1; j < t.Steps.Length; j++)
                {
                    for (int i = 0; i < j; i++)
                    {
                        var c = MaturityOrder.Default.Compare(t.Steps[j].Record.Level, t.Steps[j].Record.Form, t.Steps[i].Record.Level, t.Steps[i].Record.Form);
                        regression |= c.IsKnown && c.Value == MaturityComparison.Less;
                    }
                }
                if (regression)
                {
                    Assert.Equal(Truth.No, t.MovesTowardsInstitutionalisation);
                }
                if (t.MovesTowardsInstitutionalisation.IsYes)
                {
                    Assert.Equal(MaturityComparison.Greater, MaturityOrder.Default.Compare(t.Steps[^1].Record.Level, t.Steps[^1].Record.Form, t.Steps[0].Record.Level, t.Steps[0].Record.Form).Value);
                }
            }
        }));
    }

    [Fact]
    public void Property_assessment_partitions_factors_and_the_score_lies_within_its_bounds()
    {
        var factorIds = CooperationFactors.All.Select(f => f.Id).ToArray();
        var gen =
            from chosen in Gen.SubListOf(factorIds)
            from presences in Gen.CollectToArray(chosen.Select(_ => Gen.Elements(Truth.Unknown, Truth.Yes, Truth.No)))
            from weighted in Gen.SubListOf(factorIds)
            from weights in Gen.CollectToArray(weighted.Select(_ => Gen.Choose(-5, 5).Select(i => (double)i)))
            select (chosen, presences, weighted, weights);
        Check.One(CooperationGenerators.Config, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var assessment = new CooperationAssessment(t.chosen.Select((id, i) => new FactorObservation(id, t.presences[i])));
            var plain = assessment.Evaluate();
            Assert.Null(plain.Weighted);
            Assert.Equal(CooperationFactors.All.Length, plain.Present.Length + plain.Missing.Length + plain.Unknown.Length);
            var dict = t.weighted.Select((id, i) => (id, w: t.weights[i])).ToDictionary(p => p.id, p => p.w);
            var result = assessment.Evaluate(dict);
            var score = result.Weighted!;
            Assert.Equal(dict.Count, score.Weights.Count);
            Assert.True(score.Minimum <= score.Maximum);
            bool anyUnknown = dict.Keys.Any(id => result.Statuses.Single(s => s.Factor.Id == id).Presence == Truth.Unknown);
            Assert.Equal(!anyUnknown, score.Score.IsKnown);
            if (score.Score.IsKnown)
            {
                Assert.Equal(score.Minimum, score.Score.Value);
                Assert.Equal(score.Maximum, score.Score.Value);
                Assert.Equal(dict.Where(p => result.Statuses.Single(s => s.Factor.Id == p.Key).Presence == Truth.Yes).Sum(p => p.Value), score.Score.Value);
            }
        }));
    }

    [Fact]
    public void Property_municipality_json_round_trips()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(150)), Prop.ForAll(CooperationGenerators.Municipality.ToArbitrary(), m =>
        {
            string json = CooperationJson.SerializeMunicipality(m);
            var back = CooperationJson.DeserializeMunicipality(json);
            Assert.Equal(json, CooperationJson.SerializeMunicipality(back));
            Assert.Equal(m.Name, back.Name);
            Assert.Equal(m.Records.Length, back.Records.Length);
            for (int i = 0; i < m.Records.Length; i++)
            {
                var (a, b) = (m.Records[i], back.Records[i]);
                Assert.Equal((a.Id, a.Level, a.Form, a.Initiator, a.Period), (b.Id, b.Level, b.Form, b.Initiator, b.Period));
                Assert.Equal(a.Topics, b.Topics);
                Assert.Equal(a.Roles, b.Roles);
                Assert.Equal(a.Mos, b.Mos);
                Assert.Equal(a.Partners, b.Partners);
            }
            Assert.Equal(m.SetUp.StaffShare, back.SetUp.StaffShare);
            Assert.Equal(m.SetUp.RoomProvision, back.SetUp.RoomProvision);
            Assert.Equal(m.SetUp.HasConcept, back.SetUp.HasConcept);
            Assert.Equal(CooperationJson.SerializeRecords(m.Records), CooperationJson.SerializeRecords(CooperationJson.DeserializeRecords(CooperationJson.SerializeRecords(m.Records))));
        }));
    }

    private static CooperationStart Start(MsoCandidate candidate, DueDiligenceParameters parameters) =>
        CooperationStart.Begin("Test", parameters)
            .DefineGoals(new GoalsDefinition(["Goal"], "For us", "For them"))
            .FindMso(new MsoSearch([candidate], []))
            .MakeFirstContact(new FirstContactRecord(candidate.Name, new LocalDate(2024, 1, 1), ContactForm.InPerson));
}
