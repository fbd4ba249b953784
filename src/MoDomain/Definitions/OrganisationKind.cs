namespace MoDomain.Definitions;

/// <summary>A kind of organisation named by the Qualitätszirkel 2023 container term (Begriffscontainer).</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="DefinitionsVocabulary"/>.</remarks>
public enum OrganisationKind
{
    /// <summary>Cultural association founded by guest workers.</summary>
    GuestWorkerCulturalAssociation = 0,

    /// <summary>Homeland association (Landsmannschaft).</summary>
    HomelandAssociation = 1,

    /// <summary>Sports club.</summary>
    SportsClub = 2,

    /// <summary>Mosque community.</summary>
    MosqueCommunity = 3,

    /// <summary>Other faith community.</summary>
    OtherFaithCommunity = 4,

    /// <summary>Postmigrant organisation.</summary>
    PostmigrantOrganisation = 5,

    /// <summary>New German organisation.</summary>
    NewGermanOrganisation = 6,

    /// <summary>Political organisation.</summary>
    PoliticalOrganisation = 7,

    /// <summary>Initiative founded by refugees.</summary>
    RefugeeInitiative = 8,

    /// <summary>Migrant women's group.</summary>
    MigrantWomensGroup = 9,

    /// <summary>Education actor.</summary>
    EducationActor = 10,

    /// <summary>Youth welfare provider.</summary>
    YouthWelfareProvider = 11,

    /// <summary>Umbrella association.</summary>
    UmbrellaAssociation = 12,

    /// <summary>Migrant association in development policy and cooperation.</summary>
    DevelopmentCooperationAssociation = 13,

    /// <summary>Academic or student association.</summary>
    AcademicAssociation = 14,

    /// <summary>Parents' association.</summary>
    ParentsAssociation = 15,

    /// <summary>Entrepreneurs' association.</summary>
    EntrepreneursAssociation = 16,
}
