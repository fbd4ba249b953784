namespace MoDomain.Funding;

/// <summary>A way of advice and qualification (§4.3). Ids in <see cref="FundingVocabulary.QualificationWays"/>.</summary>
public enum QualificationWay
{
    /// <summary>Municipal funding of an MO or umbrella that qualifies others (<c>funded-qualifying-organisation</c>).</summary>
    FundedQualifyingOrganisation = 0,

    /// <summary>The federal programme House of Resources (<c>house-of-resources</c>).</summary>
    HouseOfResources = 1,

    /// <summary>Qualification of single MOs through cooperation with the municipality (<c>cooperation-qualification</c>).</summary>
    CooperationQualification = 2,

    /// <summary>Service points staffed by experts from MOs' own ranks (<c>service-points</c>, IQ 2013).</summary>
    ServicePoints = 3,

    /// <summary>Empowerment measures (<c>empowerment</c>, IQ 2013).</summary>
    Empowerment = 4,

    /// <summary>Tandem and coaching formats (<c>tandem-coaching</c>, IQ 2013).</summary>
    TandemCoaching = 5,
}
