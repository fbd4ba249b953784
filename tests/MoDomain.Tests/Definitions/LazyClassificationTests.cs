using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;

namespace MoDomain.Tests.Definitions;

/// <summary>
/// <see cref="Definition.Classify"/> decides the verdict at once and builds the evaluation tree on first read: the lazy
/// tree must be the tree the rule evaluates eagerly, and its outcome must be the verdict.
/// </summary>
public sealed class LazyClassificationTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true);

    [Fact]
    public void Property_the_lazy_tree_equals_the_eager_evaluation_and_its_outcome_is_the_verdict()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            foreach (var definition in DefinitionSet.Default.Definitions)
            {
                var classification = definition.Classify(p);
                var eager = definition.Rule.Evaluate(p);
                Assert.True(eager.Outcome == classification.Verdict, $"{definition.Id}: verdict {classification.Verdict} vs tree {eager.Outcome} for {Generators.Describe(p)}");
                EvaluationAssert.Equal(eager, classification.Evaluation, Generators.Describe(p));
                Assert.True(classification.Evaluation.Outcome == classification.Verdict, definition.Id);
            }
        }));
    }

    [Fact]
    public void Property_the_eagerly_built_classification_equals_the_lazy_one()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            var definition = StandardDefinitions.Svr2020;
            var lazy = definition.Classify(p);
            var eager = new Classification(definition, definition.Rule.Evaluate(p), p.SelfIdentification);
            Assert.True(eager.Verdict == lazy.Verdict, Generators.Describe(p));
            Assert.True(eager.DiffersFromSelfIdentification == lazy.DiffersFromSelfIdentification, Generators.Describe(p));
            EvaluationAssert.Equal(eager.Evaluation, lazy.Evaluation, Generators.Describe(p));
        }));
    }

    [Fact]
    public void Concurrent_first_reads_all_see_one_tree()
    {
        var profile = MoDomain.Samples.SampleData.Profiles.First();
        for (int round = 0; round < 50; round++)
        {
            var classification = StandardDefinitions.Bpb2013.Classify(profile);
            var seen = new Evaluation[8];
            Parallel.For(0, seen.Length, i => seen[i] = classification.Evaluation);
            Assert.All(seen, e => Assert.Same(seen[0], e));
            Assert.Same(seen[0], classification.Evaluation);
        }
    }

    [Fact]
    public void A_custom_rule_is_evaluated_lazily_only_when_the_tree_is_read()
    {
        var counting = new CountingRule();
        var definition = new Definition("counting", new MoDomain.Vocabulary.LocalizedText("Zählend", "Counting"), "test", "Counts evaluations.", [counting]);
        var classification = definition.Classify(MoDomain.Samples.SampleData.Profiles.First());
        Assert.Equal(Truth.Yes, classification.Verdict);
        Assert.Equal(0, counting.Evaluations);
        _ = classification.Evaluation;
        _ = classification.Evaluation;
        Assert.Equal(1, counting.Evaluations);
    }

    private sealed class CountingRule() : Rule<OrganisationProfile>("counting-rule", new MoDomain.Vocabulary.LocalizedText("Zählregel", "Counting rule"), "test")
    {
        private int evaluations;

        public int Evaluations => Volatile.Read(ref evaluations);

        public override System.Collections.Immutable.ImmutableArray<Rule<OrganisationProfile>> Parts => [];

        protected internal override Truth DecideCore(OrganisationProfile subject) => Truth.Yes;

        protected internal override Evaluation EvaluateCore(OrganisationProfile subject)
        {
            Interlocked.Increment(ref evaluations);
            return new Evaluation(Id, Label, Source, Truth.Yes, new MoDomain.Vocabulary.LocalizedText("immer", "always"), [], [], []);
        }
    }
}
