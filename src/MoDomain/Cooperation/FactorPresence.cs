namespace MoDomain.Cooperation;

/// <summary>Whether a factor was observed in a cooperation. The default is <see cref="Unknown"/>. Ids: <see cref="CooperationVocabulary.FactorPresences"/>.</summary>
public enum FactorPresence
{
    /// <summary><c>unknown</c>: not assessed or not known.</summary>
    Unknown = 0,

    /// <summary><c>present</c>: observed.</summary>
    Present = 1,

    /// <summary><c>absent</c>: observed not to be there.</summary>
    Absent = 2,
}
