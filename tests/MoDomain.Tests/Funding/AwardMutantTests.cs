using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Funding;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Funding;

/// <summary>Survivors of the funding mutation run in <see cref="FundingAward"/>, <see cref="FundingAmount"/> and
/// <see cref="AwardHistory"/>: the in-force window, the canonical order, the queries at a date, equality and messages.</summary>
public sealed class AwardMutantTests
{
    private static readonly LocalDate S = new(2024, 1, 1);

    private static FundingAward Base() => new(FundingForm.StructuralFunding, FunderKind.Land, S, S.PlusDays(364), new FundingAmount(12000m, "EUR"));

    // ---- FundingAward.IsInForceOn: both ends of the closed period are in force ----

    [Fact]
    public void A_closed_award_is_in_force_on_its_first_and_last_day_only_between_them()
    {
        var award = new FundingAward(FundingForm.ProjectFunding, FunderKind.Land, S, new LocalDate(2024, 12, 31));
        Assert.False(award.IsInForceOn(S.PlusDays(-1)));
        Assert.True(award.IsInForceOn(S));
        Assert.True(award.IsInForceOn(new LocalDate(2024, 7, 1)));
        Assert.True(award.IsInForceOn(new LocalDate(2024, 12, 31)));
        Assert.False(award.IsInForceOn(new LocalDate(2025, 1, 1)));

        var oneDay = new FundingAward(FundingForm.ProjectFunding, FunderKind.Land, S, S);
        Assert.True(oneDay.IsInForceOn(S));
        Assert.False(oneDay.IsInForceOn(S.PlusDays(1)));
        Assert.False(oneDay.IsInForceOn(S.PlusDays(-1)));

        var open = new FundingAward(FundingForm.InstitutionalFunding, FunderKind.Land, S);
        Assert.True(open.IsInForceOn(S));
        Assert.True(open.IsInForceOn(new LocalDate(2100, 1, 1)));
        Assert.False(open.IsInForceOn(S.PlusDays(-1)));
    }

