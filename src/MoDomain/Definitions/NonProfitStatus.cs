namespace MoDomain.Definitions;

/// <summary>Whether the organisation's non-profit status (Gemeinnützigkeit) is recognised. Unknown is expressed by an unknown fact.</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="DefinitionsVocabulary"/>.</remarks>
public enum NonProfitStatus
{
    /// <summary>Non-profit status is recognised.</summary>
    Recognised = 0,

    /// <summary>Non-profit status is not recognised.</summary>
    NotRecognised = 1,
}
