namespace MoDomain.Cooperation;

/// <summary>
/// The three overlapping roles of migrant organisations as cooperation partners of municipalities
/// (Qualitätszirkel 2023). Ids, labels and descriptions: <see cref="CooperationVocabulary.Roles"/>.
/// </summary>
public enum CooperationRole
{
    /// <summary><c>door-opener</c>: Türöffnerinnen, Brückenbauerinnen und Multiplikatorinnen.</summary>
    DoorOpener = 0,

    /// <summary><c>expert</c>: Expertinnen for living conditions, needs and potentials.</summary>
    Expert = 1,

    /// <summary><c>partner-critical-friend</c>: Kooperationspartnerinnen und Critical Friends der Verwaltung.</summary>
    PartnerCriticalFriend = 2,
}
