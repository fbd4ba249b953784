namespace MoDomain.Cooperation;

/// <summary>A topic (Themenfeld) of regular exchange as the Qualitätszirkel survey names it (DOMAIN.md §5.2). Ids: <see cref="CooperationVocabulary.Topics"/>.</summary>
public enum CooperationTopic
{
    /// <summary><c>anti-racism-democracy</c>: measures against racism and extremism, promotion of democracy.</summary>
    AntiRacismDemocracy = 0,

    /// <summary><c>culture-intercultural</c>: culture, intercultural activities.</summary>
    CultureIntercultural = 1,

    /// <summary><c>religion-interreligious</c>: religion, interreligious dialogue.</summary>
    ReligionInterreligious = 2,

    /// <summary><c>refugees</c>: refugees.</summary>
    Refugees = 3,

    /// <summary><c>social-health-elderly</c>: social affairs, health, work with the elderly.</summary>
    SocialHealthElderly = 4,

    /// <summary><c>youth-education</c>: youth, upbringing, education.</summary>
    YouthEducation = 5,

    /// <summary><c>intercultural-opening-administration</c>: intercultural opening and orientation of the administration.</summary>
    InterculturalOpeningAdministration = 6,

    /// <summary><c>gender-specific</c>: gender-specific work.</summary>
    GenderSpecific = 7,

    /// <summary><c>labour-economy</c>: labour-market and economic promotion.</summary>
    LabourEconomy = 8,

    /// <summary><c>sport</c>: sport.</summary>
    Sport = 9,

    /// <summary><c>urban-planning-neighbourhood</c>: urban planning and neighbourhood development.</summary>
    UrbanPlanningNeighbourhood = 10,

    /// <summary><c>other</c>: other topics (named: development cooperation, support of associations, multilingualism, remembrance culture, society and politics).</summary>
    Other = 11,
}
