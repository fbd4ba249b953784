namespace MoDomain.Funding;

/// <summary>The kind of a funding requirement; a policy combines requirements of these kinds with parameters. Ids in <see cref="FundingVocabulary.RequirementKinds"/>.</summary>
public enum FundingRequirementKind
{
    /// <summary>An association or other legal person, not an individual or informal initiative (<c>legal-person</c>).</summary>
    LegalPerson = 0,

    /// <summary>Recognised non-profit status (<c>recognised-non-profit</c>).</summary>
    RecognisedNonProfit = 1,

    /// <summary>Paid (hauptamtliche) structures (<c>paid-structures</c>).</summary>
    PaidStructures = 2,

    /// <summary>Offers aimed at target groups beyond the own community (<c>offers-beyond-own-community</c>).</summary>
    OffersBeyondOwnCommunity = 3,

    /// <summary>Demonstrable success for a minimum number of years; time-based (<c>demonstrable-success</c>).</summary>
    DemonstrableSuccess = 4,

    /// <summary>§ 75 SGB VIII recognition status at least a minimum; time-based for <c>entitled</c> (<c>youth-welfare-recognition</c>).</summary>
    YouthWelfareRecognition = 5,

    /// <summary>Interculturally trained staff in the regular institution (<c>intercultural-staff</c>).</summary>
    InterculturalStaff = 6,

    /// <summary>Trust-building measures (<c>trust-building</c>).</summary>
    TrustBuilding = 7,

    /// <summary>Money or equipment is provided for the cooperation (<c>resources-provided</c>).</summary>
    ResourcesProvided = 8,
}
