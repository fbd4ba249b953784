using System;
using System.Linq;
using MoDomain.Objectives;
using MoDomain.Rules;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Tests.Objectives;

/// <summary>
/// Contracts of the objectives and social-security types that mutation testing found unchecked: value equality field by
/// field, the argument checks with their parameter names and messages, boundaries and text forms.
/// </summary>
public sealed class ObjectivesAndFunctionsContractTests
{
    private static readonly EvidenceReference Ref = new("interview-1", "seg-2", "note", new LocalDate(2024, 3, 1));

    [Fact]
    public void Pursued_objectives_and_profiles_compare_field_by_field()
    {
        EqualityLaws.Check(
            () => new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.SelfReported, 2.0),
            ("objective", new PursuedObjective(Objective.CultureAndTradition, EvidenceSource.SelfReported, 2.0)),
            ("evidence", new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.Observed, 2.0)),
            ("emphasis", new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.SelfReported, 1.5)));

        var a = new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.SelfReported);
        var b = new PursuedObjective(Objective.CommunityServices, EvidenceSource.Observed);
        EqualityLaws.Check(
            () => new ObjectiveProfile("Verein", [a, b]),
            ("organisation", new ObjectiveProfile("Anderer Verein", [a, b])),
            ("objectives", new ObjectiveProfile("Verein", [a, new PursuedObjective(Objective.EducationSupport, EvidenceSource.Observed)])),
            ("fewer objectives", new ObjectiveProfile("Verein", [a])));
        EqualityLaws.Check(
            () => new ObjectiveAnalysisParameters(0.6),
            ("threshold", new ObjectiveAnalysisParameters(0.7)));
    }

    [Fact]
    public void Adding_an_objective_twice_names_it_and_the_organisation()
    {
        var profile = new ObjectiveProfile("Verein", [new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.SelfReported)]);
        var e = Assert.Throws<ArgumentException>(() => profile.Add(new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.Observed)));
        Assert.Equal("pursued", e.ParamName);
        Assert.Contains("The objective 'identity-building' is already in the profile of 'Verein'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analysis_uses_the_given_parameters_and_refuses_a_null_profile()
    {
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => ObjectiveAnalysis.Of(null!)).ParamName);

        // Two thirds of the weight is inward-looking: mainly inward at the default 0.5, not at 0.8.
        var profile = new ObjectiveProfile("Verein",
        [
            new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.SelfReported),
            new PursuedObjective(Objective.CultureAndTradition, EvidenceSource.SelfReported),
            new PursuedObjective(Objective.InternationalUnderstandingAndIntegration, EvidenceSource.SelfReported),
        ]);
        var byDefault = ObjectiveAnalysis.Of(profile);
        var strict = ObjectiveAnalysis.Of(profile, new ObjectiveAnalysisParameters(0.8));
        Assert.NotEqual(byDefault.IsMainlyInward, strict.IsMainlyInward);
        Assert.Equal(Truth.No, strict.IsMainlyInward);
    }

    [Fact]
    public void An_empty_profile_leaves_the_shares_unknown_and_its_text_is_pinned()
    {
        var analysis = ObjectiveAnalysis.Of(new ObjectiveProfile("Leer", []));
        Assert.False(analysis.InwardShare.IsKnown);
        Assert.True(analysis.DominantCells.IsEmpty);
        Assert.Equal("Leer: inward unknown, explicit unknown, dominant none, mainly-inward unknown", analysis.ToString());
    }

    [Fact]
    public void A_single_objective_makes_its_cell_the_only_dominant_one()
    {
        var analysis = ObjectiveAnalysis.Of(new ObjectiveProfile("Verein", [new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.SelfReported)]));
        Assert.Equal([ObjectivesVocabulary.CellOf(Objective.IdentityBuilding)], analysis.DominantCells.Items);
        Assert.StartsWith("Verein: inward 1, explicit ", analysis.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_types_compare_field_by_field()
    {
        EqualityLaws.Check(
            () => new EvidenceReference("interview-1", "seg-2", "note", new LocalDate(2024, 3, 1)),
            ("document", new EvidenceReference("interview-9", "seg-2", "note", new LocalDate(2024, 3, 1))),
            ("segment", new EvidenceReference("interview-1", "seg-3", "note", new LocalDate(2024, 3, 1))),
            ("note", new EvidenceReference("interview-1", "seg-2", "other note", new LocalDate(2024, 3, 1))),
            ("date", new EvidenceReference("interview-1", "seg-2", "note", new LocalDate(2024, 3, 2))));

        EqualityLaws.Check(
            () => new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.PublicAdministration, EvidenceStance.Supports, Ref, AdministrativeRole.EmploymentAgency),
            ("indicator", new FunctionEvidence(FunctionIndicator.FormalOffers, Perspective.PublicAdministration, EvidenceStance.Supports, Ref, AdministrativeRole.EmploymentAgency)),
            ("perspective", new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.WelfareAssociation, EvidenceStance.Supports, Ref)),
            ("stance", new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.PublicAdministration, EvidenceStance.Contradicts, Ref, AdministrativeRole.EmploymentAgency)),
            ("reference", new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.PublicAdministration, EvidenceStance.Supports, new EvidenceReference("interview-2"), AdministrativeRole.EmploymentAgency)),
            ("role", new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.PublicAdministration, EvidenceStance.Supports, Ref, AdministrativeRole.YouthWelfareOffice)));

        var e1 = new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, EvidenceStance.Supports, Ref);
        var e2 = new FunctionEvidence(FunctionIndicator.FormalOffers, Perspective.WelfareAssociation, EvidenceStance.Supports, Ref);
        EqualityLaws.Check(
            () => new FunctionEvidenceProfile("Verein", [e1, e2]),
            ("organisation", new FunctionEvidenceProfile("Anderer Verein", [e1, e2])),
            ("evidence", new FunctionEvidenceProfile("Verein", [e1])));

        EqualityLaws.Check(
            () => new FunctionRelation(SocialSecurityFunction.Homemaking, FunctionRelationKind.Favours, SocialSecurityFunction.Service, "d", "s"),
            ("from", new FunctionRelation(SocialSecurityFunction.Hinge, FunctionRelationKind.Favours, SocialSecurityFunction.Service, "d", "s")),
            ("kind", new FunctionRelation(SocialSecurityFunction.Homemaking, FunctionRelationKind.Distinguishes, SocialSecurityFunction.Service, "d", "s")),
            ("to", new FunctionRelation(SocialSecurityFunction.Homemaking, FunctionRelationKind.Favours, SocialSecurityFunction.Advocacy, "d", "s")),
            ("no target", new FunctionRelation(SocialSecurityFunction.Homemaking, FunctionRelationKind.Favours, null, "d", "s")));
    }

    [Fact]
    public void Matrices_and_disagreements_compare_by_value_and_print_invariant_ids()
    {
        var mo = new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, EvidenceStance.Supports, Ref);
        var pa = new FunctionEvidence(FunctionIndicator.ArrivingFeelingAtHome, Perspective.PublicAdministration, EvidenceStance.Contradicts, Ref);
        var wv = new FunctionEvidence(FunctionIndicator.FormalOffers, Perspective.WelfareAssociation, EvidenceStance.Supports, Ref);
        EqualityLaws.Check(
            () => FunctionPerspectiveMatrix.Build([mo, pa, wv]),
            ("counts", FunctionPerspectiveMatrix.Build([mo, pa])),
            ("stance", FunctionPerspectiveMatrix.Build([mo, pa, wv], EvidenceStance.Supports)));

        var assessment = new FunctionAssessment("Verein", [mo, pa, wv]);
        var disagreement = Assert.Single(assessment.Disagreements);
        Assert.Equal("homemaking supported-by migrant-organisation contradicted-by public-administration", disagreement.ToString());
        var same = Assert.Single(new FunctionAssessment("Verein", [pa, mo]).Disagreements);
        Assert.Equal(disagreement, same);
        Assert.Equal(disagreement.GetHashCode(), same.GetHashCode());
        var twoSupporters = Assert.Single(new FunctionAssessment("Verein",
            [mo, pa, new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.WelfareAssociation, EvidenceStance.Supports, Ref)]).Disagreements);
        Assert.NotEqual(disagreement, twoSupporters);
        Assert.NotEqual(disagreement.GetHashCode(), twoSupporters.GetHashCode());
    }

    [Fact]
    public void Undefined_enum_values_are_refused_with_the_parameter_name()
    {
        var e = new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, EvidenceStance.Supports, Ref);
        var assessment = new FunctionAssessment("Verein", [e]);
        var matrix = FunctionPerspectiveMatrix.Build([e]);
        var profile = new FunctionEvidenceProfile("Verein", [e]);
        const SocialSecurityFunction NoFunction = (SocialSecurityFunction)99;
        const Perspective NoPerspective = (Perspective)99;
        int indicators = Enum.GetValues<FunctionIndicator>().Length;

        Assert.Equal("indicator", Assert.Throws<ArgumentOutOfRangeException>(() => assessment.Support((FunctionIndicator)indicators)).ParamName);
        Assert.Equal("function", Assert.Throws<ArgumentOutOfRangeException>(() => assessment.SupportingPerspectives(NoFunction)).ParamName);
        Assert.Equal("function", Assert.Throws<ArgumentOutOfRangeException>(() => assessment.ContradictingPerspectives(NoFunction)).ParamName);
        Assert.Equal("perspective", Assert.Throws<ArgumentOutOfRangeException>(() => assessment.For(NoPerspective)).ParamName);
        Assert.Equal("function", Assert.Throws<ArgumentOutOfRangeException>(() => matrix.RowTotal(NoFunction)).ParamName);
        Assert.Equal("perspective", Assert.Throws<ArgumentOutOfRangeException>(() => matrix.ColumnTotal(NoPerspective)).ParamName);
        Assert.Equal("perspective", Assert.Throws<ArgumentOutOfRangeException>(() => profile.For(NoPerspective)).ParamName);
        Assert.Equal("administrativeRole", Assert.Throws<ArgumentOutOfRangeException>(
            () => new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.PublicAdministration, EvidenceStance.Supports, Ref, (AdministrativeRole)99)).ParamName);

        // One past the last indicator: the table lookup must refuse it, not read past the end.
        var past = Assert.Throws<ArgumentOutOfRangeException>(() => SocialSecurityVocabulary.FunctionOf((FunctionIndicator)indicators));
        Assert.Equal("indicator", past.ParamName);
        Assert.Contains("Not a defined FunctionIndicator.", past.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_elements_and_self_relations_are_refused_with_a_message()
    {
        var e = new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, EvidenceStance.Supports, Ref);
        var profile = new FunctionEvidenceProfile("Verein", [e]);
        var add = Assert.ThrowsAny<ArgumentException>(() => profile.Add([e, null!]));
        Assert.Equal("evidence", add.ParamName);
        var build = Assert.ThrowsAny<ArgumentException>(() => FunctionPerspectiveMatrix.Build([e, null!]));
        Assert.Contains("must not contain null elements", build.Message, StringComparison.Ordinal);
        var create = Assert.ThrowsAny<ArgumentException>(() => new FunctionEvidenceProfile("Verein", [e, null!]));
        Assert.Contains("must not contain null elements", create.Message, StringComparison.Ordinal);
        var self = Assert.Throws<ArgumentException>(() => new FunctionRelation(SocialSecurityFunction.Hinge, FunctionRelationKind.Favours, SocialSecurityFunction.Hinge, "d", "s"));
        Assert.Equal("to", self.ParamName);
        Assert.Contains("two different functions", self.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_dominant_cells_are_joined_with_a_plus_in_the_text()
    {
        // Equal weights in two cells: both are dominant, in cell order.
        var analysis = ObjectiveAnalysis.Of(new ObjectiveProfile("Verein",
        [
            new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.SelfReported),
            new PursuedObjective(Objective.InternationalUnderstandingAndIntegration, EvidenceSource.SelfReported),
        ]));
        Assert.Equal(2, analysis.DominantCells.Count);
        string expected = string.Join(" + ", analysis.DominantCells.Items.Select(ObjectivesVocabulary.Cells.IdOf));
        Assert.Contains(", dominant " + expected + ", ", analysis.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Disagreements_compare_and_hash_by_function_and_both_perspective_lists()
    {
        static FunctionEvidence E(FunctionIndicator i, Perspective p, EvidenceStance s) => new(i, p, s, Ref);
        static FunctionDisagreement Of(params FunctionEvidence[] evidence) => Assert.Single(new FunctionAssessment("Verein", evidence).Disagreements);

        const EvidenceStance Yes = EvidenceStance.Supports;
        const EvidenceStance No = EvidenceStance.Contradicts;
        const Perspective Mo = Perspective.MigrantOrganisation;
        const Perspective Wa = Perspective.WelfareAssociation;
        const Perspective Pa = Perspective.PublicAdministration;
        Assert.Equal(SocialSecurityFunction.Homemaking, SocialSecurityVocabulary.FunctionOf(FunctionIndicator.SafeSpace));
        Assert.Equal(SocialSecurityFunction.Service, SocialSecurityVocabulary.FunctionOf(FunctionIndicator.FormalOffers));

        // Same perspectives, other function.
        var homemaking = Of(E(FunctionIndicator.SafeSpace, Mo, Yes), E(FunctionIndicator.SafeSpace, Pa, No));
        var service = Of(E(FunctionIndicator.FormalOffers, Mo, Yes), E(FunctionIndicator.FormalOffers, Pa, No));
        EqualityLaws.AssertDiffers(homemaking, service, "function", hashed: true);

        // The same three perspectives, split differently between supporters and contradictors.
        var oneTwo = Of(E(FunctionIndicator.SafeSpace, Mo, Yes), E(FunctionIndicator.SafeSpace, Wa, No), E(FunctionIndicator.SafeSpace, Pa, No));
        var twoOne = Of(E(FunctionIndicator.SafeSpace, Mo, Yes), E(FunctionIndicator.SafeSpace, Wa, Yes), E(FunctionIndicator.SafeSpace, Pa, No));
        EqualityLaws.AssertDiffers(oneTwo, twoOne, "split", hashed: true);

        // Only the contradictors differ.
        EqualityLaws.AssertDiffers(homemaking, oneTwo, "contradicted-by", hashed: true);

        Assert.Equal("homemaking supported-by migrant-organisation contradicted-by welfare-association,public-administration", oneTwo.ToString());
        Assert.Equal("homemaking supported-by migrant-organisation,welfare-association contradicted-by public-administration", twoOne.ToString());
    }

    [Fact]
    public void Matrix_cells_and_relations_refuse_undefined_functions()
    {
        var matrix = FunctionPerspectiveMatrix.Build([new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, EvidenceStance.Supports, Ref)]);
        Assert.Equal("function", Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Count((SocialSecurityFunction)4, Perspective.MigrantOrganisation)).ParamName);
        Assert.Equal("perspective", Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Count(SocialSecurityFunction.Homemaking, (Perspective)3)).ParamName);
        Assert.Equal("function", Assert.Throws<ArgumentOutOfRangeException>(() => SocialSecurityVocabulary.RelationsFrom((SocialSecurityFunction)99)).ParamName);
    }
}
