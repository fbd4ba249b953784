namespace MoDomain.Funding;

/// <summary>A central way in which municipalities support migrant organisations (Qualitätszirkel 2023). Ids in <see cref="FundingVocabulary.SupportModes"/>.</summary>
public enum SupportMode
{
    /// <summary>Financial funding (<c>financial-funding</c>).</summary>
    FinancialFunding = 0,

    /// <summary>Provision of rooms (<c>room-provision</c>).</summary>
    RoomProvision = 1,

    /// <summary>Advice and qualification (<c>advice-and-qualification</c>).</summary>
    AdviceAndQualification = 2,
}