    [Fact]
    public void The_in_force_days_of_an_award_are_exactly_its_window()
    {
        var arb = (from award in Funding.FundingGenerators.Award
                   from a in Gen.Choose(-2_000, 5_000)
                   from b in Gen.Choose(-2_000, 5_000)
                   from c in Gen.Choose(-2_000, 5_000)
                   select (award, Sorted: new[] { a, b, c }.Order().Select(d => award.Start.PlusDays(d)).ToArray())).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(300)), Prop.ForAll(arb, t =>
        {
            var (award, d) = t;
            // Convex: in force on two days means in force on every day between them.
            bool convex = !(award.IsInForceOn(d[0]) && award.IsInForceOn(d[2])) || award.IsInForceOn(d[1]);
            // Closed at both ends, and nothing outside.
            bool start = award.IsInForceOn(award.Start) && !award.IsInForceOn(award.Start.PlusDays(-1));
            bool end = award.End is not { } e || (award.IsInForceOn(e) && !award.IsInForceOn(e.PlusDays(1)));
            bool openForever = award.End is not null || award.IsInForceOn(award.Start.PlusDays(40_000));
            return convex && start && end && openForever;
        }));
    }

    // ---- FundingAward: argument check, equality, text ----

    [Fact]
    public void An_end_before_the_start_is_rejected_with_both_dates_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FundingAward(FundingForm.ProjectFunding, FunderKind.Land, new LocalDate(2024, 2, 1), new LocalDate(2024, 1, 1)));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("The award ends on 2024-01-01, before it starts on 2024-02-01.", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> AwardFields => new() { "form", "funder", "start", "end", "end-open", "amount", "amount-none" };

    [Theory]
    [MemberData(nameof(AwardFields))]
    public void An_award_that_differs_in_one_field_is_not_equal_and_hashes_differently(string field)
    {
        var a = Base();
        var b = field switch
        {
            "form" => new FundingAward(FundingForm.FixedBudget, FunderKind.Land, S, a.End, a.Amount),
            "funder" => new FundingAward(FundingForm.StructuralFunding, FunderKind.EuFund, S, a.End, a.Amount),
            "start" => new FundingAward(FundingForm.StructuralFunding, FunderKind.Land, S.PlusDays(1), a.End, a.Amount),
            "end" => new FundingAward(FundingForm.StructuralFunding, FunderKind.Land, S, S.PlusDays(365), a.Amount),
            "end-open" => new FundingAward(FundingForm.StructuralFunding, FunderKind.Land, S, null, a.Amount),
            "amount" => new FundingAward(FundingForm.StructuralFunding, FunderKind.Land, S, a.End, new FundingAmount(12001m, "EUR")),
            "amount-none" => new FundingAward(FundingForm.StructuralFunding, FunderKind.Land, S, a.End),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such field."),
        };
        EqualityLaws.AssertDiffers(a, b, field, hashed: true);
    }

    [Fact]
    public void Equal_awards_are_equal_with_equal_hashes_and_null_is_not_equal()
    {
        Assert.True(Base().Equals(Base()));
        Assert.True(Base().Equals((object)Base()));
        Assert.Equal(Base().GetHashCode(), Base().GetHashCode());
        Assert.False(Base().Equals(null));
        Assert.False(Base().Equals((object)"structural-funding"));
    }

    [Fact]
    public void Award_text_is_pinned()
    {
        Assert.Equal("structural-funding from land 2024-01-01..2024-12-30", Base().ToString());
        Assert.Equal("institutional-funding from eu-fund 2024-01-01..open", new FundingAward(FundingForm.InstitutionalFunding, FunderKind.EuFund, S).ToString());
    }

    // ---- FundingAmount ----

    [Fact]
    public void A_negative_amount_is_rejected_naming_value_and_reason()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FundingAmount(-0.01m, "EUR"));
        Assert.Equal("value", ex.ParamName);
        Assert.Equal(-0.01m, ex.ActualValue);
        Assert.Contains("An amount cannot be negative.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0m, new FundingAmount(0m, "EUR").Value);
    }

    [Theory]
    [InlineData("value")]
    [InlineData("currency")]
    public void An_amount_that_differs_in_one_field_is_not_equal_and_hashes_differently(string field)
    {
        var a = new FundingAmount(100m, "EUR");
        var b = field == "value" ? new FundingAmount(101m, "EUR") : new FundingAmount(100m, "USD");
        EqualityLaws.AssertDiffers(a, b, field, hashed: true);
    }

    [Fact]
    public void Equal_amounts_are_equal_null_is_not_and_the_text_is_invariant()
    {
        Assert.True(new FundingAmount(100m, "EUR").Equals(new FundingAmount(100m, "EUR")));
        Assert.Equal(new FundingAmount(100m, "EUR").GetHashCode(), new FundingAmount(100m, "EUR").GetHashCode());
        Assert.False(new FundingAmount(100m, "EUR").Equals(null));
        Assert.Equal("12000.50 EUR", new FundingAmount(12000.50m, "EUR").ToString());
    }

    // ---- AwardHistory queries ----

    [Fact]
    public void HighestRungHeld_rejects_a_null_ladder_even_for_an_empty_history()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => AwardHistory.Empty.HighestRungHeld(S, null!));
        Assert.Equal("ladder", ex.ParamName);
    }

    [Fact]
    public void HighestRungHeld_takes_the_highest_form_in_force_on_the_date()
    {
        var history = new AwardHistory([
            new FundingAward(FundingForm.ProjectFunding, FunderKind.Land, S, new LocalDate(2025, 12, 31)),
            new FundingAward(FundingForm.StructuralFunding, FunderKind.Land, new LocalDate(2025, 1, 1)),
            new FundingAward(FundingForm.SingleMeasureFunding, FunderKind.Land, S, S),
        ]);
        Assert.Equal(FundingForm.ProjectFunding, history.HighestRungHeld(S, FundingLadder.Default));
        Assert.Equal(FundingForm.StructuralFunding, history.HighestRungHeld(new LocalDate(2025, 1, 1), FundingLadder.Default));
        Assert.Null(history.HighestRungHeld(S.PlusDays(-1), FundingLadder.Default));
    }

    [Fact]
    public void An_open_ended_award_is_never_time_limited_whatever_its_form_usually_is()
    {
        // Structural funding's time limit is left open by the sources: closed, it is unknown; open-ended, it is known not to be.
        Assert.True(FundingVocabulary.TraitsOf(FundingForm.StructuralFunding).TimeLimited.IsUnknown);
        var closed = new AwardHistory([new FundingAward(FundingForm.StructuralFunding, FunderKind.Land, S, S.PlusDays(100))]);
        var open = new AwardHistory([new FundingAward(FundingForm.StructuralFunding, FunderKind.Land, S)]);
        Assert.Equal(Truth.Unknown, closed.DependsOnlyOnTimeLimited(S));
        Assert.Equal(Truth.No, open.DependsOnlyOnTimeLimited(S));

        var project = new FundingAward(FundingForm.ProjectFunding, FunderKind.Land, S, S.PlusDays(100));
        Assert.Equal(Truth.Yes, new AwardHistory([project]).DependsOnlyOnTimeLimited(S));
        Assert.Equal(Truth.No, new AwardHistory([project]).DependsOnlyOnTimeLimited(S.PlusDays(101)));
    }

    [Fact]
    public void CountWithoutAmount_counts_only_awards_in_force_that_have_no_amount()
    {
        var history = new AwardHistory([
            new FundingAward(FundingForm.ProjectFunding, FunderKind.Land, S, S.PlusDays(10), new FundingAmount(5m, "EUR")),
            new FundingAward(FundingForm.ProjectGrant, FunderKind.Land, S, S.PlusDays(10)),
            new FundingAward(FundingForm.SingleMeasureFunding, FunderKind.EuFund, S, S.PlusDays(10)),
            new FundingAward(FundingForm.SingleMeasureFunding, FunderKind.Land, S.PlusDays(20), S.PlusDays(30)),
        ]);
        Assert.Equal(2, history.CountWithoutAmount(S));
        Assert.Equal(1, history.CountWithoutAmount(S.PlusDays(20)));
        Assert.Equal(0, history.CountWithoutAmount(S.PlusDays(11)));
    }

    // ---- AwardHistory equality ----

    [Fact]
    public void Histories_are_equal_when_their_awards_are_whatever_the_input_order()
    {
        var a = Base();
        var b = new FundingAward(FundingForm.ProjectFunding, FunderKind.EuFund, S, S.PlusDays(3));
        var ab = new AwardHistory([a, b]);
        var ba = new AwardHistory([b, a]);
        Assert.True(ab.Equals(ba));
        Assert.True(ab.Equals((object)ba));
        Assert.Equal(ab.GetHashCode(), ba.GetHashCode());

        var onlyA = new AwardHistory([a]);
        Assert.False(ab.Equals(onlyA));
        Assert.False(onlyA.Equals(new AwardHistory([b])));
        Assert.False(ab.Equals(null));
        Assert.False(AwardHistory.Empty.Equals(onlyA));
        Assert.NotEqual(onlyA.GetHashCode(), new AwardHistory([b]).GetHashCode());
        Assert.NotEqual(onlyA.GetHashCode(), ab.GetHashCode());
    }

    // ---- AwardHistory canonical order: ties broken field by field ----

    public static TheoryData<string> OrderCases => new() { "start", "end", "closed-before-open", "form", "funder", "no-amount-first", "currency", "value" };

    [Theory]
    [MemberData(nameof(OrderCases))]
    public void The_canonical_order_breaks_ties_field_by_field(string field)
    {
        // Each pair differs in the named field and in every later field in the opposite direction, so skipping or
        // misreading the field puts the pair the wrong way round.
        var end = S.PlusDays(30);
        (FundingAward First, FundingAward Second) pair = field switch
        {
            "start" => (new(FundingForm.ThirdPartyFunding, FunderKind.EuFund, S, S.PlusDays(99)), new(FundingForm.InstitutionalFunding, FunderKind.Land, S.PlusDays(1), end)),
            "end" => (new(FundingForm.ThirdPartyFunding, FunderKind.EuFund, S, S.PlusDays(5)), new(FundingForm.InstitutionalFunding, FunderKind.Land, S, S.PlusDays(10))),
            "closed-before-open" => (new(FundingForm.ThirdPartyFunding, FunderKind.EuFund, S, LocalDate.MaxIsoValue), new(FundingForm.InstitutionalFunding, FunderKind.Land, S)),
            "form" => (new(FundingForm.InstitutionalFunding, FunderKind.EuFund, S, end, new FundingAmount(9m, "USD")), new(FundingForm.StructuralFunding, FunderKind.MunicipalIntegrationDepartment, S, end, new FundingAmount(1m, "AUD"))),
            "funder" => (new(FundingForm.StructuralFunding, FunderKind.Land, S, end, new FundingAmount(9m, "USD")), new(FundingForm.StructuralFunding, FunderKind.EuFund, S, end, new FundingAmount(1m, "AUD"))),
            "no-amount-first" => (new(FundingForm.StructuralFunding, FunderKind.Land, S, end), new(FundingForm.StructuralFunding, FunderKind.Land, S, end, new FundingAmount(0m, "AUD"))),
            "currency" => (new(FundingForm.StructuralFunding, FunderKind.Land, S, end, new FundingAmount(500m, "AUD")), new(FundingForm.StructuralFunding, FunderKind.Land, S, end, new FundingAmount(100m, "EUR"))),
            "value" => (new(FundingForm.StructuralFunding, FunderKind.Land, S, end, new FundingAmount(100m, "EUR")), new(FundingForm.StructuralFunding, FunderKind.Land, S, end, new FundingAmount(500m, "EUR"))),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such field."),
        };
        Assert.Equal(new[] { pair.First, pair.Second }, new AwardHistory([pair.First, pair.Second]).Awards);
        Assert.Equal(new[] { pair.First, pair.Second }, new AwardHistory([pair.Second, pair.First]).Awards);
    }

    /// <summary>Awards drawn from small pools, so that most pairs tie on several fields.</summary>
    private static readonly Gen<FundingAward> TieHeavyAward =
        from start in Gen.Elements(S, S.PlusDays(1))
        from end in Gen.Elements<LocalDate?>(null, S.PlusDays(1), S.PlusDays(2), LocalDate.MaxIsoValue)
        from form in Gen.Elements(FundingForm.InstitutionalFunding, FundingForm.StructuralFunding, FundingForm.ThirdPartyFunding)
        from funder in Gen.Elements(FunderKind.Land, FunderKind.EuFund)
        from amount in Gen.Elements<FundingAmount?>(null, new FundingAmount(1m, "EUR"), new FundingAmount(2m, "EUR"), new FundingAmount(1m, "USD"), new FundingAmount(2m, "AUD"))
        select new FundingAward(form, funder, start, end, amount);

    [Fact]
    public void The_canonical_order_is_a_total_order_consistent_with_equality()
    {
        // The documented key: start, end (open-ended last), form, funder, amount (none first; currency, then value).
        static List<FundingAward> Reference(IEnumerable<FundingAward> awards) => [.. awards
            .OrderBy(a => a.Start)
            .ThenBy(a => a.End ?? LocalDate.MaxIsoValue)
            .ThenBy(a => a.IsOpenEnded)
            .ThenBy(a => a.Form)
            .ThenBy(a => a.Funder)
            .ThenBy(a => a.Amount?.Currency, StringComparer.Ordinal)
            .ThenBy(a => a.Amount?.Value)];

        var arb = (from n in Gen.Choose(0, 8)
                   from list in Gen.ArrayOf(TieHeavyAward, n)
                   from shuffled in Gen.Shuffle(list)
                   select (list, shuffled)).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(400)), Prop.ForAll(arb, t =>
        {
            var one = new AwardHistory(t.list);
            var other = new AwardHistory(t.shuffled);
            return one.Awards.SequenceEqual(other.Awards)
                && one.Equals(other) && one.GetHashCode() == other.GetHashCode()
                && one.Awards.SequenceEqual(Reference(t.list));
        }));
    }
}
