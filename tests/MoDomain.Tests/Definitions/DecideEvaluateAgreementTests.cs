using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Samples;

namespace MoDomain.Tests.Definitions;

/// <summary>The verdict-only path (<c>Decide</c>) agrees with the explained path (<c>Evaluate</c>) for every rule.</summary>
public sealed class DecideEvaluateAgreementTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true);

    [Fact]
    public void Property_decide_equals_evaluate_outcome_for_every_rule()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            foreach (var rule in TestRules.AllRules)
            {
                var decided = rule.Decide(p);
                var evaluated = rule.Evaluate(p).Outcome;
                Assert.True(decided == evaluated, $"{rule.Id}: Decide {decided}, Evaluate {evaluated}; {Generators.Describe(p)}");
            }
        }));
    }

    [Fact]
    public void Property_definition_decide_classify_and_classify_all_agree()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            var report = DefinitionSet.Default.ClassifyAll(p);
            Assert.Equal(2, report.Classifications.Length);
            foreach (var definition in DefinitionSet.Default.Definitions)
            {
                var classification = definition.Classify(p);
                Assert.True(report.TryGet(definition.Id, out var fromReport));
                Assert.Equal(definition.Decide(p), classification.Verdict);
                Assert.Equal(classification.Verdict, fromReport.Verdict);
                Assert.Equal(classification.Verdict, classification.Evaluation.Outcome);
                Assert.Same(definition, classification.Definition);
            }
            Assert.Equal(StandardDefinitions.ContainerTerm.Decide(p), report.ContainerTerm.Outcome);
            Assert.Same(p, report.Profile);
        }));
    }

    [Fact]
    public void Every_evaluation_node_of_the_sample_agrees_with_its_rule_decide()
    {
        foreach (var profile in SampleData.Profiles)
        {
            foreach (var definition in TestRules.Definitions)
            {
                foreach (var node in TestRules.Nodes(definition.Rule.Evaluate(profile)))
                {
                    Assert.Equal(TestRules.Rule(node.RuleId).Decide(profile), node.Outcome);
                }
            }
        }
    }

    [Fact]
    public void Null_subject_is_rejected_on_both_paths()
    {
        foreach (var rule in TestRules.AllRules.Take(3))
        {
            Assert.Throws<System.ArgumentNullException>(() => rule.Decide(null!));
            Assert.Throws<System.ArgumentNullException>(() => rule.Evaluate(null!));
        }
        Assert.Throws<System.ArgumentNullException>(() => StandardDefinitions.Svr2020.Classify(null!));
        Assert.Throws<System.ArgumentNullException>(() => DefinitionSet.Default.ClassifyAll(null!));
    }
}
