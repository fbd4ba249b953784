namespace MoDomain.SocialSecurity;

/// <summary>
/// The position within public administration from which an observation is made (MIKOSS 2022, DOMAIN.md §3.2). Only
/// meaningful together with <see cref="Perspective.PublicAdministration"/>.
/// </summary>
/// <remarks>The stable JSON id of each value is given by <see cref="SocialSecurityVocabulary.AdministrativeRoles"/>.</remarks>
public enum AdministrativeRole
{
    /// <summary>Integration administration (Integrationsverwaltung), id <c>integration-administration</c>.</summary>
    IntegrationAdministration = 0,

    /// <summary>Employment agency or jobcenter (Arbeitsagentur/Jobcenter), id <c>employment-agency</c>.</summary>
    EmploymentAgency = 1,

    /// <summary>Youth welfare office (Jugendamt), id <c>youth-welfare-office</c>.</summary>
    YouthWelfareOffice = 2,
}
