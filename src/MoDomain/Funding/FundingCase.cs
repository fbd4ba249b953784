using System;
using MoDomain.Definitions;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Funding;

/// <summary>
/// An organisation as funding policies see it: its <see cref="OrganisationProfile"/>, the funding facts the profile does
/// not hold, and its award history. Every fact may be unknown.
/// </summary>
/// <remarks>
/// Nothing here is inferred from origin, nationality or religion: a church or public-law religious community is a legal
/// status given as <see cref="LegalPersonKind"/>, never derived from the profile's kinds or legal form. Derived readings
/// (see <see cref="FundingFacts"/>): a known legal form other than <c>other</c> shows the organisation is not an individual;
/// paid structures fall back to the profile's staffing (mixed or mainly paid = yes, volunteers only = no). Given facts must
/// agree with the profile (an individual has no association's legal form; paid structures match the staffing), so that
/// learning a fact never flips a decided outcome. A known youth-welfare start decides whether (and since when)
/// the organisation works in youth welfare; <see cref="WorksInYouthWelfare"/> is read only when the start is unknown, and
/// the two must agree (so learning the start never flips a decided outcome).
/// </remarks>
public sealed class FundingCase
{
    /// <summary>Initializes a new case.</summary>
    /// <param name="profile">The organisation profile.</param>
    /// <param name="legalPersonKind">The kind of legal person (§ 75 SGB VIII).</param>
    /// <param name="paidStructures">Whether paid (hauptamtliche) structures exist.</param>
    /// <param name="offersBeyondOwnCommunity">Whether offers aim at target groups beyond the own community.</param>
    /// <param name="successRecordSince">Since when the organisation can demonstrate success of its work.</param>
    /// <param name="worksInYouthWelfare">Whether it works in youth welfare (used when the start is unknown).</param>
    /// <param name="youthWelfareStart">When it actually began youth-welfare work (anywhere in Germany), not its founding.</param>
    /// <param name="professionalPrerequisites">Whether its professional and staffing prerequisites let it make a not
    /// insignificant contribution (§ 75 Abs. 1 Nr. 3).</param>
    /// <param name="conduciveToBasicLaw">Whether it guarantees work conducive to the aims of the Basic Law (Nr. 4).</param>
    /// <param name="partnerInterculturalStaff">Whether the labour-market institution has interculturally trained staff.</param>
    /// <param name="trustBuilding">Whether trust-building measures are in place.</param>
    /// <param name="resourcesProvided">Whether money or equipment is provided for the cooperation.</param>
    /// <param name="awards">The award history; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="legalPersonKind"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalPersonKind"/> is an individual but the profile has an association's
    /// legal form; <paramref name="paidStructures"/> contradicts the profile's staffing; or a known youth-welfare start comes with <paramref name="worksInYouthWelfare"/> = false,
    /// or with <paramref name="worksInYouthWelfare"/> = true but lies after the profile's date.</exception>
    public FundingCase(
        OrganisationProfile profile,
        Fact<LegalPersonKind> legalPersonKind = default,
        Fact<bool> paidStructures = default,
        Fact<bool> offersBeyondOwnCommunity = default,
        Fact<LocalDate> successRecordSince = default,
        Fact<bool> worksInYouthWelfare = default,
        Fact<LocalDate> youthWelfareStart = default,
        Fact<bool> professionalPrerequisites = default,
        Fact<bool> conduciveToBasicLaw = default,
        Fact<bool> partnerInterculturalStaff = default,
        Fact<bool> trustBuilding = default,
        Fact<bool> resourcesProvided = default,
        AwardHistory? awards = null)
    {
        Profile = Guard.Against.Null(profile);
        LegalPersonKind = legalPersonKind.IsKnown ? Guard.Against.UndefinedValue(legalPersonKind.Value, nameof(legalPersonKind)) : legalPersonKind;
        PaidStructures = paidStructures;
        OffersBeyondOwnCommunity = offersBeyondOwnCommunity;
        SuccessRecordSince = successRecordSince;
        WorksInYouthWelfare = worksInYouthWelfare;
        YouthWelfareStart = youthWelfareStart;
        ProfessionalPrerequisites = professionalPrerequisites;
        ConduciveToBasicLaw = conduciveToBasicLaw;
        PartnerInterculturalStaff = partnerInterculturalStaff;
        TrustBuilding = trustBuilding;
        ResourcesProvided = resourcesProvided;
        Awards = awards ?? AwardHistory.Empty;
        Guard.Against.Unsatisfied(
            !(legalPersonKind.IsKnown && legalPersonKind.Value == Funding.LegalPersonKind.Individual && profile.LegalForm.IsKnown && profile.LegalForm.Value != LegalForm.Other),
            "An individual cannot have the legal form of an association, company, foundation or initiative.",
            nameof(legalPersonKind));
        Guard.Against.Unsatisfied(
            !(paidStructures.IsKnown && profile.Staffing.IsKnown && paidStructures.Value != (profile.Staffing.Value != Staffing.VolunteerOnly)),
            "Paid structures must agree with the profile's staffing (volunteers only = no paid structures).",
            nameof(paidStructures));
        if (youthWelfareStart.TryGetValue(out var start) && worksInYouthWelfare.TryGetValue(out bool works))
        {
            Guard.Against.Unsatisfied(works, "A known youth-welfare start contradicts worksInYouthWelfare = false.", nameof(worksInYouthWelfare));
            Guard.Against.Unsatisfied(
                start <= profile.AsOf,
                $"worksInYouthWelfare = true (as of {NodaTime.Text.LocalDatePattern.Iso.Format(profile.AsOf)}) contradicts a youth-welfare start on {NodaTime.Text.LocalDatePattern.Iso.Format(start)}.",
                nameof(youthWelfareStart));
        }
    }

