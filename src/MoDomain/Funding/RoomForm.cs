namespace MoDomain.Funding;

/// <summary>A form of room provision (Qualitätszirkel 2023, §4.2). Ids in <see cref="FundingVocabulary.RoomForms"/>.</summary>
public enum RoomForm
{
    /// <summary>Municipal meeting rooms, as for other associations (<c>municipal-meeting-rooms</c>).</summary>
    MunicipalMeetingRooms = 0,

    /// <summary>Rooms primarily for MOs (<c>rooms-primarily-for-mos</c>).</summary>
    RoomsPrimarilyForMos = 1,

    /// <summary>A co-financed intercultural centre under free sponsorship (<c>co-financed-intercultural-centre</c>).</summary>
    CoFinancedInterculturalCentre = 2,

    /// <summary>Rented rooms shared by several MOs (<c>shared-co-working</c>).</summary>
    SharedCoWorking = 3,

    /// <summary>Structural funding via third parties (<c>structural-funding-via-third-parties</c>).</summary>
    StructuralFundingViaThirdParties = 4,
}
