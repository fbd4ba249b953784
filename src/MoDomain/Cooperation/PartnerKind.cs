namespace MoDomain.Cooperation;

/// <summary>The kind of institution an MO cooperates with (DOMAIN.md §5, issue 5). Ids: <see cref="CooperationVocabulary.PartnerKinds"/>.</summary>
public enum PartnerKind
{
    /// <summary><c>integration-department</c>: the municipal integration department or commissioner.</summary>
    IntegrationDepartment = 0,

    /// <summary><c>municipal-office</c>: another municipal office (youth, culture, social …).</summary>
    MunicipalOffice = 1,

    /// <summary><c>welfare-association</c>: a welfare association or established provider.</summary>
    WelfareAssociation = 2,

    /// <summary><c>labour-market-institution</c>: a labour-market institution (job centre, employment agency …).</summary>
    LabourMarketInstitution = 3,

    /// <summary><c>school</c>: a school.</summary>
    School = 4,

    /// <summary><c>kita</c>: a day-care centre (Kita) or its coordination office.</summary>
    Kita = 5,

    /// <summary><c>other</c>: another institution.</summary>
    Other = 6,
}
