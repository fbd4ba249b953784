using System;
using System.Globalization;
using MoDomain.Objectives;
using MoDomain.Rules;

namespace MoDomain.Tests.Objectives;

/// <summary>Worked examples of the objective analysis and of the validation of profiles and parameters.</summary>
public sealed class ObjectivesAnalysisTests
{
    private static PursuedObjective P(Objective o, double emphasis = 1.0, EvidenceSource evidence = EvidenceSource.SelfReported) => new(o, evidence, emphasis);

    [Fact]
    public void An_empty_profile_has_unknown_shares_no_dominant_cell_and_unknown_orientation()
    {
        var a = new ObjectiveProfile("Leer e.V.", []).Analyze();
        Assert.True(a.IsEmpty);
        Assert.True(a.InwardShare.IsUnknown);
        Assert.True(a.OutwardShare.IsUnknown);
        Assert.True(a.ExplicitShare.IsUnknown);
        Assert.True(a.ImplicitShare.IsUnknown);
        Assert.True(a.ShareIn(ObjectiveCell.InwardExplicit).IsUnknown);
        Assert.Empty(a.DominantCells);
        Assert.False(a.HasTiedDominantCells);
        Assert.Equal(Truth.Unknown, a.IsMainlyInward);
        Assert.Equal(13, a.NeverEvidenced.Count);
        Assert.Equal(0.0, a.TotalWeight);
        Assert.Equal("Leer e.V.: inward unknown, explicit unknown, dominant none, mainly-inward unknown", a.ToString());
    }

    [Fact]
    public void Shares_are_weighted_by_emphasis()
    {
        var profile = new ObjectiveProfile("Verein", [P(Objective.IdentityBuilding, 3), P(Objective.LivingTogether)]);
        var a = profile.Analyze();
        Assert.Equal(0.75, a.InwardShare.Value);
        Assert.Equal(0.25, a.OutwardShare.Value);
        Assert.Equal(0.75, a.ExplicitShare.Value);
        Assert.Equal(0.25, a.ImplicitShare.Value);
        Assert.Equal(ValueSet.Of(ObjectiveCell.InwardExplicit), a.DominantCells);
        Assert.Equal(Truth.Yes, a.IsMainlyInward);
        Assert.Equal([Objective.IdentityBuilding], a.ObjectivesIn(ObjectiveCell.InwardExplicit));
        Assert.Empty(a.ObjectivesIn(ObjectiveCell.OutwardExplicit));
        Assert.Equal(3.0, a.WeightIn(ObjectiveCell.InwardExplicit));
        Assert.Equal(1, a.CountIn(ObjectiveCell.OutwardImplicit));
        Assert.Equal("Verein: inward 0.75, explicit 0.75, dominant inward-explicit, mainly-inward yes", a.ToString());
    }

    [Fact]
    public void Ties_are_reported_as_ties()
    {
        var a = new ObjectiveProfile("Verein", [P(Objective.EducationSupport), P(Objective.RecognitionAndVisibility), P(Objective.ProblemSolver, 0.5)]).Analyze();
        Assert.Equal(ValueSet.Of(ObjectiveCell.InwardExplicit, ObjectiveCell.OutwardExplicit), a.DominantCells);
        Assert.True(a.HasTiedDominantCells);

        // Sums that differ only by rounding still tie.
        var b = new ObjectiveProfile("Verein", [P(Objective.IdentityBuilding, 0.1), P(Objective.EducationSupport, 0.2), P(Objective.LivingTogether, 0.3)]).Analyze();
        Assert.Equal(ValueSet.Of(ObjectiveCell.InwardExplicit, ObjectiveCell.OutwardImplicit), b.DominantCells);
    }

    [Fact]
    public void Mainly_inward_needs_strictly_more_than_the_threshold()
    {
        var half = new ObjectiveProfile("Verein", [P(Objective.GroupBelonging), P(Objective.LivingTogether)]);
        Assert.Equal(Truth.No, half.Analyze().IsMainlyInward);
        Assert.Equal(Truth.Yes, half.Analyze(new ObjectiveAnalysisParameters(0.4)).IsMainlyInward);
        Assert.Equal(0.5, ObjectiveAnalysisParameters.Default.MainlyInwardThreshold);
        Assert.Equal("mainly-inward > 0.5", ObjectiveAnalysisParameters.Default.ToString());
        Assert.Equal(new ObjectiveAnalysisParameters(0.5), ObjectiveAnalysisParameters.Default);
    }

