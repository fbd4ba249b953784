using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Rules;
using MoDomain.SocialSecurity;

namespace MoDomain.Tests.SocialSecurity;

/// <summary>The properties of the function assessment and the 4 × 3 function × perspective matrix (issue 3, DOMAIN.md §3.1–3.2).</summary>
public sealed class SocialSecurityProperties
{
    private static readonly SocialSecurityFunction[] Functions = Enum.GetValues<SocialSecurityFunction>();
    private static readonly Perspective[] Perspectives = Enum.GetValues<Perspective>();

    [Fact]
    public void Property_the_matrix_total_equals_the_number_of_evidence_items()
    {
        Check.One(SocialSecurityGenerators.Config, Prop.ForAll(SocialSecurityGenerators.ProfileArb, profile =>
        {
            var a = profile.Assess();
            int distinct = profile.Evidence.Distinct().Count();
            Assert.Equal(distinct, profile.Evidence.Length);
            Assert.Equal(profile.Evidence.Length, a.Matrix.Total);
            Assert.Equal(a.Matrix.Total, Functions.Sum(a.Matrix.RowTotal));
            Assert.Equal(a.Matrix.Total, Perspectives.Sum(a.Matrix.ColumnTotal));
            Assert.Equal(a.Matrix.Total, a.SupportingMatrix.Total + a.ContradictingMatrix.Total);
            foreach (var f in Functions)
            {
                foreach (var p in Perspectives)
                {
                    int expected = profile.Evidence.Count(e => e.Function == f && e.Perspective == p);
                    Assert.Equal(expected, a.Matrix.Count(f, p));
                    Assert.Equal(a.Matrix.Count(f, p), a.SupportingMatrix.Count(f, p) + a.ContradictingMatrix.Count(f, p));
                    Assert.Equal(profile.Evidence.Count(e => e.Function == f && e.Perspective == p && e.Stance == EvidenceStance.Supports), a.SupportingMatrix.Count(f, p));
                }
            }
        }));
    }

    [Fact]
    public void Property_strength_evidenced_functions_and_disagreements_follow_their_definitions()
    {
        Check.One(SocialSecurityGenerators.Config, Prop.ForAll(SocialSecurityGenerators.ProfileArb, profile =>
        {
            var a = profile.Assess();
            foreach (var f in Functions)
            {
                var supporting = profile.Evidence.Where(e => e.Function == f && e.Stance == EvidenceStance.Supports).ToArray();
                var contradicting = profile.Evidence.Where(e => e.Function == f && e.Stance == EvidenceStance.Contradicts).ToArray();
                Assert.Equal(supporting.Distinct().Count(), a.Strength(f));
                Assert.Equal(contradicting.Length, a.Contradictions(f));
                Assert.Equal(supporting.Length > 0, a.IsEvidenced(f));
                Assert.Equal(supporting.Length > 0, a.EvidencedFunctions.Contains(f));
                var by = supporting.Select(e => e.Perspective).Distinct().Order().ToArray();
                var against = contradicting.Select(e => e.Perspective).Distinct().Order().ToArray();
                Assert.Equal(by, a.SupportingPerspectives(f));
                Assert.Equal(against, a.ContradictingPerspectives(f));
                bool disagree = by.Any(s => against.Any(c => c != s));
                Assert.Equal(disagree, a.Disagreements.Any(d => d.Function == f));
            }
            foreach (var i in Enum.GetValues<FunctionIndicator>())
            {
                int n = profile.Evidence.Count(e => e.Indicator == i && e.Stance == EvidenceStance.Supports);
                Assert.Equal(n, a.Support(i));
                Assert.Equal(n > 0, a.SupportedIndicators.Contains(i));
            }
        }));
    }

    [Fact]
    public void Property_adding_evidence_never_removes_a_function_from_the_evidenced_set()
    {
        Check.One(SocialSecurityGenerators.Config, Prop.ForAll(SocialSecurityGenerators.AdditionArb, c =>
        {
            var before = c.Profile.Assess();
            var after = c.Profile.Add(c.Added).Assess();
            Assert.Subset(after.EvidencedFunctions.ToHashSet(), before.EvidencedFunctions.ToHashSet());
            foreach (var f in Functions)
            {
                Assert.True(after.Strength(f) >= before.Strength(f));
                Assert.Subset(after.SupportingPerspectives(f).ToHashSet(), before.SupportingPerspectives(f).ToHashSet());
            }
            Assert.True(after.Matrix.Total >= before.Matrix.Total);
            Assert.True(after.Matrix.Total <= before.Matrix.Total + c.Added.Length);
        }));
    }

