namespace MoDomain.Funding;

/// <summary>The five-valued outcome of § 75 SGB VIII recognition. Ids in <see cref="FundingVocabulary.RecognitionStatuses"/>.</summary>
public enum RecognitionStatus
{
    /// <summary>Not recognisable (<c>not-recognisable</c>).</summary>
    NotRecognisable = 0,

    /// <summary>May be recognised at the authority's discretion, Abs. 1 (<c>may-be-recognised</c>).</summary>
    MayBeRecognised = 1,

    /// <summary>Entitled to recognition, Abs. 2 (<c>entitled</c>).</summary>
    Entitled = 2,

    /// <summary>Recognised by law, Abs. 3 (<c>recognised-by-law</c>).</summary>
    RecognisedByLaw = 3,

    /// <summary>Undetermined: facts are missing (<c>undetermined</c>).</summary>
    Undetermined = 4,

    /// <summary>Not applicable: the value does not apply here (<c>not-applicable</c>), e.g. the minimum status of a requirement
    /// other than <c>youth-welfare-recognition</c>. Never the outcome of an assessment.</summary>
    NotApplicable = 5,
}
