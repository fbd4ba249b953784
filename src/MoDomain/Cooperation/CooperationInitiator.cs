namespace MoDomain.Cooperation;

/// <summary>Who initiates a cooperation (DOMAIN.md §5.2, survey 41 / 31 / 28 %). Ids: <see cref="CooperationVocabulary.Initiators"/>.</summary>
public enum CooperationInitiator
{
    /// <summary><c>integration-department</c>: the municipal integration department.</summary>
    IntegrationDepartment = 0,

    /// <summary><c>migrant-organisation</c>: the MO.</summary>
    MigrantOrganisation = 1,

    /// <summary><c>other-municipal-office</c>: another municipal office.</summary>
    OtherMunicipalOffice = 2,
}
