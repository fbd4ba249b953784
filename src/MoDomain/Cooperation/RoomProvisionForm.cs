namespace MoDomain.Cooperation;

/// <summary>A form of room provision for MOs (DOMAIN.md §4.2), used by the municipal set-up. Ids as in DOMAIN.md: <see cref="CooperationVocabulary.RoomProvisionForms"/>.</summary>
public enum RoomProvisionForm
{
    /// <summary><c>municipal-meeting-rooms</c>: municipal meeting rooms, as for other associations.</summary>
    MunicipalMeetingRooms = 0,

    /// <summary><c>rooms-primarily-for-mos</c>: rooms mainly for MOs.</summary>
    RoomsPrimarilyForMos = 1,

    /// <summary><c>co-financed-intercultural-centre</c>: a co-financed intercultural centre in free sponsorship.</summary>
    CoFinancedInterculturalCentre = 2,

    /// <summary><c>shared-co-working</c>: several MOs share rented rooms.</summary>
    SharedCoWorking = 3,

    /// <summary><c>structural-funding-via-third-parties</c>: structural funding through third parties.</summary>
    StructuralFundingViaThirdParties = 4,
}
