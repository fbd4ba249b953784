using System;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>The status of one factor in an <see cref="AssessmentResult"/>: the factor (with side and source), its presence and note.</summary>
/// <remarks>Immutable.</remarks>
public sealed class FactorStatus
{
    /// <summary>Initializes a status.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="presence">Its presence.</param>
    /// <param name="note">The note, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="presence"/> is not defined.</exception>
    public FactorStatus(CooperationFactor factor, FactorPresence presence, string? note)
    {
        Factor = Preconditions.CheckNotNull(factor);
        Presence = Preconditions.CheckDefined(presence);
        Note = note;
    }

    /// <summary>Gets the factor.</summary>
    public CooperationFactor Factor { get; }

    /// <summary>Gets its presence.</summary>
    public FactorPresence Presence { get; }

    /// <summary>Gets the note, or null when there is none.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Factor.Id}: {CooperationVocabulary.FactorPresences.IdOf(Presence)}";
}
