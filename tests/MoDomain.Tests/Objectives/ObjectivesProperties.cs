using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Objectives;
using MoDomain.Rules;

namespace MoDomain.Tests.Objectives;

/// <summary>The properties of Preißler's objectives matrix and of the objective analysis (issue 3, DOMAIN.md §2).</summary>
public sealed class ObjectivesProperties
{
    private static readonly ObjectiveCell[] AllCells = Enum.GetValues<ObjectiveCell>();

    [Fact]
    public void Property_the_cells_partition_the_thirteen_objectives()
    {
        Check.One(ObjectivesGenerators.Config, Prop.ForAll(ObjectivesGenerators.ObjectiveValue.ToArbitrary(), objective =>
        {
            var cell = ObjectivesVocabulary.CellOf(objective);
            Assert.Single(AllCells, c => ObjectivesVocabulary.ObjectivesIn(c).Contains(objective));
            Assert.Contains(objective, ObjectivesVocabulary.ObjectivesIn(cell));
            Assert.Equal(ObjectivesVocabulary.CellAt(ObjectivesVocabulary.OrientationOf(objective), ObjectivesVocabulary.PurposeOf(objective)), cell);
        }));
        Assert.Equal(13, AllCells.Sum(c => ObjectivesVocabulary.ObjectivesIn(c).Length));
        Assert.Equal(Enum.GetValues<Objective>(), AllCells.SelectMany(c => ObjectivesVocabulary.ObjectivesIn(c)).Order());
    }

    [Fact]
    public void Property_shares_are_in_the_unit_interval_and_sum_to_one_for_a_non_empty_profile()
    {
        Check.One(ObjectivesGenerators.Config, Prop.ForAll(ObjectivesGenerators.NonEmptyProfileArb, profile =>
        {
            var a = profile.Analyze();
            foreach (var share in new[] { a.InwardShare, a.OutwardShare, a.ExplicitShare, a.ImplicitShare })
            {
                Assert.True(share.IsKnown);
                Assert.InRange(share.Value, 0.0, 1.0);
            }
            // Tolerances, not rounding to n decimals: rounding flips at a boundary (0.99999999999949 → 0.999999999999).
            Assert.Equal(1.0, a.InwardShare.Value + a.OutwardShare.Value, 1e-12);
            Assert.Equal(1.0, a.ExplicitShare.Value + a.ImplicitShare.Value, 1e-12);
            Assert.Equal(1.0, AllCells.Sum(c => a.ShareIn(c).Value), 1e-12);
            foreach (var cell in AllCells)
            {
                Assert.InRange(a.ShareIn(cell).Value, 0.0, 1.0);
            }

            // The shares agree with the plain definition (weight of the side / total weight).
            double total = ObjectivesGenerators.WeightWhere(profile, _ => true);
            double inward = ObjectivesGenerators.WeightWhere(profile, p => ObjectivesGenerators.IsInward(p.Objective));
            Assert.Equal(inward / total, a.InwardShare.Value, 1e-9);
            Assert.False(double.IsNaN(a.InwardShare.Value));
        }));
    }

    [Fact]
    public void Property_adding_an_inward_objective_never_lowers_the_inward_share()
    {
        Check.One(ObjectivesGenerators.Config, Prop.ForAll(ObjectivesGenerators.InwardAdditionArb, c =>
        {
            var before = c.Profile.Analyze();
            var after = c.Profile.Add(c.Added).Analyze();
            Assert.True(after.InwardShare.IsKnown);
            if (before.InwardShare.IsKnown)
            {
                Assert.True(after.InwardShare.Value >= before.InwardShare.Value, $"{before.InwardShare} -> {after.InwardShare}");
                Assert.True(after.OutwardShare.Value <= before.OutwardShare.Value);
                Assert.True(after.IsMainlyInward >= before.IsMainlyInward);
            }
            else
            {
                Assert.Equal(1.0, after.InwardShare.Value);
            }
        }));
    }

    [Fact]
    public void Property_the_analysis_is_independent_of_input_order()
    {
        Check.One(ObjectivesGenerators.Config, Prop.ForAll(ObjectivesGenerators.ReorderingArb, r =>
        {
            var reordered = new ObjectiveProfile(r.Profile.Organisation, r.Shuffled);
            Assert.Equal(r.Profile, reordered);
            Assert.Equal(r.Profile.GetHashCode(), reordered.GetHashCode());
            Assert.Equal(r.Profile.Objectives, reordered.Objectives);
            foreach (EvidenceSource? filter in new EvidenceSource?[] { null, EvidenceSource.SelfReported, EvidenceSource.Observed })
            {
                var a = r.Profile.Analyze(evidence: filter);
                var b = reordered.Analyze(evidence: filter);
                Assert.Equal(a.InwardShare, b.InwardShare);
                Assert.Equal(a.OutwardShare, b.OutwardShare);
                Assert.Equal(a.ExplicitShare, b.ExplicitShare);
                Assert.Equal(a.ImplicitShare, b.ImplicitShare);
                Assert.Equal(a.DominantCells, b.DominantCells);
                Assert.Equal(a.IsMainlyInward, b.IsMainlyInward);
                Assert.Equal(a.NeverEvidenced, b.NeverEvidenced);
                Assert.Equal(a.ToString(), b.ToString());
                foreach (var cell in AllCells)
                {
                    Assert.Equal(a.ObjectivesIn(cell), b.ObjectivesIn(cell));
                    Assert.Equal(a.WeightIn(cell), b.WeightIn(cell));
                }
            }
        }));
    }

