namespace MoDomain.Objectives;

/// <summary>
/// The orientation of action (Handlungsorientierung), the first axis of Preißler's objectives matrix: whether an
/// objective is directed at the organisation's own community or at the wider society.
/// </summary>
/// <remarks>The stable JSON id of each value is given by <see cref="ObjectivesVocabulary.Orientations"/>.</remarks>
public enum ObjectiveOrientation
{
    /// <summary>Directed inwards, at the members and the community (<c>inward</c>, nach Innen).</summary>
    Inward = 0,

    /// <summary>Directed outwards, at the wider society and its institutions (<c>outward</c>, nach Außen).</summary>
    Outward = 1,
}
