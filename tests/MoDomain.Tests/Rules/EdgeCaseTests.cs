using System.Linq;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;

namespace MoDomain.Tests.Rules;

/// <summary>The edge cases of DOMAIN.md §1.4 are representable, and these tests pin what the library reports for each.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void Repatriate_association_meets_both_definitions_but_rejects_the_label()
    {
        var report = Classify("heimatverbund-wolgaregion");
        Assert.Equal(SelfIdentification.RejectsLabel, report.SelfIdentification.Value);
        Assert.Equal(Truth.Yes, Verdict(report, "svr-2020"));
        Assert.Equal(Truth.Yes, Verdict(report, "bpb-2013"));
        Assert.All(report.Classifications, c => Assert.Equal(Truth.Yes, c.DiffersFromSelfIdentification));
        Assert.Equal(Truth.Yes, report.ContainerTerm.Outcome);
        Assert.Equal([OrganisationKind.HomelandAssociation], report.Profile.Kinds.Value.Items.ToArray());
        Assert.True(report.Profile.UmbrellaMemberships.Value.Count == 1);
    }

    [Fact]
    public void Binational_friendship_society_meets_neither_definition_nor_the_container_term()
    {
        var report = Classify("freundeskreis-lissabon");
        Assert.Equal(SelfIdentification.RejectsLabel, report.SelfIdentification.Value);
        Assert.Equal(Truth.No, Verdict(report, "svr-2020"));
        Assert.Equal(Truth.No, Verdict(report, "bpb-2013"));
        Assert.All(report.Classifications, c => Assert.Equal(Truth.No, c.DiffersFromSelfIdentification));
        Assert.Equal(Truth.No, report.ContainerTerm.Outcome);

        var svr = Evaluation(report, "svr-2020");
        Assert.Equal(Truth.No, TestRules.Node(svr, "migrant-carried-or-founded").Outcome);
        Assert.Equal(Truth.Yes, TestRules.Node(svr, "non-profit-association").Outcome);
        Assert.Equal(Truth.Yes, TestRules.Node(svr, "migration-experience-central").Outcome);
        Assert.Contains("(2)", svr.Explanation.English, System.StringComparison.Ordinal);
        var bpb = Evaluation(report, "bpb-2013");
        Assert.Equal(Truth.No, TestRules.Node(bpb, "members-largely-migrant").Outcome);
        Assert.Contains("0.35", TestRules.Node(bpb, "members-largely-migrant").Explanation.English, System.StringComparison.Ordinal);
    }

    [Fact]
    public void New_german_organisation_meets_both_definitions_but_rejects_the_label()
    {
        var report = Classify("netzwerk-neue-vielfalt");
        Assert.Equal(SelfIdentification.RejectsLabel, report.SelfIdentification.Value);
        Assert.Equal(Truth.Yes, Verdict(report, "svr-2020"));
        Assert.Equal(Truth.Yes, Verdict(report, "bpb-2013"));
        Assert.All(report.Classifications, c => Assert.Equal(Truth.Yes, c.DiffersFromSelfIdentification));
        Assert.Equal(Truth.Yes, report.ContainerTerm.Outcome);
        Assert.Contains(OrganisationKind.NewGermanOrganisation, report.Profile.Kinds.Value);
        Assert.Contains(OrganisationKind.PostmigrantOrganisation, report.Profile.Kinds.Value);
    }

    [Fact]
    public void Group_no_longer_seeing_itself_as_mo_meets_svr_but_not_bpb()
    {
        var report = Classify("buergerinitiative-nordstadt");
        Assert.Equal(SelfIdentification.RejectsLabel, report.SelfIdentification.Value);
        Assert.Equal(Truth.Yes, Verdict(report, "svr-2020"));
        Assert.Equal(Truth.No, Verdict(report, "bpb-2013"));
        Assert.True(report.TryGet("svr-2020", out var svr));
        Assert.True(report.TryGet("bpb-2013", out var bpb));
        Assert.Equal(Truth.Yes, svr.DiffersFromSelfIdentification);
        Assert.Equal(Truth.No, bpb.DiffersFromSelfIdentification);
        Assert.Equal(Truth.Yes, report.ContainerTerm.Outcome);

        // SVR criterion 2 is met through the founders although less than half carry it.
        var criterion2 = TestRules.Node(svr.Evaluation, "migrant-carried-or-founded");
        Assert.Equal(Truth.No, TestRules.Node(criterion2, "carried-at-least-half").Outcome);
        Assert.Equal(Truth.Yes, TestRules.Node(criterion2, "founded-by-migrants").Outcome);
        Assert.Equal(Truth.No, TestRules.Node(bpb.Evaluation, "members-largely-migrant").Outcome);
    }

    [Fact]
    public void Edge_cases_keep_their_verdicts_when_they_would_identify_as_mo()
    {
        foreach (var id in new[] { "heimatverbund-wolgaregion", "freundeskreis-lissabon", "netzwerk-neue-vielfalt", "buergerinitiative-nordstadt" })
        {
            var profile = SampleData.Organisations.Single(o => o.Id == id).Profile;
            var identifying = profile.With(b => b.SelfIdentification = SelfIdentification.Identifies);
            foreach (var definition in TestRules.Definitions)
            {
                Assert.Equal(definition.Decide(profile), definition.Decide(identifying));
            }
        }
    }

    [Fact]
    public void Edge_case_samples_are_described_as_edge_cases()
    {
        foreach (var id in new[] { "heimatverbund-wolgaregion", "freundeskreis-lissabon", "netzwerk-neue-vielfalt", "buergerinitiative-nordstadt" })
        {
            Assert.StartsWith("Edge case", SampleData.Organisations.Single(o => o.Id == id).Description, System.StringComparison.Ordinal);
        }
    }

    private static ClassificationReport Classify(string id) =>
        DefinitionSet.Default.ClassifyAll(SampleData.Organisations.Single(o => o.Id == id).Profile);

    private static Truth Verdict(ClassificationReport report, string definitionId)
    {
        Assert.True(report.TryGet(definitionId, out var classification));
        return classification.Verdict;
    }

    private static Evaluation Evaluation(ClassificationReport report, string definitionId)
    {
        Assert.True(report.TryGet(definitionId, out var classification));
        return classification.Evaluation;
    }
}
