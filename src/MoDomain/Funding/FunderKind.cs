namespace MoDomain.Funding;

/// <summary>A kind of funder. Ids in <see cref="FundingVocabulary.Funders"/>.</summary>
public enum FunderKind
{
    /// <summary>The municipal integration department (<c>municipal-integration-department</c>).</summary>
    MunicipalIntegrationDepartment = 0,

    /// <summary>The municipal culture department (<c>municipal-culture-department</c>).</summary>
    MunicipalCultureDepartment = 1,

    /// <summary>The municipal youth/education department (<c>municipal-youth-education-department</c>).</summary>
    MunicipalYouthEducationDepartment = 2,

    /// <summary>The municipal sport department (<c>municipal-sport-department</c>).</summary>
    MunicipalSportDepartment = 3,

    /// <summary>The municipal social department (<c>municipal-social-department</c>).</summary>
    MunicipalSocialDepartment = 4,

    /// <summary>Another municipal department, e.g. neighbourhood work (<c>other-municipal-department</c>).</summary>
    OtherMunicipalDepartment = 5,

    /// <summary>A Land (<c>land</c>).</summary>
    Land = 6,

    /// <summary>A federal programme such as House of Resources (<c>federal-programme</c>).</summary>
    FederalProgramme = 7,

    /// <summary>An EU fund such as AMIF (<c>eu-fund</c>).</summary>
    EuFund = 8,

    /// <summary>A foundation (<c>foundation</c>).</summary>
    Foundation = 9,

    /// <summary>An association, e.g. a welfare association (<c>association</c>).</summary>
    Association = 10,
}
