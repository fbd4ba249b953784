namespace MoDomain.Objectives;

/// <summary>
/// The thirteen objectives (Zielsetzungen) of migrant organisations in Preißler's matrix (Qualitätszirkel 2023,
/// DOMAIN.md §2), in the order of the source: cell by cell, inward-explicit, outward-explicit, inward-implicit,
/// outward-implicit.
/// </summary>
/// <remarks>
/// The stable JSON id, labels and description of each value are given by <see cref="ObjectivesVocabulary.Objectives"/>;
/// its cell by <see cref="ObjectivesVocabulary.CellOf"/>.
/// </remarks>
public enum Objective
{
    /// <summary>Building identity (<c>identity-building</c>, Identitätsstiftung); inward, explicit.</summary>
    IdentityBuilding = 0,

    /// <summary>Preserving culture and traditions (<c>culture-and-tradition</c>, Kultur- und Traditionswahrung); inward, explicit.</summary>
    CultureAndTradition = 1,

    /// <summary>Services for the community (<c>community-services</c>, Dienstleistung für die Community); inward, explicit.</summary>
    CommunityServices = 2,

    /// <summary>Supporting education (<c>education-support</c>, Bildungsförderung); inward, explicit.</summary>
    EducationSupport = 3,

    /// <summary>Recognition and visibility as a group, advocacy (<c>recognition-and-visibility</c>); outward, explicit.</summary>
    RecognitionAndVisibility = 4,

    /// <summary>International understanding and integration (<c>international-understanding-and-integration</c>); outward, explicit.</summary>
    InternationalUnderstandingAndIntegration = 5,

    /// <summary>First orientation for newcomers (<c>first-orientation</c>, Erstorientierung für Neuzugewanderte); inward, implicit.</summary>
    FirstOrientation = 6,

    /// <summary>Problem solver (<c>problem-solver</c>, „Problemlöser“); inward, implicit.</summary>
    ProblemSolver = 7,

    /// <summary>Belonging to a group (<c>group-belonging</c>, Gruppenzugehörigkeit); inward, implicit.</summary>
    GroupBelonging = 8,

    /// <summary>Ties to the country of origin (<c>ties-to-origin-country</c>, Bezüge zum Herkunftsland); inward, implicit.</summary>
    TiesToOriginCountry = 9,

    /// <summary>Fostering living together (<c>living-together</c>, Förderung des Zusammenlebens); outward, implicit.</summary>
    LivingTogether = 10,

    /// <summary>Networking and cooperation (<c>networking-and-cooperation</c>, Vernetzung und Kooperationen); outward, implicit.</summary>
    NetworkingAndCooperation = 11,

    /// <summary>Participation in and co-shaping of society (<c>participation-and-co-design</c>); outward, implicit.</summary>
    ParticipationAndCoDesign = 12,
}
