namespace MoDomain.Definitions;

/// <summary>The character of an organisation's work. Descriptive only: the library never infers anything from it.</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="DefinitionsVocabulary"/>.</remarks>
public enum Orientation
{
    /// <summary>Cultural.</summary>
    Cultural = 0,

    /// <summary>Political.</summary>
    Political = 1,

    /// <summary>Religious.</summary>
    Religious = 2,

    /// <summary>Social.</summary>
    Social = 3,

    /// <summary>Sport.</summary>
    Sport = 4,

    /// <summary>Education.</summary>
    Education = 5,

    /// <summary>Another orientation.</summary>
    Other = 6,
}
