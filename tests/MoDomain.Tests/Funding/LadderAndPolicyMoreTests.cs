using System;
using System.Collections.Generic;
using MoDomain.Funding;
using static MoDomain.Tests.Funding.Fixtures;

namespace MoDomain.Tests.Funding;

/// <summary>More survivors of the funding mutation run: the argument checks of the <see cref="FundingLadder"/> and
/// <see cref="FundingPolicy"/> constructors, and <see cref="FundingPolicies"/> (unknown id, recognition funders).</summary>
public sealed class LadderAndPolicyMoreTests
{
    private const string NullElements = "The sequence must not contain null elements.";

    // ---- FundingLadder constructor ----

    [Fact]
    public void A_ladder_refuses_null_rungs_and_a_null_rung_by_name()
    {
        Assert.Equal("rungs", Assert.Throws<ArgumentNullException>(() => new FundingLadder("x", Label, null!)).ParamName);
        foreach (FundingRung[] rungs in new[] { new FundingRung[] { null! }, [Rung(FundingForm.FixedBudget), null!] })
        {
            var ex = Assert.Throws<ArgumentException>(() => new FundingLadder("x", Label, rungs));
            Assert.Equal("rungs", ex.ParamName);
            Assert.Contains(NullElements, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_ladder_needs_a_rung()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FundingLadder("x", Label, []));
        Assert.Equal("rungs", ex.ParamName);
        Assert.Contains("A ladder needs at least one rung.", ex.Message, StringComparison.Ordinal);
        Assert.Single(new FundingLadder("x", Label, [Rung(FundingForm.FixedBudget)]).Rungs);
    }

    [Fact]
    public void A_duplicate_form_is_refused_naming_the_form_and_both_rungs()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FundingLadder("x", Label,
            [Rung(FundingForm.ProjectFunding), Rung(FundingForm.StructuralFunding), Rung(FundingForm.InstitutionalFunding), Rung(FundingForm.StructuralFunding, "project-eligibility")]));
        Assert.Equal("rungs", ex.ParamName);
        Assert.Contains("The form 'structural-funding' appears twice (rungs 1 and 3); a duplicate rung would make the ladder cyclic.", ex.Message, StringComparison.Ordinal);

        var adjacent = Assert.Throws<ArgumentException>(() => new FundingLadder("x", Label, [Rung(FundingForm.FixedBudget), Rung(FundingForm.FixedBudget)]));
        Assert.Contains("The form 'fixed-budget' appears twice (rungs 0 and 1);", adjacent.Message, StringComparison.Ordinal);
    }

    // ---- FundingPolicy constructor ----

    private static FundingPolicy Policy(IEnumerable<FundingRequirement> requirements, string id = "my-policy") => new(id, Label, "test", requirements);

    [Fact]
    public void A_policy_refuses_null_requirements_and_a_null_requirement_by_name()
    {
        Assert.Equal("requirements", Assert.Throws<ArgumentNullException>(() => Policy(null!)).ParamName);
        foreach (FundingRequirement[] requirements in new[] { new FundingRequirement[] { null! }, [FundingRequirement.Of(FundingRequirementKind.TrustBuilding), null!] })
        {
            var ex = Assert.Throws<ArgumentException>(() => Policy(requirements));
            Assert.Equal("requirements", ex.ParamName);
            Assert.Contains(NullElements, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_policy_needs_a_requirement()
    {
        var ex = Assert.Throws<ArgumentException>(() => Policy([]));
        Assert.Equal("requirements", ex.ParamName);
        Assert.Contains("A policy needs at least one requirement.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirement_kind_may_appear_once_and_a_repeat_names_requirement_and_policy()
    {
        var ex = Assert.Throws<ArgumentException>(() => Policy(
            [FundingRequirement.DemonstrableSuccess(3), FundingRequirement.Of(FundingRequirementKind.TrustBuilding), FundingRequirement.DemonstrableSuccess(5)], "city-guideline"));
        Assert.Equal("requirements", ex.ParamName);
        Assert.Contains("The requirement 'demonstrable-success' appears twice in policy 'city-guideline'.", ex.Message, StringComparison.Ordinal);

        // Same kind with other parameters is still the same kind.
        var recognition = Assert.Throws<ArgumentException>(() => Policy(
            [FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled), FundingRequirement.YouthWelfareRecognition(RecognitionStatus.MayBeRecognised, [FunderKind.Land])]));
        Assert.Contains("The requirement 'youth-welfare-recognition' appears twice in policy 'my-policy'.", recognition.Message, StringComparison.Ordinal);

        Assert.Equal(2, Policy([FundingRequirement.DemonstrableSuccess(3), FundingRequirement.Of(FundingRequirementKind.TrustBuilding)]).Requirements.Length);
    }

    // ---- FundingPolicies ----

    [Fact]
    public void Get_lists_every_known_id_comma_separated_for_an_unknown_id()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => FundingPolicies.Get("zzz"));
        Assert.Contains("No built-in funding policy has the id 'zzz';", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(
            "Known: institutional-funding, youth-welfare-recognition, labour-market-cooperation-readiness, project-eligibility, structural-eligibility.",
            ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Institutional_funding_needs_recognition_for_the_youth_department_by_default_or_for_the_given_funders()
    {
        static FundingRequirement Recognition(FundingPolicy p) =>
            Assert.Single(p.Requirements, r => r.Kind == FundingRequirementKind.YouthWelfareRecognition);

        Assert.Equal([FunderKind.MunicipalYouthEducationDepartment], Recognition(FundingPolicies.CreateInstitutionalFunding()).OnlyForFunders);
        Assert.Equal([FunderKind.Land], Recognition(FundingPolicies.CreateInstitutionalFunding(recognitionFunders: [FunderKind.Land])).OnlyForFunders);
        // An empty list means recognition is always required.
        Assert.Empty(Recognition(FundingPolicies.CreateInstitutionalFunding(recognitionFunders: [])).OnlyForFunders);
    }
}
