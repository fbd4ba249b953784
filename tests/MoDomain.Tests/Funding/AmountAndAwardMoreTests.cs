using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Funding;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Funding;

/// <summary>More survivors of the funding mutation run: the currency-code check of <see cref="FundingAmount"/>, the end-date
/// check of <see cref="FundingAward"/>, the element check of <see cref="AwardHistory"/> and the form check of
/// <see cref="FundingVocabulary.TraitsOf"/>.</summary>
public sealed class AmountAndAwardMoreTests
{
    private static readonly LocalDate S = new(2024, 1, 1);

    // ---- FundingAmount: the currency code is exactly three letters A-Z ----

    [Theory]
    [InlineData("EUR")]
    [InlineData("AAA")]
    [InlineData("ZZZ")]
    [InlineData("AZA")]
    [InlineData("ZAZ")]
    public void Three_upper_case_letters_including_A_and_Z_are_a_currency_code(string code)
    {
        Assert.True(FundingAmount.IsCurrencyCode(code));
        Assert.Equal(code, new FundingAmount(1m, code).Currency);
    }

    [Theory]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("eur")]
    // One bad letter at each position: lower-case, just below 'A' ('@'), just above 'Z' ('['), a digit.
    [InlineData("eUR")]
    [InlineData("EuR")]
    [InlineData("EUr")]
    [InlineData("@UR")]
    [InlineData("E@R")]
    [InlineData("EU@")]
    [InlineData("[UR")]
    [InlineData("E[R")]
    [InlineData("EU[")]
    [InlineData("zUR")]
    [InlineData("EzR")]
    [InlineData("EUz")]
    [InlineData("1UR")]
    [InlineData("EU1")]
    public void Anything_else_is_refused_naming_the_code_and_the_parameter(string code)
    {
        Assert.False(FundingAmount.IsCurrencyCode(code));
        var ex = Assert.Throws<ArgumentException>(() => new FundingAmount(1m, code));
        Assert.Equal("currency", ex.ParamName);
        Assert.Contains($"'{code}' is not an ISO 4217 currency code (three upper-case letters).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_currency_is_refused_as_null()
    {
        Assert.False(FundingAmount.IsCurrencyCode(null));
        var ex = Assert.Throws<ArgumentNullException>(() => new FundingAmount(1m, null!));
        Assert.Equal("currency", ex.ParamName);
    }

    /// <summary>Characters at and around the edges of A-Z, so that every boundary is hit often.</summary>
    private static readonly char[] EdgeChars = ['@', 'A', 'B', 'M', 'Y', 'Z', '[', '`', 'a', 'z', '0', 'Ä'];

    [Fact]
    public void IsCurrencyCode_agrees_with_an_independent_definition()
    {
        var codes = from n in Gen.Choose(0, 4) from chars in Gen.ArrayOf(Gen.Elements(EdgeChars), n) select new string(chars);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(500)), Prop.ForAll(codes.ToArbitrary(), code =>
        {
            bool expected = code.Length == 3 && code.All(c => c >= 'A' && c <= 'Z');
            Assert.Equal(expected, FundingAmount.IsCurrencyCode(code));
            if (expected)
            {
                Assert.Equal(code, new FundingAmount(0m, code).Currency);
            }
            else
            {
                Assert.Equal("currency", Assert.Throws<ArgumentException>(() => new FundingAmount(0m, code)).ParamName);
            }
        }));
    }

    // ---- FundingAward: a time-limited form needs an end date ----

    [Theory]
    [InlineData(FundingForm.ProjectFunding, "project-funding")]
    [InlineData(FundingForm.SingleMeasureFunding, "single-measure-funding")]
    [InlineData(FundingForm.ProjectGrant, "project-grant")]
    public void An_open_ended_award_of_a_time_limited_form_is_refused_naming_the_form(FundingForm form, string formId)
    {
        Assert.True(FundingVocabulary.TraitsOf(form).TimeLimited.IsYes);
        Assert.Equal(formId, FundingVocabulary.Forms.IdOf(form));
        var ex = Assert.Throws<ArgumentException>(() => new FundingAward(form, FunderKind.Land, S));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains($"A '{formId}' award is time-limited and needs an end date.", ex.Message, StringComparison.Ordinal);
        // With an end date the same award is fine.
        Assert.Equal(S, new FundingAward(form, FunderKind.Land, S, S).End);
    }

    // ---- AwardHistory: the awards and each award are checked ----

    [Fact]
    public void A_history_refuses_null_awards_and_a_null_award_by_name()
    {
        var award = new FundingAward(FundingForm.InstitutionalFunding, FunderKind.Land, S);
        Assert.Equal("awards", Assert.Throws<ArgumentNullException>(() => new AwardHistory(null!)).ParamName);
        // A single null element: nothing would be compared while sorting, so only the element check finds it.
        var single = Assert.Throws<ArgumentException>(() => new AwardHistory([null!]));
        Assert.Equal("awards", single.ParamName);
        Assert.Contains("must not contain null elements", single.Message, StringComparison.Ordinal);
        var among = Assert.Throws<ArgumentException>(() => new AwardHistory([award, null!, award]));
        Assert.Equal("awards", among.ParamName);
        Assert.Contains("must not contain null elements", among.Message, StringComparison.Ordinal);
    }

    // ---- FundingVocabulary.TraitsOf: an undefined form is refused, the traits belong to their form ----

    [Theory]
    [InlineData(-1)]
    [InlineData(10)]
    [InlineData(999)]
    public void TraitsOf_refuses_an_undefined_form_naming_the_parameter(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FundingVocabulary.TraitsOf((FundingForm)value));
        Assert.Equal((FundingForm)value, ex.ActualValue);
        Assert.Equal("form", ex.ParamName);
    }

    [Fact]
    public void The_traits_of_each_form_name_that_form_and_a_source()
    {
        foreach (var form in Enum.GetValues<FundingForm>())
        {
            var traits = FundingVocabulary.TraitsOf(form);
            Assert.Equal(form, traits.Form);
            Assert.False(string.IsNullOrWhiteSpace(traits.Source));
        }
        var institutional = FundingVocabulary.TraitsOf(FundingForm.InstitutionalFunding);
        Assert.Equal((Truth.No, Truth.Yes, Truth.Yes), (institutional.TimeLimited, institutional.EnablesPaidStaff, institutional.EnablesRentingRooms));
    }
}
