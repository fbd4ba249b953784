using System;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Rules;
using static MoDomain.Tests.Funding.Fixtures;

namespace MoDomain.Tests.Funding;

/// <summary>More survivors of the funding mutation run: the argument checks of <see cref="FundingCase"/> (legal person
/// kind, individual vs. legal form, paid structures vs. staffing).</summary>
public sealed class CaseMoreTests
{
    private const string IndividualMessage = "An individual cannot have the legal form of an association, company, foundation or initiative.";
    private const string PaidMessage = "Paid structures must agree with the profile's staffing (volunteers only = no paid structures).";

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    [InlineData(99)]
    public void An_undefined_legal_person_kind_is_refused_by_name(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FundingCase(Profile(), (LegalPersonKind)value));
        Assert.Equal("legalPersonKind", ex.ParamName);
        Assert.Equal((LegalPersonKind)value, ex.ActualValue);
    }

    [Fact]
    public void Every_defined_legal_person_kind_and_unknown_are_kept()
    {
        foreach (var kind in Enum.GetValues<LegalPersonKind>())
        {
            Assert.Equal(Fact.Known(kind), new FundingCase(Profile(), kind).LegalPersonKind);
        }
        Assert.True(new FundingCase(Profile()).LegalPersonKind.IsUnknown);
    }

    [Theory]
    [InlineData(LegalForm.RegisteredAssociation)]
    [InlineData(LegalForm.UnregisteredAssociation)]
    [InlineData(LegalForm.NonProfitCompany)]
    [InlineData(LegalForm.Foundation)]
    [InlineData(LegalForm.InformalInitiative)]
    public void An_individual_with_an_association_legal_form_is_refused(LegalForm form)
    {
        var ex = Assert.Throws<ArgumentException>(() => new FundingCase(Profile(form), LegalPersonKind.Individual));
        Assert.Equal("legalPersonKind", ex.ParamName);
        Assert.Contains(IndividualMessage, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_individual_is_accepted_with_the_legal_form_other_or_unknown_and_other_kinds_with_any_form()
    {
        Assert.Equal(LegalPersonKind.Individual, new FundingCase(Profile(LegalForm.Other), LegalPersonKind.Individual).LegalPersonKind.Value);
        Assert.Equal(LegalPersonKind.Individual, new FundingCase(Profile(), LegalPersonKind.Individual).LegalPersonKind.Value);
        foreach (var form in Enum.GetValues<LegalForm>())
        {
            Assert.Equal(LegalPersonKind.Association, new FundingCase(Profile(form), LegalPersonKind.Association).LegalPersonKind.Value);
        }
    }

    [Theory]
    [InlineData(true, Staffing.VolunteerOnly)]
    [InlineData(false, Staffing.Mixed)]
    [InlineData(false, Staffing.MainlyPaid)]
    public void Paid_structures_that_contradict_the_staffing_are_refused(bool paid, Staffing staffing)
    {
        var ex = Assert.Throws<ArgumentException>(() => new FundingCase(Profile(staffing: staffing), paidStructures: paid));
        Assert.Equal("paidStructures", ex.ParamName);
        Assert.Contains(PaidMessage, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paid_structures_are_accepted_exactly_when_they_agree_with_a_known_staffing()
    {
        var facts = Gen.Elements(Fact<bool>.Unknown, Fact.Known(true), Fact.Known(false));
        var staffings = Gen.Elements(Fact<Staffing>.Unknown, Fact.Known(Staffing.VolunteerOnly), Fact.Known(Staffing.Mixed), Fact.Known(Staffing.MainlyPaid));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(60)), Prop.ForAll(facts.ToArbitrary(), staffings.ToArbitrary(), (paid, staffing) =>
        {
            bool contradicts = paid.IsKnown && staffing.IsKnown && paid.Value != (staffing.Value != Staffing.VolunteerOnly);
            FundingCase Make() => new(Profile(staffing: staffing), paidStructures: paid);
            if (contradicts)
            {
                Assert.Equal("paidStructures", Assert.Throws<ArgumentException>(Make).ParamName);
            }
            else
            {
                Assert.Equal(paid, Make().PaidStructures);
            }
        }));
    }
}
