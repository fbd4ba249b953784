using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Funding;

public sealed class FundingPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(FundingGenerators.Runs);

    [Fact]
    public void A_time_based_requirement_met_at_a_date_is_met_at_every_later_date()
    {
        var arb = (from sa in FundingGenerators.SpecAtDate
                   from later in Gen.Choose(0, 4_000)
                   from r in Gen.Elements(FundingGenerators.TimeBasedRequirements.ToArray())
                   from funder in Gen.Elements<FunderKind?>(null, FunderKind.MunicipalYouthEducationDepartment, FunderKind.Land)
                   select (sa.Spec, sa.At, Later: sa.At.PlusDays(later), Requirement: r, Funder: funder)).ToArbitrary();
        Check.One(Config, Prop.ForAll(arb, x =>
        {
            var c = x.Spec.Build();
            bool metThen = x.Requirement.Rule.Decide(new FundingSubject(c, x.At, x.Funder)).IsYes;
            return !metThen || x.Requirement.Rule.Decide(new FundingSubject(c, x.Later, x.Funder)).IsYes;
        }));
    }

    [Fact]
    public void The_predicted_date_is_the_first_date_on_which_the_requirement_holds()
    {
        var arb = (from sa in FundingGenerators.SpecAtDate
                   from r in Gen.Elements(FundingGenerators.TimeBasedRequirements.ToArray())
                   from probe in Gen.Choose(1, 5_000)
                   select (sa.Spec, sa.At, Requirement: r, Probe: probe)).ToArbitrary();
        Check.One(Config, Prop.ForAll(arb, x =>
        {
            var subject = new FundingSubject(x.Spec.Build(), x.At);
            var date = FundingGapAnalysis.FirstDateMet(x.Requirement, subject);
            bool metNow = x.Requirement.Rule.Decide(subject).IsYes;
            bool metAtProbe = x.Requirement.Rule.Decide(subject.WithDate(x.At.PlusDays(x.Probe))).IsYes;
            if (date is { } d)
            {
                // Met there, not met the day before, and after the evaluation date.
                return d > x.At
                    && x.Requirement.Rule.Decide(subject.WithDate(d)).IsYes
                    && !x.Requirement.Rule.Decide(subject.WithDate(d.PlusDays(-1))).IsYes
                    && (!metAtProbe || d <= x.At.PlusDays(x.Probe));
            }
            // No date: either met already, or it does not become met at the probe either (completeness).
            return metNow || !metAtProbe;
        }));
    }

    [Fact]
    public void Section_75_entitlement_never_precedes_three_years_after_the_youth_welfare_start()
    {
        Check.One(Config, Prop.ForAll(FundingGenerators.SpecAtDateArb, x =>
        {
            var c = x.Spec.Build();
            var status = YouthWelfareRecognition.Assess(c, x.At).Status;
            if (status != RecognitionStatus.Entitled)
            {
                return true;
            }
            return c.YouthWelfareStart.IsKnown && x.At >= FundingPeriods.FirstDayAfterYears(c.YouthWelfareStart.Value, 3)
                && x.At >= c.YouthWelfareStart.Value.PlusYears(3);
        }));
    }

    [Fact]
    public void The_founding_date_never_changes_the_section_75_outcome_when_the_youth_welfare_start_is_known()
    {
        var arb = (from sa in FundingGenerators.SpecAtDate
                   from start in FundingGenerators.DateOnOrBefore(sa.Spec.AsOf)
                   from founding in Gen.Choose(0, 20_000)
                   select (Spec: sa.Spec with { YouthStart = start, Works = default }, sa.At, Founding: sa.Spec.AsOf.PlusDays(-founding))).ToArbitrary();
        Check.One(Config, Prop.ForAll(arb, x =>
        {
            var a = x.Spec.Build();
            var b = (x.Spec with { Founding = x.Founding }).Build();
            var c = (x.Spec with { Founding = default }).Build();
            var sa = YouthWelfareRecognition.Assess(a, x.At).Status;
            return sa == YouthWelfareRecognition.Assess(b, x.At).Status
                && sa == YouthWelfareRecognition.Assess(c, x.At).Status
                && FundingPolicies.YouthWelfareRecognition.Decide(new FundingSubject(a, x.At)) == FundingPolicies.YouthWelfareRecognition.Decide(new FundingSubject(b, x.At));
        }));
    }

    [Fact]
    public void Individuals_are_never_recognisable_and_churches_always_recognised_by_law()
    {
        Check.One(Config, Prop.ForAll(FundingGenerators.SpecAtDateArb, x =>
        {
            var individual = (x.Spec with { Kind = LegalPersonKind.Individual, LegalForm = MoDomain.Definitions.LegalForm.Other }).Build();
            var church = (x.Spec with { Kind = LegalPersonKind.Church }).Build();
            var federal = (x.Spec with { Kind = LegalPersonKind.FederalFreeWelfareAssociation }).Build();
            var publicLaw = (x.Spec with { Kind = LegalPersonKind.PublicLawReligiousCommunity }).Build();
            return YouthWelfareRecognition.Assess(individual, x.At).Status == RecognitionStatus.NotRecognisable
                && YouthWelfareRecognition.Assess(church, x.At).Status == RecognitionStatus.RecognisedByLaw
                && YouthWelfareRecognition.Assess(federal, x.At).Status == RecognitionStatus.RecognisedByLaw
                && YouthWelfareRecognition.Assess(publicLaw, x.At).Status == RecognitionStatus.RecognisedByLaw;
        }));
    }

    [Fact]
    public void Learning_an_unknown_fact_never_flips_a_decided_eligibility_or_recognition_status()
    {
        var policies = FundingPolicies.All.Append(FundingPolicies.CreateInstitutionalFunding(5, RecognitionStatus.MayBeRecognised, [])).ToArray();
        Check.One(Config, Prop.ForAll(FundingGenerators.RefinementArb, r =>
        {
            var coarse = r.Coarse.Build();
            var fine = r.Fine.Build();
            foreach (var funder in new FunderKind?[] { null, FunderKind.MunicipalYouthEducationDepartment })
            {
                foreach (var policy in policies)
                {
                    var before = policy.Decide(new FundingSubject(coarse, r.At, funder));
                    var after = policy.Decide(new FundingSubject(fine, r.At, funder));
                    if (before.IsDecided && before != after)
                    {
                        return false;
                    }
                    if (policy.Evaluate(new FundingSubject(coarse, r.At, funder)).Outcome != before)
                    {
                        return false; // Decide and Evaluate agree
                    }
                }
            }
            foreach (var subdivisions in new[] { Truth.No, Truth.Unknown, Truth.Yes })
            {
                var s1 = YouthWelfareRecognition.Assess(coarse, r.At, subdivisions).Status;
                var s2 = YouthWelfareRecognition.Assess(fine, r.At, subdivisions).Status;
                if (s1 != RecognitionStatus.Undetermined && s1 != s2)
                {
                    return false;
                }
            }
            return true;
        }));
    }

    [Fact]
    public void Award_queries_do_not_depend_on_the_order_of_the_awards()
    {
        var arb = (from awards in Gen.ListOf(FundingGenerators.Award)
                   from shuffled in Gen.Shuffle(awards.ToArray())
                   from at in Gen.Choose(-100, 5_000).Select(d => new LocalDate(2000, 1, 1).PlusDays(d))
                   select (Awards: awards.ToArray(), Shuffled: shuffled.ToArray(), At: at)).ToArbitrary();
        Check.One(Config, Prop.ForAll(arb, x =>
        {
            var a = new AwardHistory(x.Awards);
            var b = new AwardHistory(x.Shuffled);
            return a.Equals(b)
                && a.InForce(x.At).SequenceEqual(b.InForce(x.At))
                && a.HighestRungHeld(x.At, FundingLadder.Default) == b.HighestRungHeld(x.At, FundingLadder.Default)
                && a.DependsOnlyOnTimeLimited(x.At) == b.DependsOnlyOnTimeLimited(x.At)
                && a.TotalInForce(x.At).SequenceEqual(b.TotalInForce(x.At))
                && a.CountWithoutAmount(x.At) == b.CountWithoutAmount(x.At)
                && a.InForce(x.At).Length == x.Awards.Count(w => w.IsInForceOn(x.At));
        }));
    }

    [Fact]
    public void The_highest_rung_held_is_on_the_ladder_and_no_award_in_force_is_higher()
    {
        var arb = (from awards in Gen.ListOf(FundingGenerators.Award)
                   from ladder in FundingGenerators.Ladder
                   from at in Gen.Choose(0, 5_000).Select(d => new LocalDate(2000, 1, 1).PlusDays(d))
                   select (Awards: awards.ToArray(), Ladder: ladder, At: at)).ToArbitrary();
        Check.One(Config, Prop.ForAll(arb, x =>
        {
            var history = new AwardHistory(x.Awards);
            var held = history.HighestRungHeld(x.At, x.Ladder);
            var onLadder = history.InForce(x.At).Where(a => x.Ladder.Contains(a.Form)).ToArray();
            if (held is not { } top)
            {
                return onLadder.Length == 0;
            }
            return onLadder.Any(a => a.Form == top) && onLadder.All(a => !x.Ladder.IsAbove(a.Form, top));
        }));
    }

    [Fact]
    public void Custom_ladders_are_strict_total_orders_and_rebuild_from_their_relations()
    {
        Check.One(Config, Prop.ForAll(FundingGenerators.Ladder.ToArbitrary(), ladder =>
        {
            var forms = ladder.Rungs.Select(r => r.Form).ToArray();
            foreach (var a in forms)
            {
                if (ladder.IsAbove(a, a) || ladder.Compare(a, a) != 0)
                {
                    return false;
                }
                foreach (var b in forms)
                {
                    if (a != b && (ladder.IsAbove(a, b) == ladder.IsAbove(b, a)))
                    {
                        return false; // exactly one direction
                    }
                }
            }
            var pairs = ladder.Rungs.Zip(ladder.Rungs.Skip(1), (lower, higher) => (higher.Form, lower.Form));
            var rebuilt = FundingLadder.FromRelations(ladder.Id, ladder.Label, ladder.Rungs.Reverse(), pairs);
            return rebuilt.Equals(ladder);
        }));
    }

    [Fact]
    public void A_custom_ladder_with_a_cycle_or_a_duplicate_rung_is_rejected()
    {
        Check.One(Config, Prop.ForAll(FundingGenerators.Ladder.Where(l => l.Rungs.Length >= 2).ToArbitrary(), ladder =>
        {
            var rungs = ladder.Rungs.ToArray();
            var pairs = rungs.Zip(rungs.Skip(1), (lower, higher) => (higher.Form, lower.Form)).ToList();
            pairs.Add((rungs[0].Form, rungs[^1].Form)); // bottom above top closes a cycle
            bool cycleRejected = Throws(() => FundingLadder.FromRelations(ladder.Id, ladder.Label, rungs, pairs));
            bool duplicateRejected = Throws(() => _ = new FundingLadder(ladder.Id, ladder.Label, rungs.Append(rungs[0])));
            string json = FundingJson.SerializeLadder(ladder);
            string duplicated = json.Replace(
                $"\"form\": \"{FundingVocabulary.Forms.IdOf(rungs[1].Form)}\"",
                $"\"form\": \"{FundingVocabulary.Forms.IdOf(rungs[0].Form)}\"",
                StringComparison.Ordinal);
            bool jsonRejected = ThrowsJson(() => FundingJson.DeserializeLadder(duplicated), "$.rungs[1].form");
            return cycleRejected && duplicateRejected && jsonRejected;
        }));
    }

    [Fact]
    public void Policies_and_ladders_survive_a_json_round_trip()
    {
        Check.One(Config, Prop.ForAll(FundingGenerators.Policy.ToArbitrary(), policy =>
        {
            var back = FundingJson.DeserializePolicy(FundingJson.SerializePolicy(policy));
            var many = FundingJson.DeserializePolicies(FundingJson.SerializePolicies([policy, FundingPolicies.InstitutionalFunding]));
            return back.Equals(policy) && many[0].Equals(policy) && many[1].Equals(FundingPolicies.InstitutionalFunding);
        }));
        Check.One(Config, Prop.ForAll(FundingGenerators.Ladder.ToArbitrary(), ladder =>
            FundingJson.DeserializeLadder(FundingJson.SerializeLadder(ladder)).Equals(ladder)));
    }

    [Fact]
    public void Round_tripped_policies_decide_like_the_original()
    {
        var arb = (from p in FundingGenerators.Policy from sa in FundingGenerators.SpecAtDate select (Policy: p, sa.Spec, sa.At)).ToArbitrary();
        Check.One(Config, Prop.ForAll(arb, x =>
        {
            var back = FundingJson.DeserializePolicy(FundingJson.SerializePolicy(x.Policy));
            var subject = new FundingSubject(x.Spec.Build(), x.At, FunderKind.MunicipalYouthEducationDepartment);
            return back.Decide(subject) == x.Policy.Decide(subject);
        }));
    }

    [Fact]
    public void The_gap_analysis_reports_the_top_most_rung_met_and_the_rung_above_it()
    {
        var arb = (from sa in FundingGenerators.SpecAtDate
                   from funder in Gen.Elements<FunderKind?>(null, FunderKind.MunicipalYouthEducationDepartment)
                   select (sa.Spec, sa.At, Funder: funder)).ToArbitrary();
        Check.One(Config, Prop.ForAll(arb, x =>
        {
            var subject = new FundingSubject(x.Spec.Build(), x.At, x.Funder);
            var gap = FundingGapAnalysis.Analyse(subject);
            var rungs = FundingLadder.Default.Rungs;
            int highest = gap.HighestRungMet is { } h ? rungs.IndexOf(h) : -1;
            bool aboveNotMet = gap.RungOutcomes.Skip(highest + 1).All(t => !t.IsYes);
            bool next = highest + 1 < rungs.Length ? gap.NextRung == rungs[highest + 1] : gap.NextRung is null;
            bool blocking = gap.NextRungResult is null
                ? gap.Blocking.IsEmpty
                : gap.Blocking.Select(b => b.Requirement).SequenceEqual(gap.NextRungResult.Requirements.Where(r => !r.Outcome.IsYes).Select(r => r.Requirement));
            return (highest < 0 || gap.RungOutcomes[highest].IsYes) && aboveNotMet && next && blocking;
        }));
    }

    [Fact]
    public void Deciding_a_policy_allocates_nothing()
    {
        var subjects = FundingGenerators.FullSpec.Sample(200).Select((s, i) => new FundingSubject(s.Mask(j => (i + j) % 4 != 0).Build(), s.AsOf.PlusDays(i * 17), i % 2 == 0 ? FunderKind.MunicipalYouthEducationDepartment : null)).ToArray();
        int sum = 0;
        for (int round = 0; round < 50; round++)
        {
            foreach (var policy in FundingPolicies.All)
            {
                foreach (var s in subjects)
                {
                    sum += policy.Decide(s).IsYes ? 1 : 0;
                }
            }
        }
        var report = new System.Text.StringBuilder();
        long total = 0;
        foreach (var policy in FundingPolicies.All)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var s in subjects)
            {
                sum += policy.Decide(s).IsYes ? 1 : 0;
            }
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            total += allocated;
            report.Append(policy.Id).Append('=').Append(allocated).Append(' ');
        }
        Assert.True(total == 0, report.ToString());
        Assert.True(sum >= 0);
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static bool ThrowsJson(Action action, string path)
    {
        try
        {
            action();
            return false;
        }
        catch (System.Text.Json.JsonException ex)
        {
            return ex.Message.Contains(path, StringComparison.Ordinal);
        }
    }
}
