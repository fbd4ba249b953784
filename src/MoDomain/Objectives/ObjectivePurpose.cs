namespace MoDomain.Objectives;

/// <summary>
/// The kind of purpose, the second axis of Preißler's objectives matrix: whether an objective is an explicit
/// purpose the organisation pursues on purpose or an implicit one that arises from what it does.
/// </summary>
/// <remarks>The stable JSON id of each value is given by <see cref="ObjectivesVocabulary.Purposes"/>.</remarks>
public enum ObjectivePurpose
{
    /// <summary>An explicit purpose (<c>explicit</c>, Explizite Zwecke).</summary>
    Explicit = 0,

    /// <summary>An implicit purpose (<c>implicit</c>, Implizite Zwecke).</summary>
    Implicit = 1,
}
