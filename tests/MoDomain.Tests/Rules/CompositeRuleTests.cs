using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Rules;

/// <summary>Composite laws: all-of folds with AND, any-of with OR, negation flips; callers compose their own definitions.</summary>
public sealed class CompositeRuleTests
{
    private static readonly LocalizedText Label = new("Label", "Bezeichnung");

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.ManyRuns).WithQuietOnSuccess(true);

    private static Arbitrary<Truth[]> TruthLists { get; } =
        (from n in Gen.Choose(1, 6)
         from values in Gen.ArrayOf(Generators.TruthValue, n)
         select values).ToArbitrary();

    [Fact]
    public void Property_all_of_is_the_and_fold_of_its_parts()
    {
        var subject = SampleData.Profiles[0];
        Check.One(Config, Prop.ForAll(TruthLists, values =>
        {
            var rule = new AllOf<OrganisationProfile>("all", Label, SourceKeys.Model, Constants(values));
            var expected = values.Aggregate(Truth.Yes, (a, b) => a & b);
            var evaluation = rule.Evaluate(subject);
            Assert.Equal(expected, rule.Decide(subject));
            Assert.Equal(expected, evaluation.Outcome);
            Assert.Equal(values, evaluation.Parts.Select(e => e.Outcome).ToArray());
            Assert.Equal(expected.IsUnknown ? values.Select((v, i) => (v, i)).Where(t => t.v.IsUnknown).Select(t => $"fact-{t.i}") : [], evaluation.MissingFacts);
        }));
    }

    [Fact]
    public void Property_any_of_is_the_or_fold_of_its_parts()
    {
        var subject = SampleData.Profiles[0];
        Check.One(Config, Prop.ForAll(TruthLists, values =>
        {
            var rule = new AnyOf<OrganisationProfile>("any", Label, SourceKeys.Model, Constants(values));
            var expected = values.Aggregate(Truth.No, (a, b) => a | b);
            var evaluation = rule.Evaluate(subject);
            Assert.Equal(expected, rule.Decide(subject));
            Assert.Equal(expected, evaluation.Outcome);
            Assert.Equal(values.Length, evaluation.Parts.Length);
            Assert.Equal(expected.IsUnknown ? values.Select((v, i) => (v, i)).Where(t => t.v.IsUnknown).Select(t => $"fact-{t.i}") : [], evaluation.MissingFacts);
        }));
    }

    [Fact]
    public void Property_negation_flips_and_keeps_missing_facts()
    {
        var subject = SampleData.Profiles[0];
        Check.One(Config, Prop.ForAll(Generators.TruthArb, value =>
        {
            var inner = Constants([value])[0];
            var rule = new Negation<OrganisationProfile>("not", Label, SourceKeys.Model, inner);
            var evaluation = rule.Evaluate(subject);
            Assert.Equal(!value, rule.Decide(subject));
            Assert.Equal(!value, evaluation.Outcome);
            Assert.Equal(inner.Evaluate(subject).MissingFacts, evaluation.MissingFacts);
            Assert.Same(inner, Assert.Single(rule.Parts));
            Assert.Equal(value, Assert.Single(evaluation.Parts).Outcome);
        }));
    }

    [Fact]
    public void Property_every_composite_node_of_the_definitions_folds_its_parts()
    {
        Check.One(Config.WithMaxTest(Generators.Runs), Prop.ForAll(Generators.ProfileArb, p =>
        {
            foreach (var definition in TestRules.Definitions)
            {
                foreach (var node in TestRules.Nodes(definition.Rule.Evaluate(p)))
                {
                    var rule = TestRules.Rule(node.RuleId);
                    var parts = node.Parts.Select(e => e.Outcome).ToArray();
                    switch (rule)
                    {
                        case AllOf<OrganisationProfile>:
                            Assert.Equal(parts.Aggregate(Truth.Yes, (a, b) => a & b), node.Outcome);
                            break;
                        case AnyOf<OrganisationProfile>:
                            Assert.Equal(parts.Aggregate(Truth.No, (a, b) => a | b), node.Outcome);
                            break;
                        default:
                            Assert.Empty(parts);
                            break;
                    }
                    Assert.Equal(rule.Parts.Select(r => r.Id), node.Parts.Select(e => e.RuleId));
                    var missingOfUnknownParts = node.Parts.Where(e => e.Outcome.IsUnknown).SelectMany(e => e.MissingFacts).ToHashSet();
                    Assert.True(node.Parts.IsEmpty || node.MissingFacts.All(missingOfUnknownParts.Contains), $"{node.RuleId} lists a fact no unknown part misses");
                }
            }
        }));
    }

    [Fact]
    public void Property_random_rule_trees_agree_with_a_reference_interpreter()
    {
        var cases = (from tree in Tree(3)
                     from p in Generators.Profile
                     select (Tree: tree, Profile: p)).ToArbitrary();
        Check.One(Config.WithMaxTest(Generators.Runs), Prop.ForAll(cases, c =>
        {
            var expected = Reference(c.Tree, c.Profile);
            Assert.Equal(expected, c.Tree.Decide(c.Profile));
            var evaluation = c.Tree.Evaluate(c.Profile);
            Assert.Equal(expected, evaluation.Outcome);
            Assert.Equal(expected.IsUnknown, !evaluation.MissingFacts.IsEmpty);
        }));
    }

    [Fact]
    public void Custom_definition_from_svr_criteria_one_and_three_works()
    {
        var svr = StandardDefinitions.Svr2020;
        var custom = new Definition(
            "svr-without-criterion-2",
            new LocalizedText("SVR criteria 1 and 3 only", "Nur SVR-Kriterien 1 und 3"),
            SourceKeys.Interpretive,
            "A caller's variant that ignores who carries or founded the organisation.",
            [svr.Criteria[0], svr.Criteria[2]]);
        Assert.Equal(["non-profit-association", "migration-experience-central"], custom.Criteria.Select(c => c.Id).ToArray());

        var friends = SampleData.Organisations.Single(o => o.Id == "freundeskreis-lissabon").Profile;
        Assert.Equal(Truth.No, svr.Decide(friends));
        Assert.Equal(Truth.Yes, custom.Decide(friends));
        var classification = custom.Classify(friends);
        Assert.Equal(Truth.Yes, classification.Verdict);
        Assert.Equal(2, classification.Evaluation.Parts.Length);
        Assert.Equal("All 2 criteria are met.", classification.Evaluation.Explanation.English);

        Check.One(Config.WithMaxTest(Generators.Runs), Prop.ForAll(Generators.ProfileArb, p =>
            custom.Decide(p) == (svr.Criteria[0].Decide(p) & svr.Criteria[2].Decide(p))
            && custom.Classify(p).Verdict == custom.Decide(p)
            && (svr.Decide(p) <= custom.Decide(p))));

        var set = DefinitionSet.Default.With(custom);
        Assert.Equal(["svr-2020", "bpb-2013", "svr-without-criterion-2"], set.Definitions.Select(d => d.Id).ToArray());
        Assert.Equal(2, DefinitionSet.Default.Definitions.Length);
        var report = set.ClassifyAll(friends);
        Assert.True(report.TryGet("svr-without-criterion-2", out var fromSet));
        Assert.Equal(Truth.Yes, fromSet.Verdict);
        Assert.False(report.TryGet("nope", out _));
    }

    [Fact]
    public void Replacing_a_definition_by_id_keeps_the_order()
    {
        var strict = StandardDefinitions.CreateBpb2013(new BpbParameters(0.75, InternalRole.Leading, BpbParameters.Default.MigrantInterestPurposes));
        var set = DefinitionSet.Default.With(strict);
        Assert.Equal(["svr-2020", "bpb-2013"], set.Definitions.Select(d => d.Id).ToArray());
        Assert.Same(strict, set.Definitions[1]);
        Assert.True(set.TryGet("bpb-2013", out var found));
        Assert.Same(strict, found);
        Assert.True(DefinitionSet.Default.TryGet("bpb-2013", out var original));
        Assert.Same(StandardDefinitions.Bpb2013, original);
    }

    [Fact]
    public void Custom_criterion_over_library_fact_descriptors_explains_and_reports_missing_facts()
    {
        var recent = new Criterion<OrganisationProfile>(
            "recent-founding",
            new LocalizedText("Founded in the last ten years", "In den letzten zehn Jahren gegründet"),
            SourceKeys.Interpretive,
            [OrganisationFacts.FoundingDate],
            p => p.FoundingDate.Test(d => d >= p.AsOf.PlusYears(-10)),
            (p, o) => new LocalizedText($"Outcome {o}.", $"Ergebnis {o}."));
        var unknown = recent.Evaluate(new OrganisationProfile("X", SampleData.AsOf));
        Assert.Equal(Truth.Unknown, unknown.Outcome);
        Assert.Equal(["founding-date"], unknown.MissingFacts.ToArray());
        var known = recent.Evaluate(SampleData.Organisations.Single(o => o.Id == "frauentreff-miteinander").Profile);
        Assert.Equal(Truth.Yes, known.Outcome);
        Assert.Equal("2020-03-08", Assert.Single(known.FactsRead).Value.Value);
        var combined = new AllOf<OrganisationProfile>("recent-mo", Label, SourceKeys.Interpretive, [recent, StandardDefinitions.Svr2020.Rule]);
        var women = SampleData.Organisations.Single(o => o.Id == "frauentreff-miteinander").Profile;
        Assert.Equal(Truth.Unknown, combined.Decide(women));
        Assert.Equal(Truth.Yes, combined.Decide(women.With(b => b.NonProfitStatus = NonProfitStatus.Recognised)));
        Assert.Equal(Truth.No, combined.Decide(women.With(b => b.FoundingDate = new NodaTime.LocalDate(1990, 1, 1))));
    }

    private static List<Rule<OrganisationProfile>> Constants(Truth[] values)
    {
        var rules = new List<Rule<OrganisationProfile>>();
        for (int i = 0; i < values.Length; i++)
        {
            var value = values[i];
            var fact = new FactDescriptor<OrganisationProfile, string>($"fact-{i}", Label, _ => value.IsUnknown ? default : Fact.Known(value.Id));
            rules.Add(new Criterion<OrganisationProfile>(
                $"constant-{i.ToString(CultureInfo.InvariantCulture)}", Label, SourceKeys.Model, [fact], _ => value,
                (_, o) => new LocalizedText($"Constant {o}.", $"Konstante {o}.")));
        }
        return rules;
    }

    private static Gen<Rule<OrganisationProfile>> Tree(int depth)
    {
        var leaf = Gen.Elements(TestRules.AllRules.ToArray());
        if (depth == 0)
        {
            return leaf;
        }
        var children = from n in Gen.Choose(1, 3)
                       from kids in Gen.ArrayOf(Tree(depth - 1), n)
                       select kids;
        return Gen.Frequency(
            (2, leaf),
            (2, from kids in children select (Rule<OrganisationProfile>)new AllOf<OrganisationProfile>("all", Label, SourceKeys.Model, Wrap(kids))),
            (2, from kids in children select (Rule<OrganisationProfile>)new AnyOf<OrganisationProfile>("any", Label, SourceKeys.Model, Wrap(kids))),
            (1, from kid in Tree(depth - 1) select (Rule<OrganisationProfile>)new Negation<OrganisationProfile>("not", Label, SourceKeys.Model, kid)));
    }

    // Sibling ids must be distinct: wrap each child in an any-of with a unique id (a one-part any-of is the identity).
    private static IEnumerable<Rule<OrganisationProfile>> Wrap(Rule<OrganisationProfile>[] kids) =>
        kids.Select((k, i) => (Rule<OrganisationProfile>)new AnyOf<OrganisationProfile>($"child-{i.ToString(CultureInfo.InvariantCulture)}", Label, SourceKeys.Model, [k]));

    private static Truth Reference(Rule<OrganisationProfile> rule, OrganisationProfile p) => rule switch
    {
        AllOf<OrganisationProfile> all => all.Parts.Aggregate(Truth.Yes, (acc, part) => acc & Reference(part, p)),
        AnyOf<OrganisationProfile> any => any.Parts.Aggregate(Truth.No, (acc, part) => acc | Reference(part, p)),
        Negation<OrganisationProfile> not => !Reference(not.Inner, p),
        Criterion<OrganisationProfile> leaf => leaf.Evaluate(p).Outcome,
        _ => throw new InvalidOperationException(rule.GetType().Name),
    };
}
