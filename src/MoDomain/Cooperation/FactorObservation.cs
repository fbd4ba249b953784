using System;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>One observation of an assessment: whether a success factor or obstacle is present, with an optional note.</summary>
/// <remarks>Immutable.</remarks>
public sealed class FactorObservation
{
    /// <summary>Initializes an observation.</summary>
    /// <param name="factorId">The factor's id.</param>
    /// <param name="presence">Whether the factor is present: yes (<c>present</c>), no (<c>absent</c>) or unknown.</param>
    /// <param name="note">An optional note (null for none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="factorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="factorId"/> is not a valid id, or <paramref name="note"/> is blank.</exception>
    public FactorObservation(string factorId, Truth presence, string? note = null)
    {
        FactorId = ConceptIds.Check(factorId);
        Presence = presence;
        Note = note is null ? null : Guard.Against.Blank(note);
    }

    /// <summary>Gets the factor's id.</summary>
    public string FactorId { get; }

    /// <summary>Gets whether the factor is present (yes), absent (no) or unknown; ids in <see cref="CooperationVocabulary.FactorPresences"/>.</summary>
    public Truth Presence { get; }

    /// <summary>Gets the note, or null when there is none.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => $"{FactorId}: {CooperationVocabulary.FactorPresences.IdOf(Presence.Value)}";
}
