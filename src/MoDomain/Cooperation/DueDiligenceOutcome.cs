namespace MoDomain.Cooperation;

/// <summary>The result of due diligence on a candidate MSO (DOMAIN.md §5.5). Ids: <see cref="CooperationVocabulary.DueDiligenceOutcomes"/>.</summary>
public enum DueDiligenceOutcome
{
    /// <summary><c>undetermined</c>: the recorded facts do not decide it.</summary>
    Undetermined = 0,

    /// <summary><c>clear</c>: every check is passed.</summary>
    Clear = 1,

    /// <summary><c>concern</c>: at least one check raises a concern.</summary>
    Concern = 2,
}
