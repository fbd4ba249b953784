namespace MoDomain.Funding;

/// <summary>Source keys of the funding area that are not seed documents (verified law).</summary>
/// <remarks>The seed documents' keys are in <see cref="Vocabulary.SourceKeys"/>.</remarks>
public static class FundingSourceKeys
{
    /// <summary>§ 75 SGB VIII (recognition as a free youth-welfare provider), with BT-Drs. 11/5948 for Abs. 3.</summary>
    public const string SgbVIII75 = "§ 75 SGB VIII";
}
