namespace MoDomain.Definitions;

/// <summary>The role people with a migration background play in an organisation's internal structures and processes, ordered from none to leading.</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="DefinitionsVocabulary"/>.</remarks>
public enum InternalRole
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>A minor role.</summary>
    Minor = 1,

    /// <summary>A considerable role.</summary>
    Considerable = 2,

    /// <summary>The leading role.</summary>
    Leading = 3,
}
