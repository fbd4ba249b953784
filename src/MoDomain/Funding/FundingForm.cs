namespace MoDomain.Funding;

/// <summary>A form of financial funding. Ids in <see cref="FundingVocabulary.Forms"/>; traits in <see cref="FundingVocabulary.TraitsOf"/>.</summary>
public enum FundingForm
{
    /// <summary>Institutional funding (<c>institutional-funding</c>).</summary>
    InstitutionalFunding = 0,

    /// <summary>Structural funding (<c>structural-funding</c>).</summary>
    StructuralFunding = 1,

    /// <summary>Fixed budget (<c>fixed-budget</c>).</summary>
    FixedBudget = 2,

    /// <summary>Regular funding of social work (<c>regular-funding</c>).</summary>
    RegularFunding = 3,

    /// <summary>Funding under adopted guidelines (<c>funding-guidelines</c>).</summary>
    FundingGuidelines = 4,

    /// <summary>Project funding on application (<c>project-funding</c>).</summary>
    ProjectFunding = 5,

    /// <summary>Single-measure funding (<c>single-measure-funding</c>).</summary>
    SingleMeasureFunding = 6,

    /// <summary>Project grant (<c>project-grant</c>).</summary>
    ProjectGrant = 7,

    /// <summary>Flexible budget (<c>flexible-budget</c>).</summary>
    FlexibleBudget = 8,

    /// <summary>Third-party funds (<c>third-party-funding</c>).</summary>
    ThirdPartyFunding = 9,
}
