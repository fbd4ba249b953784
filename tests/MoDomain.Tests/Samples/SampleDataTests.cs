using System;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Samples;

/// <summary>The embedded sample: at least 12 fictional profiles, every container kind, every edge case, pinned verdicts.</summary>
public sealed class SampleDataTests
{
    [Fact]
    public void Sample_has_at_least_twelve_profiles_with_unique_ids_and_names_all_on_the_sample_date()
    {
        Assert.True(SampleData.Organisations.Length >= 12);
        Assert.Equal(SampleData.Organisations.Length, SampleData.Organisations.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(SampleData.Organisations.Length, SampleData.Organisations.Select(o => o.Profile.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(new NodaTime.LocalDate(2026, 1, 1), SampleData.AsOf);
        Assert.All(SampleData.Organisations, o =>
        {
            Assert.True(ConceptIds.IsValid(o.Id), o.Id);
            Assert.Equal(SampleData.AsOf, o.Profile.AsOf);
            Assert.False(string.IsNullOrWhiteSpace(o.Description));
            Assert.Equal(o.Id, o.ToString());
        });
        Assert.Equal(SampleData.Organisations.Select(o => o.Profile), SampleData.Profiles);
    }

    [Fact]
    public void Sample_covers_all_seventeen_container_kinds()
    {
        var covered = SampleData.Profiles.Where(p => p.Kinds.IsKnown).SelectMany(p => p.Kinds.Value).ToHashSet();
        var all = Enum.GetValues<OrganisationKind>();
        Assert.Equal(17, all.Length);
        Assert.Empty(all.Except(covered));
    }

    [Fact]
    public void Sample_covers_every_verdict_and_every_self_identification()
    {
        var reports = SampleData.Profiles.Select(DefinitionSet.Default.ClassifyAll).ToArray();
        foreach (var definition in TestRules.Definitions)
        {
            var verdicts = reports.Select(r => r.Classifications.Single(c => c.Definition.Id == definition.Id).Verdict).ToHashSet();
            Assert.Equal(3, verdicts.Count);
        }
        Assert.Contains(reports, r => r.SelfIdentification.IsUnknown);
        Assert.Contains(reports, r => r.SelfIdentification.IsKnown && r.SelfIdentification.Value == SelfIdentification.Identifies);
        Assert.Contains(reports, r => r.SelfIdentification.IsKnown && r.SelfIdentification.Value == SelfIdentification.RejectsLabel);
    }

    [Theory]
    [InlineData("anadolu-kulturverein", "yes", "yes", "yes")]
    [InlineData("heimatverbund-wolgaregion", "yes", "yes", "yes")]
    [InlineData("freundeskreis-lissabon", "no", "no", "no")]
    [InlineData("netzwerk-neue-vielfalt", "yes", "yes", "yes")]
    [InlineData("buergerinitiative-nordstadt", "yes", "no", "yes")]
    [InlineData("moscheegemeinde-am-hafen", "yes", "yes", "yes")]
    [InlineData("sc-vielfalt", "yes", "yes", "yes")]
    [InlineData("initiative-neue-nachbarn", "no", "yes", "yes")]
    [InlineData("dachverband-migrantischer-vereine", "yes", "yes", "yes")]
    [InlineData("elternnetzwerk-bildungsbruecke", "yes", "yes", "yes")]
    [InlineData("akademikerforum-entwicklung", "unknown", "unknown", "yes")]
    [InlineData("unternehmerverband-vielfalt", "yes", "yes", "yes")]
    [InlineData("glaubensgemeinschaft-lichtblick", "unknown", "unknown", "yes")]
    [InlineData("frauentreff-miteinander", "unknown", "yes", "yes")]
    public void Sample_verdicts_are_pinned(string id, string svr, string bpb, string container)
    {
        var report = DefinitionSet.Default.ClassifyAll(SampleData.Organisations.Single(o => o.Id == id).Profile);
        Assert.Equal(svr, report.Classifications[0].Verdict.Id);
        Assert.Equal(bpb, report.Classifications[1].Verdict.Id);
        Assert.Equal(container, report.ContainerTerm.Outcome.Id);
    }

    [Fact]
    public void Boundary_sample_has_exactly_half_and_meets_svr_through_the_share_alone()
    {
        var sample = SampleData.Organisations.Single(o => o.Id == "elternnetzwerk-bildungsbruecke");
        Assert.Equal(0.5, sample.Profile.CarrierMigrantShare.Value);
        Assert.False(sample.Profile.FoundedByMigrants.Value);
        var evaluation = StandardDefinitions.Svr2020.Rule.Evaluate(sample.Profile);
        Assert.Equal(Truth.Yes, evaluation.Outcome);
        var criterion2 = TestRules.Node(evaluation, "migrant-carried-or-founded");
        Assert.Equal(Truth.Yes, TestRules.Node(criterion2, "carried-at-least-half").Outcome);
        Assert.Equal(Truth.No, TestRules.Node(criterion2, "founded-by-migrants").Outcome);
        Assert.Contains("boundary", sample.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptions_that_claim_both_definitions_are_met_are_true()
    {
        foreach (var sample in SampleData.Organisations.Where(o => o.Description.Contains("meets both definitions", StringComparison.Ordinal)))
        {
            Assert.All(TestRules.Definitions, d => Assert.Equal(Truth.Yes, d.Decide(sample.Profile)));
        }
        foreach (var sample in SampleData.Organisations.Where(o => o.Description.Contains("undetermined", StringComparison.Ordinal)))
        {
            Assert.Contains(TestRules.Definitions, d => d.Decide(sample.Profile).IsUnknown);
        }
    }

    [Fact]
    public void Sample_profiles_are_valid_when_rebuilt()
    {
        foreach (var profile in SampleData.Profiles)
        {
            Assert.Equal(profile, profile.ToBuilder().Build());
        }
    }
}
