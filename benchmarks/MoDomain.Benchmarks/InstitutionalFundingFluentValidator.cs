using FluentValidation;
using FluentValidation.Results;
using MoDomain.Definitions;
using MoDomain.Funding;
using NodaTime;

namespace MoDomain.Benchmarks;

/// <summary>
/// The peer: the default <c>institutional-funding</c> requirements written by hand as a FluentValidation 11 validator, the
/// way a .NET developer would. Each requirement has one rule per outcome: error code <c>unknown</c> when the facts
/// cannot decide it, <c>no</c> when it fails. Defaults: 3 years of demonstrable success; when the youth/education
/// department funds, § 75 status at least "entitled" (subdivisions disputed = unknown). Years are counted as MoDomain
/// documents (a 29 February start completes on 1 March).
/// </summary>
public sealed class InstitutionalFundingFluentValidator : AbstractValidator<FundingSubject>
{
    public const string NoCode = "no";

    public const string UnknownCode = "unknown";

    private const int SuccessYears = 3;

    public InstitutionalFundingFluentValidator()
    {
        RuleFor(s => s)
            .Must(s => Paid(s) != Tri.Unknown).WithErrorCode(UnknownCode).WithMessage("Whether paid structures exist is unknown.")
            .Must(s => Paid(s) != Tri.No).WithErrorCode(NoCode).WithMessage("Its work rests on volunteers alone.");
        RuleFor(s => s.Case.OffersBeyondOwnCommunity)
            .Must(f => f.IsKnown).WithErrorCode(UnknownCode).WithMessage("Whether its offers reach beyond its community is unknown.")
            .Must(f => !f.IsKnown || f.Value).WithErrorCode(NoCode).WithMessage("Its offers stay within its own community.");
        RuleFor(s => s)
            .Must(s => s.Case.SuccessRecordSince.IsKnown).WithErrorCode(UnknownCode).WithMessage("Since when success is demonstrable is unknown.")
            .Must(s => !s.Case.SuccessRecordSince.IsKnown || s.At >= Anniversary(s.Case.SuccessRecordSince.Value, SuccessYears))
            .WithErrorCode(NoCode).WithMessage("Success is not yet demonstrable for three years.");
        RuleFor(s => s)
            .Must(s => YouthRecognition(s) != Tri.Unknown).WithErrorCode(UnknownCode).WithMessage("Whether it is entitled to recognition is unknown.")
            .Must(s => YouthRecognition(s) != Tri.No).WithErrorCode(NoCode).WithMessage("The youth department requires recognition as a youth-welfare provider.");
    }

    public static Tri Verdict(ValidationResult result)
    {
        if (result.IsValid)
        {
            return Tri.Yes;
        }
        foreach (var failure in result.Errors)
        {
            if (failure.ErrorCode == NoCode)
            {
                return Tri.No;
            }
        }
        return Tri.Unknown;
    }

    private static Tri And(Tri a, Tri b) => a < b ? a : b;

    private static Tri Or(Tri a, Tri b) => a > b ? a : b;

    private static Tri Of(bool value) => value ? Tri.Yes : Tri.No;

    private static LocalDate Anniversary(LocalDate start, int years)
    {
        var date = start.PlusYears(years);
        return start.Month == 2 && start.Day == 29 && date.Day == 28 ? date.PlusDays(1) : date;
    }

    private static Tri Paid(FundingSubject s)
    {
        var c = s.Case;
        if (c.PaidStructures.IsKnown)
        {
            return Of(c.PaidStructures.Value);
        }
        return c.Profile.Staffing.IsKnown ? Of(c.Profile.Staffing.Value != Staffing.VolunteerOnly) : Tri.Unknown;
    }

    private static Tri YouthRecognition(FundingSubject s)
    {
        if (s.Funder != FunderKind.MunicipalYouthEducationDepartment)
        {
            return Tri.Yes; // only the youth department requires recognition
        }
        var c = s.Case;
        Tri byLaw = !c.LegalPersonKind.IsKnown ? Tri.Unknown : c.LegalPersonKind.Value switch
        {
            LegalPersonKind.Church or LegalPersonKind.PublicLawReligiousCommunity or LegalPersonKind.FederalFreeWelfareAssociation => Tri.Yes,
            LegalPersonKind.FreeWelfareSubdivision => Tri.Unknown,
            _ => Tri.No,
        };
        Tri notIndividual = c.LegalPersonKind.IsKnown
            ? Of(c.LegalPersonKind.Value != LegalPersonKind.Individual)
            : c.Profile.LegalForm.IsKnown && c.Profile.LegalForm.Value != LegalForm.Other ? Tri.Yes : Tri.Unknown;
        Tri works;
        Tri threeYears;
        if (c.YouthWelfareStart.IsKnown)
        {
            works = Of(c.YouthWelfareStart.Value <= s.At);
            threeYears = Of(s.At >= Anniversary(c.YouthWelfareStart.Value, 3));
        }
        else if (!c.WorksInYouthWelfare.IsKnown)
        {
            works = threeYears = Tri.Unknown;
        }
        else if (!c.WorksInYouthWelfare.Value)
        {
            works = threeYears = Tri.No;
        }
        else
        {
            works = s.At >= c.Profile.AsOf ? Tri.Yes : Tri.Unknown;
            threeYears = Tri.Unknown;
        }
        Tri nonProfit = c.Profile.NonProfitStatus.IsKnown ? Of(c.Profile.NonProfitStatus.Value == NonProfitStatus.Recognised) : Tri.Unknown;
        Tri prerequisites = c.ProfessionalPrerequisites.IsKnown ? Of(c.ProfessionalPrerequisites.Value) : Tri.Unknown;
        Tri basicLaw = c.ConduciveToBasicLaw.IsKnown ? Of(c.ConduciveToBasicLaw.Value) : Tri.Unknown;
        Tri abs1 = And(And(And(notIndividual, works), And(nonProfit, prerequisites)), basicLaw);
        return Or(byLaw, And(abs1, threeYears));
    }
}
