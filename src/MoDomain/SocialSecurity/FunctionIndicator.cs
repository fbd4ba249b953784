namespace MoDomain.SocialSecurity;

/// <summary>
/// One indicator of a social-security function (MIKOSS 2022, DOMAIN.md §3.1). Each indicator belongs to exactly one
/// function, see <see cref="SocialSecurityVocabulary.FunctionOf"/>.
/// </summary>
/// <remarks>The stable JSON id of each value is given by <see cref="SocialSecurityVocabulary.Indicators"/>; the members
/// are grouped by function in source order.</remarks>
public enum FunctionIndicator
{
    /// <summary>Homemaking: a safe space of trust, id <c>safe-space</c>.</summary>
    SafeSpace = 0,

    /// <summary>Homemaking: arriving and feeling at home, id <c>arriving-feeling-at-home</c>.</summary>
    ArrivingFeelingAtHome = 1,

    /// <summary>Homemaking: informal social networks as a security resource, id <c>informal-social-network</c>.</summary>
    InformalSocialNetwork = 2,

    /// <summary>Service: formal offers, id <c>formal-offers</c>.</summary>
    FormalOffers = 3,

    /// <summary>Service: fluid transition from informal to formal help, id <c>informal-to-formal-continuum</c>.</summary>
    InformalToFormalContinuum = 4,

    /// <summary>Service: mostly volunteer, increasingly professional, id <c>volunteer-to-professional</c>.</summary>
    VolunteerToProfessional = 5,

    /// <summary>Service: offers inside state-financed regular structures, id <c>statutory-structures</c>.</summary>
    StatutoryStructures = 6,

    /// <summary>Service: membership of a welfare association, id <c>welfare-association-membership</c>.</summary>
    WelfareAssociationMembership = 7,

    /// <summary>Hinge: mediation into the formal welfare system, id <c>mediation-into-welfare-system</c>.</summary>
    MediationIntoWelfareSystem = 8,

    /// <summary>Hinge: referral to welfare-state options and access to migrants, id <c>referral-and-access</c>.</summary>
    ReferralAndAccess = 9,

    /// <summary>Hinge: support in using state services, id <c>support-using-services</c>.</summary>
    SupportUsingServices = 10,

    /// <summary>Hinge: caught between state actors and migrants, id <c>tension-between-sides</c>.</summary>
    TensionBetweenSides = 11,

    /// <summary>Advocacy: representing the target groups' interests, id <c>interest-representation</c>.</summary>
    InterestRepresentation = 12,

    /// <summary>Advocacy: making needs visible, id <c>making-needs-visible</c>.</summary>
    MakingNeedsVisible = 13,

    /// <summary>Advocacy: contact and expert for politics and administration, id <c>expert-for-policy</c>.</summary>
    ExpertForPolicy = 14,

    /// <summary>Advocacy: demanding intercultural opening of welfare institutions, id <c>demanding-intercultural-opening</c>.</summary>
    DemandingInterculturalOpening = 15,
}
