namespace MoDomain.SocialSecurity;

/// <summary>Whose view an observation of a social-security function reflects (MIKOSS 2022, DOMAIN.md §3.2).</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="SocialSecurityVocabulary.Perspectives"/>.</remarks>
public enum Perspective
{
    /// <summary>The migrant organisation's own (self-)perception, id <c>migrant-organisation</c>.</summary>
    MigrantOrganisation = 0,

    /// <summary>The welfare associations' perception, id <c>welfare-association</c>.</summary>
    WelfareAssociation = 1,

    /// <summary>The perception of municipal and Land administration, id <c>public-administration</c>.</summary>
    PublicAdministration = 2,
}