    [Fact]
    public void Property_the_assessment_is_independent_of_evidence_order()
    {
        Check.One(SocialSecurityGenerators.Config, Prop.ForAll(SocialSecurityGenerators.ReorderingArb, r =>
        {
            var a = new FunctionAssessment("Together e.V.", r.Items);
            var b = new FunctionAssessment("Together e.V.", r.Shuffled);
            Assert.Equal(a.Profile, b.Profile);
            Assert.Equal(a.Profile.GetHashCode(), b.Profile.GetHashCode());
            Assert.Equal(a.Matrix, b.Matrix);
            Assert.Equal(a.SupportingMatrix, b.SupportingMatrix);
            Assert.Equal(a.ContradictingMatrix, b.ContradictingMatrix);
            Assert.Equal(a.EvidencedFunctions, b.EvidencedFunctions);
            Assert.Equal(a.SupportedIndicators, b.SupportedIndicators);
            Assert.Equal(a.Disagreements, b.Disagreements);
            Assert.Equal(a.ToString(), b.ToString());
            foreach (var f in Functions)
            {
                Assert.Equal(a.Strength(f), b.Strength(f));
                Assert.Equal(a.SupportingPerspectives(f), b.SupportingPerspectives(f));
            }
        }));
    }

    [Fact]
    public void Property_perspective_filters_commute_with_counting()
    {
        Check.One(SocialSecurityGenerators.Config, Prop.ForAll(SocialSecurityGenerators.FilterArb, c =>
        {
            var all = c.Profile.Assess();
            var filtered = all.For(c.Perspective);
            var viaProfile = c.Profile.For(c.Perspective).Assess();
            Assert.Equal(c.Perspective, filtered.PerspectiveFilter);
            Assert.Equal(viaProfile.Matrix, filtered.Matrix);
            Assert.Equal(viaProfile.Profile, filtered.Profile);
            Assert.Equal(all.Matrix.ColumnTotal(c.Perspective), filtered.Matrix.Total);
            Assert.Empty(filtered.Disagreements);
            foreach (var f in Functions)
            {
                foreach (var q in Perspectives)
                {
                    Assert.Equal(q == c.Perspective ? all.Matrix.Count(f, q) : 0, filtered.Matrix.Count(f, q));
                    Assert.Equal(q == c.Perspective ? all.SupportingMatrix.Count(f, q) : 0, filtered.SupportingMatrix.Count(f, q));
                    Assert.Equal(q == c.Perspective ? all.ContradictingMatrix.Count(f, q) : 0, filtered.ContradictingMatrix.Count(f, q));
                }
                Assert.Equal(all.SupportingMatrix.Count(f, c.Perspective), filtered.Strength(f));
                Assert.Equal(all.SupportingPerspectives(f).Contains(c.Perspective), filtered.IsEvidenced(f));
            }

            // Counting per perspective and adding up gives the whole.
            Assert.Equal(all.Matrix.Total, Perspectives.Sum(p => all.For(p).Matrix.Total));
            foreach (var f in Functions)
            {
                Assert.Equal(all.Strength(f), Perspectives.Sum(p => all.For(p).Strength(f)));
            }

            // Filtering twice by the same perspective changes nothing; by two different ones leaves nothing.
            Assert.Equal(filtered.Matrix, filtered.For(c.Perspective).Matrix);
            var other = Perspectives.First(p => p != c.Perspective);
            Assert.Equal(0, filtered.For(other).Matrix.Total);
        }));
    }

    [Fact]
    public void Property_evidence_has_value_equality()
    {
        var pairs = (from e in SocialSecurityGenerators.Evidence
                     from f in SocialSecurityGenerators.Evidence
                     select (e, f)).ToArbitrary();
        Check.One(SocialSecurityGenerators.Config, Prop.ForAll(pairs, c =>
        {
            var r = c.e.Reference;
            var copy = new FunctionEvidence(c.e.Indicator, c.e.Perspective, c.e.Stance,
                new EvidenceReference(new string(r.DocumentId.AsSpan()), r.SegmentId, r.Note, r.Date), c.e.AdministrativeRole);
            Assert.Equal(c.e, copy);
            Assert.Equal(c.e.GetHashCode(), copy.GetHashCode());
            Assert.Equal(c.e.ToString(), copy.ToString());
            Assert.Equal(SocialSecurityVocabulary.FunctionOf(c.e.Indicator), c.e.Function);
            bool same = c.e.Indicator == c.f.Indicator && c.e.Perspective == c.f.Perspective && c.e.Stance == c.f.Stance
                && c.e.AdministrativeRole == c.f.AdministrativeRole && c.e.Reference.Equals(c.f.Reference);
            Assert.Equal(same, c.e.Equals(c.f));
        }));
    }

