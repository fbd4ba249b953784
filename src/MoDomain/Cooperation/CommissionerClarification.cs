namespace MoDomain.Cooperation;

/// <summary>Whether the integration commissioner was consulted about a candidate MSO and with what result (DOMAIN.md §5.5). Ids: <see cref="CooperationVocabulary.CommissionerClarifications"/>.</summary>
public enum CommissionerClarification
{
    /// <summary><c>not-requested</c>: no clarification was asked for.</summary>
    NotRequested = 0,

    /// <summary><c>no-concerns</c>: the commissioner raised no concerns.</summary>
    NoConcerns = 1,

    /// <summary><c>concerns</c>: the commissioner raised concerns.</summary>
    Concerns = 2,
}
