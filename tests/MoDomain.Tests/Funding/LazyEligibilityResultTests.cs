using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Tests.Funding;
using Xunit;

namespace MoDomain.Tests.Funding;

/// <summary>The result of <see cref="FundingPolicy.Evaluate(FundingSubject)"/> builds its tree on demand; it must equal the
/// eagerly evaluated rule in outcome, texts, facts read and missing facts, for every built-in policy and funder.</summary>
public sealed class LazyEligibilityResultTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(300));

    [Fact]
    public void Lazy_result_equals_the_eager_rule_evaluation_for_every_built_in_policy()
    {
        Check.One(Config, Prop.ForAll(FundingGenerators.SpecAtDateArb, x =>
        {
            var c = x.Spec.Build();
            foreach (var funder in new FunderKind?[] { null, FunderKind.MunicipalYouthEducationDepartment })
            {
                var subject = new FundingSubject(c, x.At, funder);
                foreach (var policy in FundingPolicies.All)
                {
                    var result = policy.Evaluate(subject);
                    var eager = policy.Rule.Evaluate(subject);
                    if (result.Outcome != eager.Outcome || result.Outcome != policy.Decide(subject)
                        || !result.MissingFacts.SequenceEqual(eager.MissingFacts)
                        || !Same(result.Evaluation, eager))
                    {
                        return false;
                    }
                    for (int i = 0; i < result.Requirements.Length; i++)
                    {
                        var r = result.Requirements[i];
                        if (r.Outcome != eager.Parts[i].Outcome || !ReferenceEquals(r.Evaluation, result.Evaluation.Parts[i]))
                        {
                            return false;
                        }
                    }
                }
            }
            return true;
        }));
    }

    [Fact]
    public void The_tree_is_built_once_even_when_read_from_many_threads()
    {
        var subject = new FundingSubject(SampleFunding.For("anadolu-kulturverein"), SampleFunding.AsOf, FunderKind.MunicipalYouthEducationDepartment);
        var result = FundingPolicies.InstitutionalFunding.Evaluate(subject);
        var roots = new Evaluation[16];
        Parallel.For(0, roots.Length, i => roots[i] = result.Evaluation);
        Assert.All(roots, r => Assert.Same(roots[0], r));
        Assert.True(Same(roots[0], FundingPolicies.InstitutionalFunding.Rule.Evaluate(subject)));
    }

    private static bool Same(Evaluation a, Evaluation b) =>
        a.RuleId == b.RuleId && a.Outcome == b.Outcome
        && a.Explanation.English == b.Explanation.English && a.Explanation.German == b.Explanation.German
        && a.FactsRead.SequenceEqual(b.FactsRead) && a.MissingFacts.SequenceEqual(b.MissingFacts)
        && a.Parts.Length == b.Parts.Length && a.Parts.Zip(b.Parts).All(p => Same(p.First, p.Second));
}
