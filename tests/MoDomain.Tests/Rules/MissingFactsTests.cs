using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Rules;

/// <summary><c>MissingFacts</c> is empty exactly when decided and, when undetermined, names facts that would decide it.</summary>
public sealed class MissingFactsTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true);

    [Fact]
    public void Property_missing_facts_are_empty_iff_the_outcome_is_decided_in_every_node()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            foreach (var rule in TestRules.AllRules)
            {
                foreach (var node in TestRules.Nodes(rule.Evaluate(p)))
                {
                    Assert.True(node.MissingFacts.IsEmpty == node.Outcome.IsDecided, $"{node.RuleId}: {node.Outcome} with missing [{string.Join(",", node.MissingFacts)}]; {Generators.Describe(p)}");
                }
            }
        }));
    }

    [Fact]
    public void Property_every_missing_fact_was_read_and_is_unknown_unless_the_legal_form_is_vague()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            foreach (var rule in TestRules.AllRules)
            {
                foreach (var node in TestRules.Nodes(rule.Evaluate(p)))
                {
                    var read = node.FactsRead.ToDictionary(f => f.Id, StringComparer.Ordinal);
                    Assert.Equal(read.Count, node.FactsRead.Length);
                    foreach (var id in node.MissingFacts)
                    {
                        Assert.True(read.ContainsKey(id), $"{node.RuleId} misses '{id}' which it did not read");
                        Assert.True(ConceptIds.IsValid(id));
                        var slot = Generators.SlotOf(id);
                        bool vagueLegalForm = id == "legal-form" && p.LegalForm.IsKnown && p.LegalForm.Value == LegalForm.Other;
                        Assert.True(!slot.IsKnown(p) || vagueLegalForm, $"{node.RuleId} misses '{id}' which is known; {Generators.Describe(p)}");
                        Assert.Equal(slot.IsKnown(p), read[id].IsKnown);
                    }
                }
            }
        }));
    }

    [Fact]
    public void Property_making_the_missing_facts_known_decides_the_outcome()
    {
        var cases = (from p in Generators.SparseProfile
                     from rule in Gen.Elements(TestRules.AllRules.ToArray())
                     let missing = rule.Evaluate(p).MissingFacts
                     from setters in Gen.CollectToArray(missing.Select(id => Generators.SlotOf(id).Known(p.AsOf)))
                     select (Rule: rule, Before: p, After: Generators.Apply(p, setters), Missing: string.Join(",", missing))).ToArbitrary();
        Check.One(Config.WithMaxTest(Generators.ManyRuns), Prop.ForAll(cases, c =>
        {
            var outcome = c.Rule.Evaluate(c.After).Outcome;
            Assert.True(outcome.IsDecided, $"{c.Rule.Id} still undetermined after filling [{c.Missing}]; {Generators.Describe(c.After)}");
        }));
    }

    [Fact]
    public void Property_facts_read_report_every_read_fact_with_its_invariant_value()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            foreach (var criterion in TestRules.AllRules.OfType<Criterion<OrganisationProfile>>())
            {
                var evaluation = criterion.Evaluate(p);
                Assert.Equal(criterion.Reads.Select(r => r.Id), evaluation.FactsRead.Select(f => f.Id));
                foreach (var reading in evaluation.FactsRead)
                {
                    Assert.Equal(Generators.SlotOf(reading.Id).IsKnown(p), reading.IsKnown);
                }
            }
            var definitionEvaluation = StandardDefinitions.Svr2020.Rule.Evaluate(p);
            Assert.Equal(
                ["legal-form", "non-profit-status", "carrier-migrant-share", "founded-by-migrants", "migration-references"],
                definitionEvaluation.FactsRead.Select(f => f.Id).ToArray());
        }));
    }

    [Fact]
    public void Undetermined_samples_name_their_missing_facts()
    {
        var academics = Sample("akademikerforum-entwicklung");
        var svr = StandardDefinitions.Svr2020.Classify(academics);
        Assert.Equal(Truth.Unknown, svr.Verdict);
        Assert.Equal(["carrier-migrant-share", "founded-by-migrants"], svr.Evaluation.MissingFacts.ToArray());
        Assert.Equal(["carrier-migrant-share", "founded-by-migrants"], TestRules.Node(svr.Evaluation, "migrant-carried-or-founded").MissingFacts.ToArray());
        var bpb = StandardDefinitions.Bpb2013.Classify(academics);
        Assert.Equal(Truth.Unknown, bpb.Verdict);
        Assert.Equal(["member-migrant-share", "migrant-role-in-structures"], bpb.Evaluation.MissingFacts.ToArray());

        var faith = StandardDefinitions.Svr2020.Classify(Sample("glaubensgemeinschaft-lichtblick"));
        Assert.Equal(Truth.Unknown, faith.Verdict);
        Assert.Equal(["legal-form", "non-profit-status", "migration-references"], faith.Evaluation.MissingFacts.ToArray());
        Assert.Equal(Truth.Yes, TestRules.Node(faith.Evaluation, "migrant-carried-or-founded").Outcome);

        var women = StandardDefinitions.Svr2020.Classify(Sample("frauentreff-miteinander"));
        Assert.Equal(Truth.Unknown, women.Verdict);
        Assert.Equal(["non-profit-status"], women.Evaluation.MissingFacts.ToArray());
        Assert.Equal(Truth.Yes, StandardDefinitions.Bpb2013.Decide(Sample("frauentreff-miteinander")));
    }

    [Fact]
    public void A_fact_that_cannot_change_the_outcome_is_not_listed()
    {
        // Founded by migrants decides criterion 2 whatever the carrier share; the unknown share must not be listed.
        var p = new OrganisationProfile("Example", SampleData.AsOf, foundedByMigrants: true);
        var evaluation = StandardDefinitions.Svr2020.Rule.Evaluate(p);
        Assert.Equal(Truth.Unknown, evaluation.Outcome);
        Assert.DoesNotContain("carrier-migrant-share", evaluation.MissingFacts);
        Assert.Equal(["legal-form", "non-profit-status", "migration-references"], evaluation.MissingFacts.ToArray());

        // One criterion failing decides the definition: nothing is missing although most facts are unknown.
        var failing = new OrganisationProfile("Example", SampleData.AsOf, legalForm: LegalForm.Foundation);
        var failed = StandardDefinitions.Svr2020.Rule.Evaluate(failing);
        Assert.Equal(Truth.No, failed.Outcome);
        Assert.Empty(failed.MissingFacts);
    }

    [Fact]
    public void A_known_but_vague_legal_form_is_listed_as_the_fact_to_clarify()
    {
        var p = new OrganisationProfile("Example", SampleData.AsOf, legalForm: LegalForm.Other, nonProfitStatus: NonProfitStatus.Recognised);
        var node = TestRules.Node(StandardDefinitions.Svr2020.Rule.Evaluate(p), "association-of-persons");
        Assert.Equal(Truth.Unknown, node.Outcome);
        Assert.Equal(["legal-form"], node.MissingFacts.ToArray());
        Assert.Contains("other", node.Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluation_rejects_missing_facts_for_a_decided_outcome()
    {
        var label = new LocalizedText("Label", "Bezeichnung");
        var ex = Assert.ThrowsAny<ArgumentException>(() => new Evaluation("some-rule", label, SourceKeys.Model, Truth.Yes, label, [], ["legal-form"], []));
        Assert.Equal("missingFacts", ex.ParamName);
        var bad = Assert.ThrowsAny<ArgumentException>(() => new Evaluation("some-rule", label, SourceKeys.Model, Truth.Unknown, label, [], ["Not An Id"], []));
        Assert.Equal("missingFacts", bad.ParamName);
        var ok = new Evaluation("some-rule", label, SourceKeys.Model, Truth.Unknown, label, [], ["legal-form", "legal-form"], []);
        Assert.Equal(["legal-form"], ok.MissingFacts.ToArray());
    }

    private static OrganisationProfile Sample(string id) => SampleData.Organisations.Single(o => o.Id == id).Profile;
}