    /// <summary>Gets the organisation profile.</summary>
    public OrganisationProfile Profile { get; }

    /// <summary>Gets the kind of legal person as given (see <see cref="FundingFacts.LegalPersonKind"/> for the fallback).</summary>
    public Fact<LegalPersonKind> LegalPersonKind { get; }

    /// <summary>Gets whether paid structures exist, as given.</summary>
    public Fact<bool> PaidStructures { get; }

    /// <summary>Gets whether offers aim beyond the own community.</summary>
    public Fact<bool> OffersBeyondOwnCommunity { get; }

    /// <summary>Gets since when success is demonstrable.</summary>
    public Fact<LocalDate> SuccessRecordSince { get; }

    /// <summary>Gets whether the organisation works in youth welfare.</summary>
    public Fact<bool> WorksInYouthWelfare { get; }

    /// <summary>Gets the start of actual youth-welfare work.</summary>
    public Fact<LocalDate> YouthWelfareStart { get; }

    /// <summary>Gets whether the professional and staffing prerequisites are met.</summary>
    public Fact<bool> ProfessionalPrerequisites { get; }

    /// <summary>Gets whether the work is conducive to the aims of the Basic Law.</summary>
    public Fact<bool> ConduciveToBasicLaw { get; }

    /// <summary>Gets whether the partner institution has intercultural staff.</summary>
    public Fact<bool> PartnerInterculturalStaff { get; }

    /// <summary>Gets whether trust-building measures are in place.</summary>
    public Fact<bool> TrustBuilding { get; }

    /// <summary>Gets whether money or equipment is provided.</summary>
    public Fact<bool> ResourcesProvided { get; }

    /// <summary>Gets the award history.</summary>
    public AwardHistory Awards { get; }

    /// <summary>Gets the caller's own facts (e.g. the seat municipality a local guideline asks for), read by custom
    /// requirements; <see cref="Rules.CallerFacts.Empty"/> when none were given.</summary>
    public CallerFacts CallerFacts { get; private init; } = CallerFacts.Empty;

    /// <summary>Returns a copy with the caller's own facts replaced.</summary>
    /// <param name="callerFacts">The facts, by fact id.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="callerFacts"/> is null.</exception>
    /// <exception cref="ArgumentException">A fact id is one of the library's funding fact ids (<see cref="FundingFacts"/>), which
    /// would make the facts read by a rule ambiguous.</exception>
    public FundingCase WithCallerFacts(CallerFacts callerFacts)
    {
        Guard.Against.Null(callerFacts);
        foreach (string id in callerFacts.Ids)
        {
            Guard.Against.Unsatisfied(!FundingFacts.IsReserved(id), $"The caller fact id '{id}' is a fact the library models itself; use the case's own property or another id.", nameof(callerFacts));
        }
        return new FundingCase(this) { CallerFacts = callerFacts };
    }

    /// <summary>Returns a copy with another profile (e.g. another founding date) and the same funding facts.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public FundingCase WithProfile(OrganisationProfile profile) => new(
        profile, LegalPersonKind, PaidStructures, OffersBeyondOwnCommunity, SuccessRecordSince, WorksInYouthWelfare, YouthWelfareStart,
        ProfessionalPrerequisites, ConduciveToBasicLaw, PartnerInterculturalStaff, TrustBuilding, ResourcesProvided, Awards)
    { CallerFacts = CallerFacts };

    // A copy of a validated case (the facts are taken as they are).
    private FundingCase(FundingCase other)
    {
        Profile = other.Profile;
        LegalPersonKind = other.LegalPersonKind;
        PaidStructures = other.PaidStructures;
        OffersBeyondOwnCommunity = other.OffersBeyondOwnCommunity;
        SuccessRecordSince = other.SuccessRecordSince;
        WorksInYouthWelfare = other.WorksInYouthWelfare;
        YouthWelfareStart = other.YouthWelfareStart;
        ProfessionalPrerequisites = other.ProfessionalPrerequisites;
        ConduciveToBasicLaw = other.ConduciveToBasicLaw;
        PartnerInterculturalStaff = other.PartnerInterculturalStaff;
        TrustBuilding = other.TrustBuilding;
        ResourcesProvided = other.ResourcesProvided;
        Awards = other.Awards;
        CallerFacts = other.CallerFacts;
    }

    /// <inheritdoc/>
    public override string ToString() => Profile.Name;
}
