namespace MoDomain.Cooperation;

/// <summary>A way a municipality offers advice and qualification to MOs (DOMAIN.md §4.3), used by the municipal set-up. Ids: <see cref="CooperationVocabulary.QualificationOffers"/>.</summary>
public enum QualificationOffer
{
    /// <summary><c>funded-qualifying-organisation</c>: municipal funding of an MO or umbrella that qualifies others.</summary>
    FundedQualifyingOrganisation = 0,

    /// <summary><c>house-of-resources</c>: the federal programme House of Resources.</summary>
    HouseOfResources = 1,

    /// <summary><c>qualification-through-cooperation</c>: qualification of single MOs through cooperation with the municipality.</summary>
    QualificationThroughCooperation = 2,
}
