namespace MoDomain.SocialSecurity;

/// <summary>Whether an evidence item supports or explicitly contradicts that an organisation fulfils an indicator.</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="SocialSecurityVocabulary.EvidenceStances"/>.</remarks>
public enum EvidenceStance
{
    /// <summary>The observation supports the indicator, id <c>supports</c>.</summary>
    Supports = 0,

    /// <summary>The observation explicitly contradicts the indicator, id <c>contradicts</c>.</summary>
    Contradicts = 1,
}
