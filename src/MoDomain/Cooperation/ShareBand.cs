namespace MoDomain.Cooperation;

/// <summary>A band for the share of staff or budget spent on MO cooperation, as the survey groups it (DOMAIN.md §5.3). Ids: <see cref="CooperationVocabulary.ShareBands"/>.</summary>
public enum ShareBand
{
    /// <summary><c>up-to-10-percent</c>: at most about 10 % (the survey reports no figure for this band).</summary>
    UpTo10Percent = 0,

    /// <summary><c>11-to-25-percent</c>: between 11 % and 25 %.</summary>
    From11To25Percent = 1,

    /// <summary><c>over-25-percent</c>: more than 25 %.</summary>
    Over25Percent = 2,
}
