using System;
using System.Globalization;
using MoDomain.Internal;

namespace MoDomain.Objectives;

/// <summary>
/// One objective an organisation pursues, with its emphasis (a relative weight) and where the evidence for it comes from.
/// </summary>
/// <remarks>
/// <para>The emphasis is a relative weight: only its ratio to the emphases of the organisation's other objectives
/// matters. It must be positive and finite and at most <see cref="MaxEmphasis"/>; the default, 1, gives every
/// objective the same weight, so that shares become shares of counted objectives.</para>
/// <para>Immutable; equality compares all three values.</para>
/// </remarks>
public sealed class PursuedObjective : IEquatable<PursuedObjective>
{
    /// <summary>The default emphasis: 1.</summary>
    public const double DefaultEmphasis = 1.0;

    /// <summary>The largest emphasis allowed, 10^6; the bound keeps sums of weights far from overflow.</summary>
    public const double MaxEmphasis = 1e6;

    /// <summary>Creates a pursued objective.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="evidence">Where the evidence comes from (record <see cref="EvidenceSource.Observed"/> when it was both stated and observed).</param>
    /// <param name="emphasis">The relative weight: positive, finite and at most <see cref="MaxEmphasis"/>; 1 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> or <paramref name="evidence"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="emphasis"/> is not a number greater than 0 and at most <see cref="MaxEmphasis"/>.</exception>
    public PursuedObjective(Objective objective, EvidenceSource evidence, double emphasis = DefaultEmphasis)
    {
        Objective = Guard.Against.UndefinedValue(objective);
        Evidence = Guard.Against.UndefinedValue(evidence);
        Emphasis = CheckEmphasis(emphasis);
    }

    /// <summary>Gets the objective.</summary>
    public Objective Objective { get; }

    /// <summary>Gets where the evidence comes from.</summary>
    public EvidenceSource Evidence { get; }

    /// <summary>Gets the relative weight (positive, finite, at most <see cref="MaxEmphasis"/>).</summary>
    public double Emphasis { get; }

    /// <summary>Gets the cell of the objective.</summary>
    public ObjectiveCell Cell => ObjectivesVocabulary.CellOf(Objective);

    /// <summary>Returns whether <paramref name="emphasis"/> is a valid emphasis.</summary>
    /// <param name="emphasis">The candidate.</param>
    /// <returns>True when it is greater than 0 and at most <see cref="MaxEmphasis"/> (so not NaN and not infinite).</returns>
    public static bool IsValidEmphasis(double emphasis) => emphasis > 0.0 && emphasis <= MaxEmphasis;

    /// <inheritdoc />
    public bool Equals(PursuedObjective? other) =>
        other is not null && Objective == other.Objective && Evidence == other.Evidence && Emphasis.Equals(other.Emphasis);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PursuedObjective);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Objective, Evidence, Emphasis);

    /// <summary>Returns the objective id, the emphasis and the evidence id, for example <c>identity-building (emphasis 2, observed)</c>.</summary>
    /// <returns>The text, culture-invariant.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{ObjectivesVocabulary.Objectives.IdOf(Objective)} (emphasis {Emphasis:R}, {ObjectivesVocabulary.EvidenceSources.IdOf(Evidence)})");

    private static double CheckEmphasis(double emphasis)
    {
        Guard.Against.Unsatisfied(
            IsValidEmphasis(emphasis),
            string.Create(CultureInfo.InvariantCulture, $"An emphasis must be a number greater than 0 and at most {MaxEmphasis:R} (NaN and infinities are not allowed), but was {emphasis:R}."),
            nameof(emphasis));
        return emphasis;
    }

    /// <summary>Value equality, the same as <see cref="Equals(PursuedObjective?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(PursuedObjective? left, PursuedObjective? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(PursuedObjective? left, PursuedObjective? right) => !(left == right);
}