    [Fact]
    public void Property_a_role_with_a_perspective_other_than_public_administration_is_rejected()
    {
        Check.One(SocialSecurityGenerators.Config, Prop.ForAll(SocialSecurityGenerators.MisplacedRoleArb, c =>
        {
            var ex = Assert.Throws<ArgumentException>(() =>
                new FunctionEvidence(c.Indicator, c.Perspective, c.Stance, new EvidenceReference("interview-mo-01"), c.Role));
            Assert.Equal("administrativeRole", ex.ParamName);
            Assert.Contains(SocialSecurityVocabulary.AdministrativeRoles.IdOf(c.Role), ex.Message);
            // The same role with public administration is fine.
            var ok = new FunctionEvidence(c.Indicator, Perspective.PublicAdministration, c.Stance, new EvidenceReference("interview-mo-01"), c.Role);
            Assert.Equal(c.Role, ok.AdministrativeRole.Value);
        }));
    }

    [Fact]
    public void Property_undefined_enum_values_and_blank_texts_are_rejected()
    {
        var cases = (from v in SocialSecurityGenerators.UndefinedEnumValue
                     from blank in SocialSecurityGenerators.Blank
                     select (v, blank)).ToArbitrary();
        var reference = new EvidenceReference("interview-mo-01");
        Check.One(SocialSecurityGenerators.Config, Prop.ForAll(cases, c =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new FunctionEvidence((FunctionIndicator)c.v, Perspective.MigrantOrganisation, EvidenceStance.Supports, reference));
            Assert.Throws<ArgumentOutOfRangeException>(() => new FunctionEvidence(FunctionIndicator.SafeSpace, (Perspective)c.v, EvidenceStance.Supports, reference));
            Assert.Throws<ArgumentOutOfRangeException>(() => new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, (EvidenceStance)c.v, reference));
            Assert.Throws<ArgumentOutOfRangeException>(() => new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.PublicAdministration, EvidenceStance.Supports, reference, (AdministrativeRole)c.v));
            Assert.Throws<ArgumentOutOfRangeException>(() => SocialSecurityVocabulary.FunctionOf((FunctionIndicator)c.v));
            Assert.Throws<ArgumentOutOfRangeException>(() => SocialSecurityVocabulary.IndicatorsOf((SocialSecurityFunction)c.v));
            Assert.Throws<ArgumentOutOfRangeException>(() => SocialSecurityVocabulary.Functions.IdOf((SocialSecurityFunction)c.v));
            var a = new FunctionAssessment("x", []);
            Assert.Throws<ArgumentOutOfRangeException>(() => a.Strength((SocialSecurityFunction)c.v));
            Assert.Throws<ArgumentOutOfRangeException>(() => a.For((Perspective)c.v));
            Assert.Throws<ArgumentOutOfRangeException>(() => a.Matrix.Count(SocialSecurityFunction.Hinge, (Perspective)c.v));
            Assert.Throws<ArgumentOutOfRangeException>(() => FunctionPerspectiveMatrix.Build([], (EvidenceStance)c.v));

            Assert.Throws<ArgumentException>(() => new EvidenceReference(c.blank));
            Assert.Throws<ArgumentException>(() => new EvidenceReference("doc", segmentId: c.blank));
            Assert.Throws<ArgumentException>(() => new EvidenceReference("doc", note: c.blank));
            Assert.Throws<ArgumentException>(() => new FunctionEvidenceProfile(c.blank, []));
            Assert.Throws<ArgumentException>(() => new FunctionAssessment(c.blank, []));
        }));
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var reference = new EvidenceReference("doc");
        Assert.Throws<ArgumentNullException>(() => new EvidenceReference(null!));
        Assert.Throws<ArgumentNullException>(() => new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, EvidenceStance.Supports, null!));
        Assert.Throws<ArgumentNullException>(() => new FunctionEvidenceProfile(null!, []));
        Assert.Throws<ArgumentNullException>(() => new FunctionEvidenceProfile("x", null!));
        Assert.Throws<ArgumentException>(() => new FunctionEvidenceProfile("x", [null!]));
        Assert.Throws<ArgumentException>(() => FunctionPerspectiveMatrix.Build([null!]));
        Assert.Throws<ArgumentNullException>(() => FunctionPerspectiveMatrix.Build(null!));
        Assert.Throws<ArgumentException>(() => new FunctionRelation(SocialSecurityFunction.Hinge, FunctionRelationKind.Favours, SocialSecurityFunction.Hinge, "d", "s"));
        Assert.Throws<ArgumentException>(() => new FunctionRelation(SocialSecurityFunction.Hinge, FunctionRelationKind.Favours, null, " ", "s"));
        var e = new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, EvidenceStance.Supports, reference, Fact<AdministrativeRole>.Unknown);
        Assert.True(e.AdministrativeRole.IsUnknown);
    }
}