    [Fact]
    public void Property_dominant_cells_are_exactly_the_cells_of_largest_weight_and_ties_are_kept()
    {
        Check.One(ObjectivesGenerators.Config, Prop.ForAll(ObjectivesGenerators.ProfileArb, profile =>
        {
            var a = profile.Analyze();
            if (a.IsEmpty)
            {
                Assert.True(a.DominantCells.IsEmpty);
                return;
            }
            double max = AllCells.Max(a.WeightIn);
            Assert.NotEmpty(a.DominantCells);
            foreach (var cell in AllCells)
            {
                bool atMax = a.WeightIn(cell) == max;
                if (atMax)
                {
                    Assert.Contains(cell, a.DominantCells);
                }
                if (a.DominantCells.Contains(cell))
                {
                    Assert.True(a.WeightIn(cell) > 0 && a.WeightIn(cell) >= max * (1 - ObjectiveAnalysis.DominantCellTolerance));
                }
            }
            Assert.Equal(a.DominantCells.Count > 1, a.HasTiedDominantCells);
        }));
    }

    [Fact]
    public void Property_considered_and_never_evidenced_objectives_split_the_thirteen()
    {
        var arb = (from p in ObjectivesGenerators.Profile
                   from f in Gen.Elements<EvidenceSource?>(null, EvidenceSource.SelfReported, EvidenceSource.Observed)
                   select (p, f)).ToArbitrary();
        Check.One(ObjectivesGenerators.Config, Prop.ForAll(arb, c =>
        {
            var a = c.p.Analyze(evidence: c.f);
            var considered = a.Considered.Select(x => x.Objective).ToHashSet();
            Assert.Equal(13, considered.Count + a.NeverEvidenced.Count);
            Assert.DoesNotContain(a.NeverEvidenced, considered.Contains);
            Assert.All(a.Considered, x => Assert.True(c.f is null || x.Evidence == c.f));
            Assert.Equal(considered.Count, AllCells.Sum(a.CountIn));

            // Filtering by evidence is the same as analysing the profile restricted to that evidence.
            var restricted = new ObjectiveProfile(c.p.Organisation, c.p.Objectives.Where(x => c.f is null || x.Evidence == c.f));
            var b = restricted.Analyze();
            Assert.Equal(b.InwardShare, a.InwardShare);
            Assert.Equal(b.DominantCells, a.DominantCells);
            Assert.Equal(b.IsMainlyInward, a.IsMainlyInward);
            Assert.Equal(b.NeverEvidenced, a.NeverEvidenced);
        }));
    }

    [Fact]
    public void Property_mainly_inward_follows_the_threshold_and_is_unknown_only_without_objectives()
    {
        var arb = (from p in ObjectivesGenerators.Profile
                   from t in Gen.Elements(0.0, 0.25, 0.5, 0.75, 1.0)
                   select (p, t)).ToArbitrary();
        Check.One(ObjectivesGenerators.Config, Prop.ForAll(arb, c =>
        {
            var a = c.p.Analyze(new ObjectiveAnalysisParameters(c.t));
            if (c.p.IsEmpty)
            {
                Assert.Equal(Truth.Unknown, a.IsMainlyInward);
                Assert.True(a.InwardShare.IsUnknown);
            }
            else
            {
                // As documented: the share must exceed the threshold by more than the rounding tolerance.
                Assert.Equal(Truth.FromBoolean(a.InwardShare.Value - c.t > ObjectiveAnalysis.DominantCellTolerance), a.IsMainlyInward);
            }
        }));
    }

    [Fact]
    public void Property_invalid_emphases_are_rejected_naming_the_parameter()
    {
        var arb = (from o in ObjectivesGenerators.ObjectiveValue
                   from e in ObjectivesGenerators.Evidence
                   from w in ObjectivesGenerators.InvalidEmphasis
                   select (o, e, w)).ToArbitrary();
        Check.One(ObjectivesGenerators.Config, Prop.ForAll(arb, c =>
        {
            var ex = Assert.ThrowsAny<ArgumentException>(() => new PursuedObjective(c.o, c.e, c.w));
            Assert.Equal("emphasis", ex.ParamName);
            Assert.False(PursuedObjective.IsValidEmphasis(c.w));
        }));
    }

    [Fact]
    public void Property_the_same_objective_twice_is_rejected_naming_the_parameter()
    {
        Check.One(ObjectivesGenerators.Config, Prop.ForAll(ObjectivesGenerators.DuplicateArb, c =>
        {
            var ex = Assert.Throws<ArgumentException>(() => new ObjectiveProfile(c.Organisation, c.Objectives));
            Assert.Equal("objectives", ex.ParamName);
            Assert.Contains(ObjectivesVocabulary.Objectives.IdOf(c.Repeated), ex.Message, StringComparison.Ordinal);
        }));
    }
}
