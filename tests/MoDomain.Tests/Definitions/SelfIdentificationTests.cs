using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;

namespace MoDomain.Tests.Definitions;

/// <summary>Self-identification is reported beside every verdict and never changes it (DOMAIN.md §1.4).</summary>
public sealed class SelfIdentificationTests
{
    private static readonly Fact<SelfIdentification>[] Variants =
        [Fact.Known(SelfIdentification.Identifies), Fact.Known(SelfIdentification.RejectsLabel), Fact<SelfIdentification>.Unknown];

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true);

    [Fact]
    public void Property_varying_self_identification_leaves_every_verdict_and_criterion_unchanged()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            var baseline = DefinitionSet.Default.ClassifyAll(p.With(b => b.SelfIdentification = Fact<SelfIdentification>.Unknown));
            foreach (var variant in Variants)
            {
                var varied = p.With(b => b.SelfIdentification = variant);
                var report = DefinitionSet.Default.ClassifyAll(varied);
                for (int i = 0; i < report.Classifications.Length; i++)
                {
                    Assert.Equal(baseline.Classifications[i].Verdict, report.Classifications[i].Verdict);
                    EvaluationAssert.Equal(baseline.Classifications[i].Evaluation, report.Classifications[i].Evaluation, $"self={variant}");
                }
                EvaluationAssert.Equal(baseline.ContainerTerm, report.ContainerTerm, $"self={variant}");
                foreach (var rule in TestRules.AllRules)
                {
                    Assert.Equal(rule.Decide(p), rule.Decide(varied));
                }
            }
        }));
    }

    [Fact]
    public void Property_self_identification_is_reported_beside_each_verdict()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            var report = DefinitionSet.Default.ClassifyAll(p);
            Assert.Equal(p.SelfIdentification, report.SelfIdentification);
            foreach (var classification in report.Classifications)
            {
                Assert.Equal(p.SelfIdentification, classification.SelfIdentification);
                Assert.Equal(ExpectedDifference(classification.Verdict, p.SelfIdentification), classification.DiffersFromSelfIdentification);
            }
        }));
    }

    [Fact]
    public void No_criterion_reads_self_identification()
    {
        var reads = TestRules.AllRules.OfType<Criterion<OrganisationProfile>>().SelectMany(c => c.Reads).Select(f => f.Id).ToHashSet();
        Assert.DoesNotContain("self-identification", reads);
    }

    [Theory]
    [InlineData("yes", SelfIdentification.Identifies, "no")]
    [InlineData("yes", SelfIdentification.RejectsLabel, "yes")]
    [InlineData("no", SelfIdentification.Identifies, "yes")]
    [InlineData("no", SelfIdentification.RejectsLabel, "no")]
    public void Differs_from_self_identification_table(string verdict, SelfIdentification self, string expected)
    {
        Assert.True(Truth.TryParse(verdict, out var v));
        Assert.True(Truth.TryParse(expected, out var e));
        Assert.Equal(e, ExpectedDifference(v, self));
        var profile = v.IsYes
            ? MoDomain.Samples.SampleData.Organisations.Single(o => o.Id == "anadolu-kulturverein").Profile
            : MoDomain.Samples.SampleData.Organisations.Single(o => o.Id == "freundeskreis-lissabon").Profile;
        var classification = StandardDefinitions.Svr2020.Classify(profile.With(b => b.SelfIdentification = self));
        Assert.Equal(v, classification.Verdict);
        Assert.Equal(e, classification.DiffersFromSelfIdentification);
    }

    [Fact]
    public void Differs_is_unknown_when_verdict_or_self_identification_is_unknown()
    {
        var undetermined = MoDomain.Samples.SampleData.Organisations.Single(o => o.Id == "akademikerforum-entwicklung").Profile;
        Assert.Equal(SelfIdentification.Identifies, undetermined.SelfIdentification.Value);
        Assert.Equal(Truth.Unknown, StandardDefinitions.Svr2020.Classify(undetermined).DiffersFromSelfIdentification);
        var unasked = MoDomain.Samples.SampleData.Organisations.Single(o => o.Id == "sc-vielfalt").Profile;
        Assert.True(unasked.SelfIdentification.IsUnknown);
        Assert.Equal(Truth.Yes, StandardDefinitions.Svr2020.Classify(unasked).Verdict);
        Assert.Equal(Truth.Unknown, StandardDefinitions.Svr2020.Classify(unasked).DiffersFromSelfIdentification);
    }

    private static Truth ExpectedDifference(Truth verdict, Fact<SelfIdentification> self)
    {
        if (verdict.IsUnknown || self.IsUnknown)
        {
            return Truth.Unknown;
        }
        bool meets = verdict.IsYes;
        bool identifies = self.Value == SelfIdentification.Identifies;
        return Truth.FromBoolean(meets != identifies);
    }
}
