using System;
using System.Linq;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;
using static MoDomain.Tests.Funding.Fixtures;

namespace MoDomain.Tests.Funding;

/// <summary>Survivors of the funding mutation run in <see cref="FundingLadder"/>, <see cref="FundingRung"/>,
/// <see cref="FundingGap"/> and <see cref="FundingGapAnalysis"/>.</summary>
public sealed class LadderMutantTests
{
    private static FundingLadder TwoRungs() => new("two-rungs", Label, [Rung(FundingForm.StructuralFunding), Rung(FundingForm.InstitutionalFunding)]);

    // ---- FromRelations argument checks ----

    [Fact]
    public void FromRelations_rejects_null_rungs_and_pairs_by_name()
    {
        Assert.Equal("rungs", Assert.Throws<ArgumentNullException>(() => FundingLadder.FromRelations("x", Label, null!, [])).ParamName);
        Assert.Equal("rungs", Assert.Throws<ArgumentException>(() => FundingLadder.FromRelations("x", Label, [Rung(FundingForm.FixedBudget), null!], [])).ParamName);
        Assert.Equal("above", Assert.Throws<ArgumentNullException>(() => FundingLadder.FromRelations("x", Label, [Rung(FundingForm.FixedBudget)], null!)).ParamName);
    }

    [Fact]
    public void FromRelations_names_a_duplicate_form()
    {
        var ex = Assert.Throws<ArgumentException>(() => FundingLadder.FromRelations("x", Label,
            [Rung(FundingForm.InstitutionalFunding), Rung(FundingForm.StructuralFunding), Rung(FundingForm.InstitutionalFunding, "project-eligibility")], []));
        Assert.Equal("rungs", ex.ParamName);
        Assert.Contains("The form 'institutional-funding' appears twice among the rungs.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRelations_names_a_pair_whose_lower_form_is_not_a_rung()
    {
        // Only the lower form is missing: an "either is a rung" check would let it through.
        var ex = Assert.Throws<ArgumentException>(() => FundingLadder.FromRelations("x", Label,
            [Rung(FundingForm.InstitutionalFunding), Rung(FundingForm.StructuralFunding)],
            [(FundingForm.InstitutionalFunding, FundingForm.StructuralFunding), (FundingForm.InstitutionalFunding, FundingForm.ProjectFunding)]));
        Assert.Equal("above", ex.ParamName);
        Assert.Contains("The pair (institutional-funding, project-funding) names a form that is not a rung.", ex.Message, StringComparison.Ordinal);

        var higherMissing = Assert.Throws<ArgumentException>(() => FundingLadder.FromRelations("x", Label,
            [Rung(FundingForm.InstitutionalFunding), Rung(FundingForm.StructuralFunding)],
            [(FundingForm.ProjectFunding, FundingForm.StructuralFunding)]));
        Assert.Contains("The pair (project-funding, structural-funding) names a form that is not a rung.", higherMissing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRelations_names_a_form_above_itself()
    {
        var ex = Assert.Throws<ArgumentException>(() => FundingLadder.FromRelations("x", Label,
            [Rung(FundingForm.InstitutionalFunding), Rung(FundingForm.StructuralFunding)],
            [(FundingForm.InstitutionalFunding, FundingForm.InstitutionalFunding)]));
        Assert.Equal("above", ex.ParamName);
        Assert.Contains("The form 'institutional-funding' cannot be above itself (a cycle).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRelations_names_only_the_unplaced_rungs_of_a_cycle()
    {
        // single-measure-funding is placed first; the cycle is between the other two (listed in the order given).
        var ex = Assert.Throws<ArgumentException>(() => FundingLadder.FromRelations("x", Label,
            [Rung(FundingForm.SingleMeasureFunding), Rung(FundingForm.StructuralFunding), Rung(FundingForm.InstitutionalFunding)],
            [(FundingForm.StructuralFunding, FundingForm.SingleMeasureFunding), (FundingForm.InstitutionalFunding, FundingForm.StructuralFunding), (FundingForm.StructuralFunding, FundingForm.InstitutionalFunding)]));
        Assert.Equal("above", ex.ParamName);
        Assert.Contains("The pairs contain a cycle among: structural-funding, institutional-funding.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRelations_lists_unordered_rungs_in_form_order()
    {
        var ex = Assert.Throws<ArgumentException>(() => FundingLadder.FromRelations("x", Label,
            [Rung(FundingForm.ProjectFunding), Rung(FundingForm.StructuralFunding), Rung(FundingForm.InstitutionalFunding)], []));
        Assert.Equal("above", ex.ParamName);
        Assert.Contains("The pairs do not order the rungs institutional-funding, structural-funding, project-funding against each other; a ladder must be a total order.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRelations_builds_the_unique_order_of_a_chain()
    {
        var ladder = FundingLadder.FromRelations("chain", Label,
            [Rung(FundingForm.InstitutionalFunding), Rung(FundingForm.ProjectFunding), Rung(FundingForm.StructuralFunding)],
            [(FundingForm.InstitutionalFunding, FundingForm.StructuralFunding), (FundingForm.StructuralFunding, FundingForm.ProjectFunding)]);
        Assert.Equal(new[] { FundingForm.ProjectFunding, FundingForm.StructuralFunding, FundingForm.InstitutionalFunding }, ladder.Rungs.Select(r => r.Form));
    }

    // ---- ranks and comparisons ----

    [Theory]
    [InlineData(-1)]
    [InlineData(10)] // one past the last defined form: the bound of the rank table
    [InlineData(11)]
    [InlineData(1000)]
    public void An_undefined_form_has_no_rank(int value)
    {
        Assert.Equal(10, Enum.GetValues<FundingForm>().Length);
        var form = (FundingForm)value;
        Assert.False(FundingLadder.Default.TryGetRank(form, out int rank));
        Assert.Equal(-1, rank);
        Assert.False(FundingLadder.Default.Contains(form));
    }

    [Fact]
    public void A_form_off_the_ladder_has_no_rank_and_cannot_be_compared()
    {
        var ladder = TwoRungs();
        Assert.False(ladder.TryGetRank(FundingForm.ProjectFunding, out int rank));
        Assert.Equal(-1, rank);
        Assert.True(ladder.TryGetRank(FundingForm.InstitutionalFunding, out rank));
        Assert.Equal(1, rank);

        var x = Assert.Throws<ArgumentException>(() => ladder.Compare(FundingForm.ProjectFunding, FundingForm.InstitutionalFunding));
        Assert.Equal("x", x.ParamName);
        Assert.Contains("The form 'ProjectFunding' is not on the ladder 'two-rungs'.", x.Message, StringComparison.Ordinal);
        var y = Assert.Throws<ArgumentException>(() => ladder.IsAbove(FundingForm.InstitutionalFunding, FundingForm.FixedBudget));
        Assert.Equal("y", y.ParamName);
        Assert.Contains("The form 'FixedBudget' is not on the ladder 'two-rungs'.", y.Message, StringComparison.Ordinal);
        Assert.True(ladder.IsAbove(FundingForm.InstitutionalFunding, FundingForm.StructuralFunding));
    }

    // ---- equality of ladders and rungs ----

    [Theory]
    [InlineData("id")]
    [InlineData("label")]
    [InlineData("rungs")]
    [InlineData("rung-content")]
    public void A_ladder_that_differs_in_one_field_is_not_equal(string field)
    {
        var a = TwoRungs();
        var b = field switch
        {
            "id" => new FundingLadder("other-rungs", Label, a.Rungs),
            "label" => new FundingLadder("two-rungs", new LocalizedText("Other", "Andere"), a.Rungs),
            "rungs" => new FundingLadder("two-rungs", Label, [.. a.Rungs, Rung(FundingForm.ProjectFunding)]),
            "rung-content" => new FundingLadder("two-rungs", Label, [Rung(FundingForm.StructuralFunding), Rung(FundingForm.InstitutionalFunding, "institutional-funding")]),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such field."),
        };
        // The hash reads the id and the number of rungs only.
        EqualityLaws.AssertDiffers(a, b, field, hashed: field is "id" or "rungs");
        EqualityLaws.AssertEqualCopies(a, TwoRungs());
    }

    [Theory]
    [InlineData("form")]
    [InlineData("policy")]
    [InlineData("policy-none")]
    [InlineData("rationale")]
    [InlineData("source")]
    public void A_rung_that_differs_in_one_field_is_not_equal(string field)
    {
        var a = new FundingRung(FundingForm.FixedBudget, "structural-eligibility", new LocalizedText("Why", "Warum"), "test");
        var b = field switch
        {
            "form" => new FundingRung(FundingForm.StructuralFunding, "structural-eligibility", new LocalizedText("Why", "Warum"), "test"),
            "policy" => new FundingRung(FundingForm.FixedBudget, "project-eligibility", new LocalizedText("Why", "Warum"), "test"),
            "policy-none" => new FundingRung(FundingForm.FixedBudget, null, new LocalizedText("Why", "Warum"), "test"),
            "rationale" => new FundingRung(FundingForm.FixedBudget, "structural-eligibility", new LocalizedText("Why", "Wieso"), "test"),
            "source" => new FundingRung(FundingForm.FixedBudget, "structural-eligibility", new LocalizedText("Why", "Warum"), "other"),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such field."),
        };
        // The hash reads the form and the policy id only.
        EqualityLaws.AssertDiffers(a, b, field, hashed: field is "form" or "policy" or "policy-none");
        EqualityLaws.AssertEqualCopies(a, new FundingRung(FundingForm.FixedBudget, "structural-eligibility", new LocalizedText("Why", "Warum"), "test"));
    }

    // ---- gap analysis ----

    [Fact]
    public void When_no_rung_is_met_there_is_no_highest_rung_and_the_lowest_is_next()
    {
        var ladder = new FundingLadder("closed", Label, [Rung(FundingForm.StructuralFunding, "only-trust"), Rung(FundingForm.InstitutionalFunding, "only-trust")]);
        var gap = FundingGapAnalysis.Analyse(Subject(Trust(false)), ladder, [OnlyTrust]);
        Assert.Equal(new[] { Truth.No, Truth.No }, gap.RungOutcomes);
        Assert.Null(gap.HighestRungMet);
        Assert.Same(ladder.Rungs[0], gap.NextRung);
        Assert.NotNull(gap.NextRungResult);
        Assert.Equal("trust-building", Assert.Single(gap.Blocking).Requirement.Id);
    }

    [Fact]
    public void When_only_the_lowest_rung_is_met_it_is_the_highest_rung_met()
    {
        var ladder = new FundingLadder("open-bottom", Label, [Rung(FundingForm.StructuralFunding), Rung(FundingForm.InstitutionalFunding, "only-trust")]);
        var gap = FundingGapAnalysis.Analyse(Subject(Trust(false)), ladder, [OnlyTrust]);
        Assert.Same(ladder.Rungs[0], gap.HighestRungMet);
        Assert.Same(ladder.Rungs[1], gap.NextRung);
        var blocking = Assert.Single(gap.Blocking);
        Assert.Equal(Truth.No, blocking.Outcome);
        Assert.Null(blocking.FirstDateMet);

        var top = FundingGapAnalysis.Analyse(Subject(Trust(true)), ladder, [OnlyTrust]);
        Assert.Same(ladder.Rungs[1], top.HighestRungMet);
        Assert.Null(top.NextRung);
        Assert.Null(top.NextRungResult);
        Assert.Empty(top.Blocking);
    }

    [Fact]
    public void Analyse_checks_its_arguments_even_when_no_policy_is_read()
    {
        var openOnly = new FundingLadder("open-only", Label, [Rung(FundingForm.StructuralFunding)]);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => FundingGapAnalysis.Analyse(null!, openOnly)).ParamName);
        var nullElement = Assert.Throws<ArgumentException>(() => FundingGapAnalysis.Analyse(Subject(Trust(true)), openOnly, [OnlyTrust, null!]));
        Assert.Equal("policies", nullElement.ParamName);
    }

    [Fact]
    public void FirstDateMet_checks_its_arguments_even_for_a_requirement_that_is_not_time_based()
    {
        var trust = FundingRequirement.Of(FundingRequirementKind.TrustBuilding);
        Assert.Equal("requirement", Assert.Throws<ArgumentNullException>(() => FundingGapAnalysis.FirstDateMet(null!, Subject(Trust(true)))).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => FundingGapAnalysis.FirstDateMet(trust, null!)).ParamName);
    }

    [Fact]
    public void FirstDateMet_is_the_day_after_the_subject_date_at_the_earliest()
    {
        var success = FundingRequirement.DemonstrableSuccess(3);
        var c = new FundingCase(Profile(), successRecordSince: new LocalDate(2021, 6, 2));
        Assert.Equal(new LocalDate(2024, 6, 2), FundingGapAnalysis.FirstDateMet(success, Subject(c, new LocalDate(2024, 6, 1))));
        Assert.Null(FundingGapAnalysis.FirstDateMet(success, Subject(c, new LocalDate(2024, 6, 2))));
        Assert.Null(FundingGapAnalysis.FirstDateMet(FundingRequirement.Of(FundingRequirementKind.TrustBuilding), Subject(Trust(false))));
    }
}
