using System.Linq;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Definitions;

/// <summary>The definitions are exactly DOMAIN.md §1.1–1.2: ids, criterion ids in order, sources.</summary>
public sealed class DefinitionExampleTests
{
    [Fact]
    public void Svr_2020_has_the_three_criteria_of_section_1_1_in_order()
    {
        var svr = StandardDefinitions.Svr2020;
        Assert.Equal("svr-2020", svr.Id);
        Assert.Equal(["non-profit-association", "migrant-carried-or-founded", "migration-experience-central"], svr.Criteria.Select(c => c.Id).ToArray());
        Assert.Equal(SourceKeys.Qualitaetszirkel2023, svr.Source);
        Assert.Same(svr.Rule.Parts[1], svr.Criteria[1]);
    }

    [Fact]
    public void Bpb_2013_has_the_three_criteria_of_section_1_2_in_order()
    {
        var bpb = StandardDefinitions.Bpb2013;
        Assert.Equal("bpb-2013", bpb.Id);
        Assert.Equal(["purpose-from-migrant-interests", "members-largely-migrant", "migrants-shape-internal-structures"], bpb.Criteria.Select(c => c.Id).ToArray());
        Assert.Equal(SourceKeys.KitaEinstieg2018, bpb.Source);
    }

    [Fact]
    public void No_criterion_id_of_one_definition_appears_in_the_other()
    {
        var svr = TestRules.Descendants(StandardDefinitions.Svr2020.Rule).Select(r => r.Id).ToHashSet();
        var bpb = TestRules.Descendants(StandardDefinitions.Bpb2013.Rule).Select(r => r.Id).ToHashSet();
        Assert.Empty(svr.Intersect(bpb));
        Assert.DoesNotContain("members-largely-migrant", svr);
        Assert.DoesNotContain("non-profit-association", bpb);
    }

    [Fact]
    public void Svr_sub_criteria_split_criterion_1_and_2_into_their_parts()
    {
        var svr = StandardDefinitions.Svr2020;
        Assert.IsType<AllOf<OrganisationProfile>>(svr.Criteria[0]);
        Assert.Equal(["association-of-persons", "recognised-non-profit"], svr.Criteria[0].Parts.Select(p => p.Id).ToArray());
        Assert.IsType<AnyOf<OrganisationProfile>>(svr.Criteria[1]);
        Assert.Equal(["carried-at-least-half", "founded-by-migrants"], svr.Criteria[1].Parts.Select(p => p.Id).ToArray());
        Assert.IsType<Criterion<OrganisationProfile>>(svr.Criteria[2]);
    }

    [Fact]
    public void Each_criterion_reads_the_facts_the_domain_names()
    {
        Assert.Equal(["migration-references"], ReadsOf("migration-experience-central"));
        Assert.Equal(["purposes"], ReadsOf("purpose-from-migrant-interests"));
        Assert.Equal(["member-migrant-share"], ReadsOf("members-largely-migrant"));
        Assert.Equal(["migrant-role-in-structures"], ReadsOf("migrants-shape-internal-structures"));
        Assert.Equal(["carrier-migrant-share"], ReadsOf("carried-at-least-half"));
        Assert.Equal(["founded-by-migrants"], ReadsOf("founded-by-migrants"));
        Assert.Equal(["legal-form"], ReadsOf("association-of-persons"));
        Assert.Equal(["non-profit-status"], ReadsOf("recognised-non-profit"));
        Assert.Equal(["kinds"], ReadsOf("container-term"));
    }

    [Fact]
    public void Every_rule_has_bilingual_labels_and_a_known_source()
    {
        string[] sources = [SourceKeys.Qualitaetszirkel2023, SourceKeys.KitaEinstieg2018, SourceKeys.Model, SourceKeys.Interpretive];
        foreach (var rule in TestRules.AllRules)
        {
            Assert.True(ConceptIds.IsValid(rule.Id), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Label.English), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Label.German), rule.Id);
            Assert.NotEqual(rule.Label.English, rule.Label.German);
            Assert.Contains(rule.Source, sources);
            Assert.Equal(rule.Id, rule.ToString());
        }
        Assert.Equal(TestRules.AllRules.Count, TestRules.AllRules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Default_set_holds_both_definitions_in_order_and_the_container_term()
    {
        var set = DefinitionSet.Default;
        Assert.Equal(["svr-2020", "bpb-2013"], set.Definitions.Select(d => d.Id).ToArray());
        Assert.Equal("container-term", set.ContainerTerm.Id);
        Assert.True(set.TryGet("svr-2020", out var svr));
        Assert.Same(StandardDefinitions.Svr2020, svr);
        Assert.False(set.TryGet("SVR-2020", out _));
        Assert.False(set.TryGet(null, out _));
        Assert.DoesNotContain(set.Definitions, d => d.Id == "container-term");
        Assert.False(string.IsNullOrWhiteSpace(StandardDefinitions.Bpb2013.Description));
    }

    private static string[] ReadsOf(string id) =>
        ((Criterion<OrganisationProfile>)TestRules.Rule(id)).Reads.Select(r => r.Id).ToArray();
}
