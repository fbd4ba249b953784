using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;

namespace MoDomain.Tests.Definitions;

/// <summary>The Qualitätszirkel 2023 container term (§1.3), reported separately from the strict definitions.</summary>
public sealed class ContainerTermTests
{
    private static readonly Rule<OrganisationProfile> Container = StandardDefinitions.ContainerTerm;

    [Fact]
    public void Container_term_is_yes_for_a_named_kind_no_for_none_and_unknown_when_kinds_are_unknown()
    {
        var unknown = new OrganisationProfile("X", SampleData.AsOf);
        var none = new OrganisationProfile("X", SampleData.AsOf, kinds: ValueSet.Of<OrganisationKind>());
        var sports = new OrganisationProfile("X", SampleData.AsOf, kinds: ValueSet.Of(OrganisationKind.SportsClub));

        var u = Container.Evaluate(unknown);
        Assert.Equal(Truth.Unknown, u.Outcome);
        Assert.Equal(["kinds"], u.MissingFacts.ToArray());

        var n = Container.Evaluate(none);
        Assert.Equal(Truth.No, n.Outcome);
        Assert.Empty(n.MissingFacts);

        var y = Container.Evaluate(sports);
        Assert.Equal(Truth.Yes, y.Outcome);
        Assert.Contains("sports-club", y.Explanation.English, StringComparison.Ordinal);
        Assert.Contains("sports-club", y.Explanation.German, StringComparison.Ordinal);
        Assert.Equal("sports-club", Assert.Single(y.FactsRead).Value.Value);
    }

    [Fact]
    public void Property_container_term_is_yes_exactly_when_a_kind_is_known()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.ManyRuns).WithQuietOnSuccess(true), Prop.ForAll(Generators.ProfileArb, p =>
        {
            var expected = p.Kinds.IsUnknown ? Truth.Unknown : Truth.FromBoolean(p.Kinds.Value.Count > 0);
            return Container.Decide(p) == expected && DefinitionSet.Default.ClassifyAll(p).ContainerTerm.Outcome == expected;
        }));
    }

    [Fact]
    public void Container_term_is_independent_of_the_strict_definitions()
    {
        // Members of the container term can fail both definitions, and the binational society in the sample fails all three.
        var reports = SampleData.Profiles.Select(DefinitionSet.Default.ClassifyAll).ToArray();
        Assert.Contains(reports, r => r.ContainerTerm.Outcome.IsYes && r.Classifications.Any(c => !c.Verdict.IsYes));
        Assert.All(reports, r => Assert.DoesNotContain(r.Classifications, c => c.Definition.Id == "container-term"));
        var sports = new OrganisationProfile("X", SampleData.AsOf, kinds: ValueSet.Of(OrganisationKind.SportsClub), legalForm: LegalForm.Foundation);
        var report = DefinitionSet.Default.ClassifyAll(sports);
        Assert.Equal(Truth.Yes, report.ContainerTerm.Outcome);
        Assert.Equal(Truth.No, report.Classifications[0].Verdict);
    }

    [Fact]
    public void Each_of_the_seventeen_kinds_alone_is_covered_by_the_container_term()
    {
        foreach (var kind in Enum.GetValues<OrganisationKind>())
        {
            var p = new OrganisationProfile("X", SampleData.AsOf, kinds: ValueSet.Of(kind));
            var evaluation = Container.Evaluate(p);
            Assert.Equal(Truth.Yes, evaluation.Outcome);
            Assert.Contains(DefinitionsVocabulary.OrganisationKinds.IdOf(kind), evaluation.Explanation.English, StringComparison.Ordinal);
        }
    }
}
