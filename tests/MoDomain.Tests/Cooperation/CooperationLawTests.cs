using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cooperation;
using MoDomain.Rules;

namespace MoDomain.Tests.Cooperation;

/// <summary>
/// Laws behind the cooperation contract tests, over generated records and assessments: the pair list, the step order of
/// trajectories, the assessment filter as a partition, and the bounds of survey counts.
/// </summary>
public sealed class CooperationLawTests
{
    private static Config Config(int runs) => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(runs));

    [Fact]
    public void Pairs_are_the_distinct_mo_partner_pairs_in_order_of_first_appearance()
    {
        Check.One(Config(200), Prop.ForAll(CooperationGenerators.Records.ToArbitrary(), records =>
        {
            var portfolio = new CooperationPortfolio("Musterstadt", records);
            var expected = new List<(string, string)>();
            foreach (var record in records)
            {
                foreach (var mo in record.Mos)
                {
                    foreach (var partner in record.Partners)
                    {
                        if (!expected.Contains((mo, partner.Name)))
                        {
                            expected.Add((mo, partner.Name));
                        }
                    }
                }
            }
            Assert.Equal(expected, portfolio.Pairs.Select(p => (p.Key, p.Value)));
        }));
    }

    [Fact]
    public void Trajectory_steps_are_the_pairs_records_sorted_by_start_end_and_id()
    {
        Check.One(Config(200), Prop.ForAll(CooperationGenerators.Records.ToArbitrary(), records =>
        {
            var trajectory = new CooperationTrajectory("mo-a", "Integrationsbüro", records, MaturityOrder.Default);
            var ids = trajectory.Steps.Select(s => s.Record.Id).ToList();
            Assert.Equal(records.Where(r => r.Involves("mo-a", "Integrationsbüro")).Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal), ids.OrderBy(id => id, StringComparer.Ordinal));
            for (int i = 1; i < trajectory.Steps.Length; i++)
            {
                var (a, b) = (trajectory.Steps[i - 1].Record, trajectory.Steps[i].Record);
                int byStart = a.Period.Start.CompareTo(b.Period.Start);
                int byEnd = a.Period.End.CompareTo(b.Period.End);
                Assert.True(byStart < 0 || (byStart == 0 && (byEnd < 0 || (byEnd == 0 && string.CompareOrdinal(a.Id, b.Id) < 0))), $"{a.Id} before {b.Id}");
                Assert.False(trajectory.Steps[i].IsFirst);
            }
        }));
    }

    private static readonly Gen<FactorObservation[]> Observations =
        from presences in Gen.ArrayOf(Gen.Elements<Truth?>(Truth.Unknown, Truth.Yes, Truth.No, null), CooperationFactors.All.Length)
        select CooperationFactors.All.Select((f, i) => (f, p: presences[i])).Where(x => x.p is not null).Select(x => new FactorObservation(x.f.Id, x.p!.Value)).ToArray();

    [Fact]
    public void The_assessment_filter_partitions_the_statuses()
    {
        Check.One(Config(100), Prop.ForAll(Observations.ToArbitrary(), observations =>
        {
            var result = new CooperationAssessment(observations).Evaluate();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kind in Enum.GetValues<FactorKind>())
            {
                foreach (var side in Enum.GetValues<FactorSide>())
                {
                    foreach (var presence in new[] { Truth.Unknown, Truth.Yes, Truth.No })
                    {
                        foreach (var status in result.Select(kind, side, presence))
                        {
                            Assert.Equal((kind, side, presence), (status.Factor.Kind, status.Factor.Side, status.Presence));
                            Assert.True(seen.Add(status.Factor.Id));
                        }
                    }
                }
            }
            Assert.Equal(result.Statuses.Length, seen.Count);
        }));
    }

    [Fact]
    public void A_survey_count_is_accepted_exactly_between_zero_and_the_respondents()
    {
        var cases = from respondents in Gen.Choose(1, 60)
                    from count in Gen.Choose(-3, 63)
                    select (respondents, count);
        Check.One(Config(300), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var provenance = new SurveyProvenance("Umfrage", c.respondents, 2020, 2021, "qz");
            var label = new MoDomain.Vocabulary.LocalizedText("x", "x");
            bool valid = c.count >= 0 && c.count <= c.respondents;
            if (valid)
            {
                Assert.Equal(c.count, new SurveyFigure("figure", label, 0.5, c.count, provenance).Count.Value);
            }
            else
            {
                Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyFigure("figure", label, 0.5, c.count, provenance)).ParamName);
            }
        }));
    }
}
