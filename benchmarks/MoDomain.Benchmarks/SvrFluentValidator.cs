using FluentValidation;
using FluentValidation.Results;
using MoDomain.Definitions;

namespace MoDomain.Benchmarks;

/// <summary>
/// A peer, not a dependency of MoDomain: the SVR 2020 criteria as a FluentValidation validator. FluentValidation is
/// two-valued, so each criterion has a rule per outcome: a failure with error code <see cref="UnknownCode"/> when
/// the facts cannot decide it, and with <see cref="NoCode"/> when it is definitely not met. The messages play the
/// part of MoDomain's explanations (English only).
/// </summary>
public sealed class SvrFluentValidator : AbstractValidator<OrganisationProfile>
{
    /// <summary>The error code of a criterion that is not met.</summary>
    public const string NoCode = "no";

    /// <summary>The error code of a criterion the known facts cannot decide.</summary>
    public const string UnknownCode = "unknown";

    /// <summary>Creates the validator.</summary>
    public SvrFluentValidator()
    {
        // (1a) association of people
        RuleFor(p => p.LegalForm)
            .Must(f => f.IsKnown && f.Value != LegalForm.Other)
            .WithErrorCode(UnknownCode)
            .WithMessage("The legal form is unknown or too unspecific to decide.")
            .Must(f => !f.IsKnown || f.Value is LegalForm.Other
                or LegalForm.RegisteredAssociation or LegalForm.UnregisteredAssociation
                or LegalForm.InformalInitiative or LegalForm.NonProfitCompany)
            .WithErrorCode(NoCode)
            .WithMessage("The legal form '{PropertyValue}' is not an association of people.");

        // (1b) recognised non-profit
        RuleFor(p => p.NonProfitStatus)
            .Must(f => f.IsKnown)
            .WithErrorCode(UnknownCode)
            .WithMessage("Its non-profit status is unknown.")
            .Must(f => !f.IsKnown || f.Value == NonProfitStatus.Recognised)
            .WithErrorCode(NoCode)
            .WithMessage("Its non-profit status is not recognised.");

        // (2) carried at least half OR founded by people with a migration history
        RuleFor(p => p)
            .Must(p => Carried(p) == Tri.Yes || Founded(p) == Tri.Yes || (Carried(p) == Tri.No && Founded(p) == Tri.No))
            .WithErrorCode(UnknownCode)
            .WithMessage("Neither alternative of criterion (2) is met yet; the carrier share or the founders are unknown.")
            .Must(p => !(Carried(p) == Tri.No && Founded(p) == Tri.No))
            .WithErrorCode(NoCode)
            .WithMessage("Less than half of the carrying people have a migration history and it was not founded by people with one.");

        // (3) migration experience central
        RuleFor(p => p.MigrationReferences)
            .Must(f => f.IsKnown)
            .WithErrorCode(UnknownCode)
            .WithMessage("Its migration references are unknown.")
            .Must(f => !f.IsKnown || !f.Value.IsEmpty)
            .WithErrorCode(NoCode)
            .WithMessage("No migration reference is central to its self-understanding, goals and activities.");
    }

    /// <summary>Maps a validation result to the three-valued verdict.</summary>
    /// <param name="result">The result.</param>
    /// <returns>Yes when valid; no when some criterion is not met; otherwise unknown.</returns>
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

    private static Tri Carried(OrganisationProfile p) =>
        !p.CarrierMigrantShare.IsKnown ? Tri.Unknown : p.CarrierMigrantShare.Value >= 0.5 ? Tri.Yes : Tri.No;

    private static Tri Founded(OrganisationProfile p) =>
        !p.FoundedByMigrants.IsKnown ? Tri.Unknown : p.FoundedByMigrants.Value ? Tri.Yes : Tri.No;
}
