namespace MoDomain.Cooperation;

/// <summary>Whether a factor of DOMAIN.md §5.4 helps or hinders cooperation. Ids: <see cref="CooperationVocabulary.FactorKinds"/>.</summary>
public enum FactorKind
{
    /// <summary><c>success-factor</c>: a success factor (Gelingensfaktor).</summary>
    SuccessFactor = 0,

    /// <summary><c>obstacle</c>: an obstacle (Schwierigkeit, Hindernis).</summary>
    Obstacle = 1,
}
