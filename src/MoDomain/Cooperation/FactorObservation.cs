using System;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>One observation of an assessment: whether a success factor or obstacle is present, with an optional note.</summary>
/// <remarks>Immutable.</remarks>
public sealed class FactorObservation
{
    /// <summary>Initializes an observation.</summary>
    /// <param name="factorId">The factor's id.</param>
    /// <param name="presence">Present, absent or unknown.</param>
    /// <param name="note">An optional note (null for none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="factorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="factorId"/> is not a valid id, or <paramref name="note"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="presence"/> is not defined.</exception>
    public FactorObservation(string factorId, FactorPresence presence, string? note = null)
    {
        FactorId = ConceptIds.Check(factorId);
        Presence = Preconditions.CheckDefined(presence);
        Note = note is null ? null : Preconditions.CheckNotBlank(note);
    }

    /// <summary>Gets the factor's id.</summary>
    public string FactorId { get; }

    /// <summary>Gets whether the factor is present.</summary>
    public FactorPresence Presence { get; }

    /// <summary>Gets the note, or null when there is none.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => $"{FactorId}: {CooperationVocabulary.FactorPresences.IdOf(Presence)}";
}
