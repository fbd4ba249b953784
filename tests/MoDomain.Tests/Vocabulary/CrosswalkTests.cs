using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cooperation;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Vocabulary;

/// <summary>Crosswalks: the interpretive default between the typologies of DOMAIN.md §3 and caller-built crosswalks.</summary>
public sealed class CrosswalkTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(VocabularyGenerators.Runs);
    private static readonly LocalizedText Label = new("Mine", "Meine");

    private static ConceptMapping Find(string sourceScheme, string source, string targetScheme, string target) =>
        Crosswalks.Default.Mappings.Single(m => m.SourceScheme == sourceScheme && m.SourceConcept == source && m.TargetScheme == targetScheme && m.TargetConcept == target);

    [Fact]
    public void Default_crosswalk_covers_the_five_typologies()
    {
        Assert.Equal("default", Crosswalks.Default.Id);
        Assert.Equal(
            ["social-security-functions", "iq-2013-functions", "mikoss-2022-starting-functions", "iq-2013-professionalisation-roles", "cooperation-roles"],
            Crosswalks.Default.Schemes.Select(s => s.Id));
        Assert.Same(SocialSecurityVocabulary.Functions.Scheme, Crosswalks.Default.GetScheme("social-security-functions"));
        Assert.Same(CooperationVocabulary.Roles.Scheme, Crosswalks.Default.GetScheme("cooperation-roles"));
    }

    [Fact]
    public void Every_default_mapping_is_interpretive_with_a_one_line_rationale_and_known_ends()
    {
        Assert.NotEmpty(Crosswalks.Default.Mappings);
        foreach (var mapping in Crosswalks.Default.Mappings)
        {
            Assert.Equal(SourceKeys.Interpretive, mapping.Source);
            Assert.DoesNotContain('\n', mapping.Rationale);
            Assert.EndsWith(".", mapping.Rationale, StringComparison.Ordinal);
            Assert.True(Crosswalks.Default.GetScheme(mapping.SourceScheme).Contains(mapping.SourceConcept), mapping.ToString());
            Assert.True(Crosswalks.Default.GetScheme(mapping.TargetScheme).Contains(mapping.TargetConcept), mapping.ToString());
        }
    }

    [Fact]
    public void Every_concept_of_the_four_functions_and_of_the_other_typologies_is_mapped_at_least_once()
    {
        foreach (var scheme in Crosswalks.Default.Schemes)
        {
            foreach (var concept in scheme.Concepts.Where(c => c.Id != "expert-panel-subject-matter"))
            {
                Assert.True(Crosswalks.Default.MappingsOf(scheme.Id, concept.Id).Length > 0, $"{scheme.Id}/{concept.Id}");
            }
        }
    }

    [Fact]
    public void Default_mappings_pinned_to_section_3_3()
    {
        Assert.Equal(MappingRelation.CloseMatch, Find("social-security-functions", "hinge", "iq-2013-functions", "bridge").Relation);
        Assert.Equal(MappingRelation.CloseMatch, Find("social-security-functions", "hinge", "cooperation-roles", "door-opener").Relation);
        Assert.Equal(MappingRelation.CloseMatch, Find("iq-2013-functions", "bridge", "cooperation-roles", "door-opener").Relation);
        Assert.Equal(MappingRelation.CloseMatch, Find("social-security-functions", "advocacy", "mikoss-2022-starting-functions", "political-interest-representation").Relation);
        Assert.Equal(MappingRelation.CloseMatch, Find("social-security-functions", "service", "iq-2013-functions", "service").Relation);
        Assert.Equal(MappingRelation.CloseMatch, Find("social-security-functions", "homemaking", "iq-2013-functions", "protection").Relation);
        Assert.Equal(MappingRelation.RelatedMatch, Find("social-security-functions", "homemaking", "iq-2013-functions", "socialisation").Relation);
        Assert.Equal(
            "social-security-functions/hinge close-match iq-2013-functions/bridge",
            Find("social-security-functions", "hinge", "iq-2013-functions", "bridge").ToString());
    }

    [Fact]
    public void Mappings_of_a_concept_are_oriented_from_that_concept()
    {
        var fromDoorOpener = Crosswalks.Default.MappingsOf("cooperation-roles", "door-opener");
        Assert.All(fromDoorOpener, m => Assert.Equal(("cooperation-roles", "door-opener"), (m.SourceScheme, m.SourceConcept)));
        Assert.Contains(fromDoorOpener, m => m.TargetScheme == "social-security-functions" && m.TargetConcept == "hinge" && m.Relation == MappingRelation.CloseMatch);

        var fromProvider = Crosswalks.Default.MappingsOf("iq-2013-professionalisation-roles", "independent-project-provider");
        var broad = Assert.Single(fromProvider);
        Assert.Equal(MappingRelation.BroadMatch, broad.Relation);
        Assert.Equal("service", broad.TargetConcept);

        Assert.Empty(Crosswalks.Default.MappingsOf("iq-2013-professionalisation-roles", "expert-panel-subject-matter"));
        var ex = Assert.Throws<KeyNotFoundException>(() => Crosswalks.Default.MappingsOf("social-security-functions", "hinges"));
        Assert.Contains("did you mean 'hinge'?", ex.Message, StringComparison.Ordinal);
        var schemeError = Assert.Throws<KeyNotFoundException>(() => Crosswalks.Default.GetScheme("cooperation-role"));
        Assert.Contains("did you mean 'cooperation-roles'?", schemeError.Message, StringComparison.Ordinal);
        Assert.False(Crosswalks.Default.TryGetScheme(null, out _));
    }

    [Fact]
    public void Callers_can_extend_the_default_with_a_scheme_and_mappings_of_their_own()
    {
        var own = new ConceptScheme("my-roles", Label, "Own study 2026",
            [new Concept("mediator", new LocalizedText("Mediator", "Vermittlerin"), "Mediates between families and schools.", "Own study 2026")]);
        var mine = new Crosswalk(
            "my-crosswalk",
            Label,
            Crosswalks.Default.Schemes.Add(own),
            Crosswalks.Default.Mappings.Add(new ConceptMapping("my-roles", "mediator", MappingRelation.BroadMatch, "social-security-functions", "hinge", "Mediating with schools is one kind of hinge work.", "Own study 2026")));
        Assert.Equal(Crosswalks.Default.Mappings.Length + 1, mine.Mappings.Length);
        var fromHinge = mine.MappingsOf("social-security-functions", "hinge");
        Assert.Contains(fromHinge, m => m.TargetScheme == "my-roles" && m.Relation == MappingRelation.NarrowMatch);
    }

    [Fact]
    public void Crosswalk_rejects_unknown_concepts_and_schemes_with_suggestions()
    {
        var schemes = Crosswalks.Default.Schemes;
        var badConcept = Assert.Throws<ArgumentException>(() => new Crosswalk("x", Label, schemes,
            [new ConceptMapping("social-security-functions", "hing", MappingRelation.CloseMatch, "iq-2013-functions", "bridge", "r", SourceKeys.Interpretive)]));
        Assert.Contains("'hing'", badConcept.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'hinge'?", badConcept.Message, StringComparison.Ordinal);
        Assert.Equal("mappings", badConcept.ParamName);

        var badTarget = Assert.Throws<ArgumentException>(() => new Crosswalk("x", Label, schemes,
            [new ConceptMapping("social-security-functions", "hinge", MappingRelation.CloseMatch, "iq-2013-functions", "bridges", "r", SourceKeys.Interpretive)]));
        Assert.Contains("did you mean 'bridge'?", badTarget.Message, StringComparison.Ordinal);

        var badScheme = Assert.Throws<ArgumentException>(() => new Crosswalk("x", Label, schemes,
            [new ConceptMapping("social-security-function", "hinge", MappingRelation.CloseMatch, "iq-2013-functions", "bridge", "r", SourceKeys.Interpretive)]));
        Assert.Contains("did you mean 'social-security-functions'?", badScheme.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Crosswalk_rejects_duplicates_and_invalid_arguments()
    {
        var schemes = Crosswalks.Default.Schemes;
        var m = new ConceptMapping("social-security-functions", "hinge", MappingRelation.CloseMatch, "iq-2013-functions", "bridge", "r", SourceKeys.Interpretive);
        Assert.Throws<ArgumentException>(() => new Crosswalk("x", Label, schemes, [m, m.Inverse()]));
        Assert.Throws<ArgumentException>(() => new Crosswalk("x", Label, schemes.Add(schemes[0]), [m]));
        Assert.Throws<ArgumentException>(() => new Crosswalk("X", Label, schemes, [m]));
        Assert.Throws<ArgumentException>(() => new Crosswalk("x", Label, schemes, [null!]));
        Assert.Throws<ArgumentNullException>(() => new Crosswalk("x", null!, schemes, [m]));
        Assert.Throws<ArgumentNullException>(() => new Crosswalk("x", Label, null!, [m]));
        Assert.Throws<ArgumentNullException>(() => new Crosswalk("x", Label, schemes, null!));
    }

    [Fact]
    public void Concept_mapping_validates_its_arguments()
    {
        const string S = SourceKeys.Interpretive;
        Assert.Throws<ArgumentException>(() => new ConceptMapping("a", "b", MappingRelation.CloseMatch, "a", "c", "r", S));
        Assert.Throws<ArgumentException>(() => new ConceptMapping("a", "b", MappingRelation.CloseMatch, "c", "d", "two\nlines", S));
        Assert.Throws<ArgumentException>(() => new ConceptMapping("a", "b", MappingRelation.CloseMatch, "c", "d", " ", S));
        Assert.Throws<ArgumentException>(() => new ConceptMapping("A", "b", MappingRelation.CloseMatch, "c", "d", "r", S));
        Assert.Throws<ArgumentException>(() => new ConceptMapping("a", "b", MappingRelation.CloseMatch, "c", "d", "r", ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConceptMapping("a", "b", (MappingRelation)7, "c", "d", "r", S));
        Assert.Throws<ArgumentNullException>(() => new ConceptMapping("a", null!, MappingRelation.CloseMatch, "c", "d", "r", S));
        var m = new ConceptMapping("a", "b", MappingRelation.BroadMatch, "c", "d", "r", S);
        Assert.Equal(m, new ConceptMapping("a", "b", MappingRelation.BroadMatch, "c", "d", "r", S));
        Assert.Equal(m.GetHashCode(), new ConceptMapping("a", "b", MappingRelation.BroadMatch, "c", "d", "r", S).GetHashCode());
        Assert.NotEqual(m, new ConceptMapping("a", "b", MappingRelation.NarrowMatch, "c", "d", "r", S));
        Assert.Equal(m, m.Inverse().Inverse());
        Assert.True(m.Involves("c", "d") && m.Involves("a", "b") && !m.Involves("a", "d") && !m.Involves(null, null));
    }

    [Fact]
    public void A_crosswalk_accepts_every_mapping_between_existing_concepts_and_rejects_any_unknown_end()
    {
        var cases =
            from scheme in VocabularyGenerators.Scheme
            from other in VocabularyGenerators.Scheme.Where(o => o.Id != scheme.Id)
            from a in Gen.Elements(scheme.Concepts.ToArray())
            from b in Gen.Elements(other.Concepts.ToArray())
            from relation in Generators.EnumValue<MappingRelation>()
            from unknown in Generators.ValidId.Where(id => !other.Contains(id))
            select (scheme, other, a.Id, b.Id, relation, unknown);
        Check.One(Config, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var good = new ConceptMapping(c.scheme.Id, c.Item3, c.relation, c.other.Id, c.Item4, "Because.", SourceKeys.Interpretive);
            var crosswalk = new Crosswalk("generated", Label, [c.scheme, c.other], [good]);
            Assert.Equal(good, Assert.Single(crosswalk.MappingsOf(c.scheme.Id, c.Item3)));
            Assert.Equal(good.Inverse(), Assert.Single(crosswalk.MappingsOf(c.other.Id, c.Item4)));

            var bad = new ConceptMapping(c.scheme.Id, c.Item3, c.relation, c.other.Id, c.unknown, "Because.", SourceKeys.Interpretive);
            var ex = Assert.Throws<ArgumentException>(() => new Crosswalk("generated", Label, [c.scheme, c.other], [bad]));
            Assert.Contains($"'{c.unknown}'", ex.Message, StringComparison.Ordinal);
        }));
    }
}
