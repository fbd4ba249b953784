using System;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>The status of one factor in an <see cref="AssessmentResult"/>: the factor (with side and source), its presence and note.</summary>
/// <remarks>Immutable.</remarks>
public sealed class FactorStatus
{
    /// <summary>Initializes a status.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="presence">Whether it is present: yes (<c>present</c>), no (<c>absent</c>) or unknown.</param>
    /// <param name="note">The note, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factor"/> is null.</exception>
    public FactorStatus(CooperationFactor factor, Truth presence, string? note)
    {
        Factor = Guard.Against.Null(factor);
        Presence = presence;
        Note = note;
    }

    /// <summary>Gets the factor.</summary>
    public CooperationFactor Factor { get; }

    /// <summary>Gets whether the factor is present (yes), absent (no) or unknown; ids in <see cref="CooperationVocabulary.FactorPresences"/>.</summary>
    public Truth Presence { get; }

    /// <summary>Gets the note, or null when there is none.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Factor.Id}: {CooperationVocabulary.FactorPresences.IdOf(Presence.Value)}";
}