    [Fact]
    public void The_evidence_filter_restricts_the_analysis_and_names_objectives_never_evidenced()
    {
        var profile = new ObjectiveProfile("Verein", [
            P(Objective.FirstOrientation, evidence: EvidenceSource.Observed),
            P(Objective.NetworkingAndCooperation, evidence: EvidenceSource.SelfReported)]);
        var observed = profile.Analyze(evidence: EvidenceSource.Observed);
        Assert.Equal(EvidenceSource.Observed, observed.EvidenceFilter);
        Assert.Equal(1.0, observed.InwardShare.Value);
        Assert.Contains(Objective.NetworkingAndCooperation, observed.NeverEvidenced);
        Assert.DoesNotContain(Objective.FirstOrientation, observed.NeverEvidenced);
        Assert.Equal(12, observed.NeverEvidenced.Count);
        Assert.Equal(11, profile.Analyze().NeverEvidenced.Count);
        Assert.Null(ObjectiveAnalysis.Of(profile).EvidenceFilter);
        Assert.Throws<ArgumentOutOfRangeException>(() => profile.Analyze(evidence: (EvidenceSource)7));
    }

    [Fact]
    public void Invalid_arguments_are_rejected_naming_the_parameter()
    {
        Assert.Equal("organisation", Assert.ThrowsAny<ArgumentException>(() => new ObjectiveProfile(" ", [])).ParamName);
        Assert.Equal("organisation", Assert.ThrowsAny<ArgumentException>(() => new ObjectiveProfile(null!, [])).ParamName);
        Assert.Equal("objectives", Assert.ThrowsAny<ArgumentException>(() => new ObjectiveProfile("X", null!)).ParamName);
        Assert.Equal("objectives", Assert.ThrowsAny<ArgumentException>(() => new ObjectiveProfile("X", [null!])).ParamName);
        Assert.Equal("objective", Assert.Throws<ArgumentOutOfRangeException>(() => new PursuedObjective((Objective)13, EvidenceSource.Observed)).ParamName);
        Assert.Equal("evidence", Assert.Throws<ArgumentOutOfRangeException>(() => new PursuedObjective(Objective.ProblemSolver, (EvidenceSource)2)).ParamName);
        Assert.Equal("mainlyInwardThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => new ObjectiveAnalysisParameters(double.NaN)).ParamName);
        Assert.Equal("mainlyInwardThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => new ObjectiveAnalysisParameters(1.5)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => ObjectiveAnalysis.Of(null!)).ParamName);
        var profile = new ObjectiveProfile("X", [P(Objective.ProblemSolver)]);
        Assert.Equal("pursued", Assert.Throws<ArgumentException>(() => profile.Add(P(Objective.ProblemSolver, 2))).ParamName);
        Assert.Equal("pursued", Assert.Throws<ArgumentNullException>(() => profile.Add(null!)).ParamName);
    }

    [Fact]
    public void Profiles_and_pursued_objectives_have_value_equality_and_invariant_text()
    {
        var a = new ObjectiveProfile("X", [P(Objective.ProblemSolver), P(Objective.GroupBelonging, 2.5, EvidenceSource.Observed)]);
        var b = new ObjectiveProfile("X", [P(Objective.GroupBelonging, 2.5, EvidenceSource.Observed), P(Objective.ProblemSolver)]);
        Assert.Equal(a, b);
        Assert.NotEqual(a, new ObjectiveProfile("Y", b.Objectives));
        Assert.NotEqual(a, new ObjectiveProfile("X", [P(Objective.ProblemSolver)]));
        Assert.Equal("X", a.ToString());
        Assert.True(a.Contains(Objective.GroupBelonging));
        Assert.True(a.TryGet(Objective.GroupBelonging, out var found) && found.Emphasis == 2.5);
        Assert.False(a.TryGet(Objective.LivingTogether, out _));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("group-belonging (emphasis 2.5, observed)", found.ToString());
            Assert.Equal("X: inward 1, explicit 0, dominant inward-implicit, mainly-inward yes", a.Analyze().ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Rounding_never_makes_an_equal_split_mainly_inward()
    {
        // 0.1 + 0.2 inward against 0.3 outward: equal weights, but the floating-point sum is 0.30000000000000004.
        var profile = new ObjectiveProfile("Rundung e.V.",
        [
            new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.Observed, 0.1),
            new PursuedObjective(Objective.CultureAndTradition, EvidenceSource.Observed, 0.2),
            new PursuedObjective(Objective.LivingTogether, EvidenceSource.Observed, 0.3),
        ]);
        var mirrored = new ObjectiveProfile("Rundung e.V.",
        [
            new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.Observed, 0.3),
            new PursuedObjective(Objective.LivingTogether, EvidenceSource.Observed, 0.1),
            new PursuedObjective(Objective.NetworkingAndCooperation, EvidenceSource.Observed, 0.2),
        ]);
        Assert.Equal(Truth.No, profile.Analyze().IsMainlyInward);
        Assert.Equal(Truth.No, mirrored.Analyze().IsMainlyInward);
        Assert.True(profile.Analyze().HasTiedDominantCells);
    }
}
