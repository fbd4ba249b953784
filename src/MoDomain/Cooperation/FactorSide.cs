namespace MoDomain.Cooperation;

/// <summary>Which side of a cooperation a success factor or obstacle concerns (DOMAIN.md §5.4). Ids: <see cref="CooperationVocabulary.FactorSides"/>.</summary>
public enum FactorSide
{
    /// <summary><c>mo</c>: the migrant organisation.</summary>
    Mo = 0,

    /// <summary><c>administration</c>: the municipality or administration.</summary>
    Administration = 1,

    /// <summary><c>both</c>: both partners.</summary>
    Both = 2,
}
