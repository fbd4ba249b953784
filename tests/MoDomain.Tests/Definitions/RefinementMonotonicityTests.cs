using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;

namespace MoDomain.Tests.Definitions;

/// <summary>
/// Refinement monotonicity: replacing unknown facts with known values never turns a decided verdict into a different
/// decided verdict, for both definitions, every criterion and sub-criterion, and the container term, on both the
/// verdict-only path and the explained path.
/// </summary>
public sealed class RefinementMonotonicityTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true);

    [Fact]
    public void Property_decide_never_flips_a_decided_outcome_when_unknown_facts_become_known()
    {
        Check.One(Config, Prop.ForAll(Generators.RefinementArb, r =>
        {
            foreach (var rule in TestRules.AllRules)
            {
                var before = rule.Decide(r.Before);
                var after = rule.Decide(r.After);
                Assert.True(before.IsUnknown || before == after, $"{rule.Id}: {before} became {after}; {r}");
            }
        }));
    }

    [Fact]
    public void Property_evaluate_never_flips_a_decided_outcome_when_unknown_facts_become_known()
    {
        Check.One(Config, Prop.ForAll(Generators.RefinementArb, r =>
        {
            foreach (var rule in TestRules.AllRules)
            {
                var before = rule.Evaluate(r.Before).Outcome;
                var after = rule.Evaluate(r.After).Outcome;
                Assert.True(before.IsUnknown || before == after, $"{rule.Id}: {before} became {after}; {r}");
            }
            foreach (var definition in TestRules.Definitions)
            {
                var before = definition.Classify(r.Before).Verdict;
                var after = definition.Classify(r.After).Verdict;
                Assert.True(before.IsUnknown || before == after, $"{definition.Id}: {before} became {after}; {r}");
            }
        }));
    }

    [Fact]
    public void Property_refining_only_facts_no_rule_misses_keeps_every_outcome()
    {
        // A fact that is not listed as missing cannot decide anything: making only such facts known leaves even
        // unknown outcomes unknown, as long as the missing facts themselves stay unknown.
        Check.One(Config, Prop.ForAll(Generators.RefinementArb, r =>
        {
            foreach (var definition in TestRules.Definitions)
            {
                var before = definition.Rule.Evaluate(r.Before);
                bool touchesMissing = before.MissingFacts.Any(id => r.Filled.Split(", ").Contains(id));
                if (!touchesMissing)
                {
                    var after = definition.Decide(r.After);
                    Assert.True(before.Outcome == after, $"{definition.Id}: {before.Outcome} became {after} without touching [{string.Join(",", before.MissingFacts)}]; {r}");
                }
            }
        }));
    }

    [Fact]
    public void Property_completing_every_fact_decides_everything_unless_the_legal_form_is_other()
    {
        var complete = (from p in Generators.SparseProfile
                        from setters in Gen.CollectToArray(Generators.Slots.Where(s => !s.IsKnown(p)).Select(s => s.Known(p.AsOf)))
                        select new Refinement(p, Generators.Apply(p, setters), "all")).ToArbitrary();
        Check.One(Config, Prop.ForAll(complete, r =>
        {
            bool vague = r.After.LegalForm.IsKnown && r.After.LegalForm.Value == LegalForm.Other;
            foreach (var rule in TestRules.AllRules)
            {
                var outcome = rule.Decide(r.After);
                bool readsLegalForm = TestRules.Descendants(rule).OfType<Criterion<OrganisationProfile>>().Any(c => c.Reads.Any(f => f.Id == "legal-form"));
                Assert.True(outcome.IsDecided || (vague && readsLegalForm), $"{rule.Id} undetermined on a complete profile; {r}");
            }
        }));
    }

    [Fact]
    public void Refinement_example_unknown_founders_then_known()
    {
        var sample = MoDomain.Samples.SampleData.Organisations.Single(o => o.Id == "akademikerforum-entwicklung").Profile;
        Assert.Equal(Truth.Unknown, StandardDefinitions.Svr2020.Decide(sample));
        Assert.Equal(Truth.Yes, StandardDefinitions.Svr2020.Decide(sample.With(b => b.FoundedByMigrants = true)));
        Assert.Equal(Truth.No, StandardDefinitions.Svr2020.Decide(sample.With(b => { b.FoundedByMigrants = false; b.CarrierMigrantShare = 0.2; })));
        Assert.Equal(Truth.Unknown, StandardDefinitions.Svr2020.Decide(sample.With(b => b.FoundedByMigrants = false)));
    }
}
