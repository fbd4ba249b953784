using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Samples;

namespace MoDomain.Tests.Definitions;

/// <summary>Classification is a pure function: same input, same output; the order of list-valued facts is irrelevant.</summary>
public sealed class ClassificationPurityTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true);

    [Fact]
    public void Property_classifying_twice_gives_equal_results()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            var first = DefinitionSet.Default.ClassifyAll(p);
            var second = DefinitionSet.Default.ClassifyAll(p);
            AssertSameReport(first, second, Generators.Describe(p));
        }));
    }

    [Fact]
    public void Property_an_equal_profile_built_separately_classifies_equally()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            var copy = p.ToBuilder().Build();
            Assert.NotSame(p, copy);
            Assert.Equal(p, copy);
            Assert.Equal(p.GetHashCode(), copy.GetHashCode());
            AssertSameReport(DefinitionSet.Default.ClassifyAll(p), DefinitionSet.Default.ClassifyAll(copy), Generators.Describe(p));
        }));
    }

    [Fact]
    public void Property_order_and_duplicates_of_list_valued_facts_are_irrelevant()
    {
        Check.One(Config, Prop.ForAll(Generators.ReorderingArb, r =>
        {
            Assert.Equal(r.Original, r.Reordered);
            Assert.Equal(r.Original.GetHashCode(), r.Reordered.GetHashCode());
            Assert.True(r.Original.Kinds.Equals(r.Reordered.Kinds));
            AssertSameReport(DefinitionSet.Default.ClassifyAll(r.Original), DefinitionSet.Default.ClassifyAll(r.Reordered), r.ToString());
        }));
    }

    [Fact]
    public void Property_classification_does_not_change_the_profile()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            var snapshot = p.ToBuilder().Build();
            _ = DefinitionSet.Default.ClassifyAll(p);
            Assert.Equal(snapshot, p);
        }));
    }

    [Fact]
    public void Concurrent_classification_of_the_sample_gives_the_sequential_result()
    {
        var sequential = SampleData.Profiles.Select(DefinitionSet.Default.ClassifyAll).ToArray();
        var parallel = new ClassificationReport[SampleData.Profiles.Length * 8];
        Parallel.For(0, parallel.Length, i => parallel[i] = DefinitionSet.Default.ClassifyAll(SampleData.Profiles[i % SampleData.Profiles.Length]));
        for (int i = 0; i < parallel.Length; i++)
        {
            AssertSameReport(sequential[i % sequential.Length], parallel[i], SampleData.Organisations[i % sequential.Length].Id);
        }
    }

    private static void AssertSameReport(ClassificationReport expected, ClassificationReport actual, string context)
    {
        Assert.Equal(expected.Classifications.Length, actual.Classifications.Length);
        for (int i = 0; i < expected.Classifications.Length; i++)
        {
            Assert.Equal(expected.Classifications[i].Definition.Id, actual.Classifications[i].Definition.Id);
            Assert.Equal(expected.Classifications[i].Verdict, actual.Classifications[i].Verdict);
            Assert.Equal(expected.Classifications[i].SelfIdentification, actual.Classifications[i].SelfIdentification);
            Assert.Equal(expected.Classifications[i].DiffersFromSelfIdentification, actual.Classifications[i].DiffersFromSelfIdentification);
            EvaluationAssert.Equal(expected.Classifications[i].Evaluation, actual.Classifications[i].Evaluation, context);
        }
        EvaluationAssert.Equal(expected.ContainerTerm, actual.ContainerTerm, context);
        Assert.Equal(expected.SelfIdentification, actual.SelfIdentification);
    }
}
