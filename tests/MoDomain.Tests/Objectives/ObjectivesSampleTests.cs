using System.Linq;
using MoDomain.Objectives;
using MoDomain.Rules;
using MoDomain.Samples;

namespace MoDomain.Tests.Objectives;

/// <summary>The embedded sample's objective profiles.</summary>
public sealed class ObjectivesSampleTests
{
    [Fact]
    public void Every_sample_organisation_has_an_objective_profile_with_its_name()
    {
        Assert.Equal(14, SampleObjectives.BySampleId.Count);
        Assert.Equal(SampleData.Organisations.Length, SampleObjectives.Profiles.Length);
        foreach (var organisation in SampleData.Organisations)
        {
            var profile = SampleObjectives.For(organisation.Id);
            Assert.Equal(organisation.Profile.Name, profile.Organisation);
            Assert.Same(profile, SampleObjectives.BySampleId[organisation.Id]);
        }
        Assert.Equal(SampleData.Organisations.Select(o => SampleObjectives.BySampleId[o.Id]), SampleObjectives.Profiles);
        Assert.False(SampleObjectives.TryGet("no-such-sample", out _));
        Assert.False(SampleObjectives.TryGet(null, out _));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => SampleObjectives.For("no-such-sample"));
    }

    [Fact]
    public void The_sample_covers_a_tie_an_empty_profile_and_the_threshold_boundary()
    {
        var analyses = SampleObjectives.BySampleId.ToDictionary(kv => kv.Key, kv => kv.Value.Analyze());
        Assert.Contains(analyses.Values, a => a.HasTiedDominantCells);
        Assert.Contains(analyses.Values, a => a.IsEmpty);

        var heimat = analyses["heimatverbund-wolgaregion"];
        Assert.Equal(ValueSet.Of(ObjectiveCell.InwardExplicit, ObjectiveCell.InwardImplicit), heimat.DominantCells);
        Assert.Equal(1.0, heimat.InwardShare.Value);

        var dachverband = analyses["dachverband-migrantischer-vereine"];
        Assert.Equal(ValueSet.Of(ObjectiveCell.OutwardExplicit, ObjectiveCell.OutwardImplicit), dachverband.DominantCells);
        Assert.Equal(Truth.No, dachverband.IsMainlyInward);

        var lichtblick = analyses["glaubensgemeinschaft-lichtblick"];
        Assert.True(lichtblick.InwardShare.IsUnknown);
        Assert.Equal(Truth.Unknown, lichtblick.IsMainlyInward);

        var nordstadt = analyses["buergerinitiative-nordstadt"];
        Assert.Equal(0.5, nordstadt.InwardShare.Value);
        Assert.Equal(Truth.No, nordstadt.IsMainlyInward);

        var anadolu = analyses["anadolu-kulturverein"];
        Assert.Equal(ValueSet.Of(ObjectiveCell.InwardExplicit), anadolu.DominantCells);
        Assert.Equal(6.0 / 7.0, anadolu.InwardShare.Value, 12);
        Assert.Equal(Truth.Yes, anadolu.IsMainlyInward);

        Assert.Equal(0.0, analyses["netzwerk-neue-vielfalt"].InwardShare.Value);

        var akademiker = SampleObjectives.For("akademikerforum-entwicklung").Analyze(evidence: EvidenceSource.Observed);
        Assert.Equal([Objective.NetworkingAndCooperation], akademiker.Considered.Select(p => p.Objective));
        Assert.Equal(12, akademiker.NeverEvidenced.Count);
    }

    [Fact]
    public void Most_sample_organisations_are_mainly_inward_as_the_source_observes()
    {
        // Qualitätszirkel 2023 notes that most MOs work "binnenorientiert"; the sample reflects that.
        var decided = SampleObjectives.Profiles.Select(p => p.Analyze().IsMainlyInward).Where(t => t.IsDecided).ToArray();
        Assert.True(decided.Count(t => t.IsYes) > decided.Length / 2);
    }
}
