namespace MoDomain.Objectives;

/// <summary>
/// One of the four cells of Preißler's objectives matrix: a combination of an <see cref="ObjectiveOrientation"/> and an
/// <see cref="ObjectivePurpose"/>. Every <see cref="Objective"/> sits in exactly one cell.
/// </summary>
/// <remarks>
/// The stable JSON id of each value is given by <see cref="ObjectivesVocabulary.Cells"/>; use
/// <see cref="ObjectivesVocabulary.OrientationOf(ObjectiveCell)"/>, <see cref="ObjectivesVocabulary.PurposeOf(ObjectiveCell)"/>
/// and <see cref="ObjectivesVocabulary.CellAt"/> to move between a cell and its axes.
/// </remarks>
public enum ObjectiveCell
{
    /// <summary>Inward orientation, explicit purpose (<c>inward-explicit</c>).</summary>
    InwardExplicit = 0,

    /// <summary>Outward orientation, explicit purpose (<c>outward-explicit</c>).</summary>
    OutwardExplicit = 1,

    /// <summary>Inward orientation, implicit purpose (<c>inward-implicit</c>).</summary>
    InwardImplicit = 2,

    /// <summary>Outward orientation, implicit purpose (<c>outward-implicit</c>).</summary>
    OutwardImplicit = 3,
}
