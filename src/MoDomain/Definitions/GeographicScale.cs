namespace MoDomain.Definitions;

/// <summary>The geographic scale an organisation works at.</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="DefinitionsVocabulary"/>.</remarks>
public enum GeographicScale
{
    /// <summary>Local.</summary>
    Local = 0,

    /// <summary>Regional.</summary>
    Regional = 1,

    /// <summary>A federal state (Land).</summary>
    Land = 2,

    /// <summary>Federal.</summary>
    Federal = 3,
}
