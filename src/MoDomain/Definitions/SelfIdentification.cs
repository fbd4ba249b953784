namespace MoDomain.Definitions;

/// <summary>How an organisation sees itself with regard to the label "migrant organisation". Unknown is expressed by an unknown fact; this fact never changes a definition's verdict.</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="DefinitionsVocabulary"/>.</remarks>
public enum SelfIdentification
{
    /// <summary>The organisation describes itself as a migrant organisation.</summary>
    Identifies = 0,

    /// <summary>The organisation rejects the label (or no longer sees itself as an MO).</summary>
    RejectsLabel = 1,
}
