using System;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>
/// A success factor or obstacle of cooperation (DOMAIN.md §5.4): a <see cref="Vocabulary.Concept"/> with the kind of
/// factor and the side it concerns.
/// </summary>
/// <remarks>Immutable. Two factors are equal when their concept ids are equal.</remarks>
public sealed class CooperationFactor : IEquatable<CooperationFactor>
{
    /// <summary>Initializes a new factor.</summary>
    /// <param name="concept">The concept (id, labels, description, source).</param>
    /// <param name="kind">Success factor or obstacle.</param>
    /// <param name="side">The side the factor concerns.</param>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="side"/> is not defined.</exception>
    public CooperationFactor(Concept concept, FactorKind kind, FactorSide side)
    {
        Concept = Guard.Against.Null(concept);
        Kind = Guard.Against.UndefinedValue(kind);
        Side = Guard.Against.UndefinedValue(side);
    }

    /// <summary>Gets the concept.</summary>
    public Concept Concept { get; }

    /// <summary>Gets the id (the concept id).</summary>
    public string Id => Concept.Id;

    /// <summary>Gets whether the factor helps or hinders.</summary>
    public FactorKind Kind { get; }

    /// <summary>Gets the side the factor concerns.</summary>
    public FactorSide Side { get; }

    /// <inheritdoc />
    public bool Equals(CooperationFactor? other) => other is not null && Concept.Equals(other.Concept);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CooperationFactor);

    /// <inheritdoc />
    public override int GetHashCode() => Concept.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Id;

    /// <summary>Value equality, the same as <see cref="Equals(CooperationFactor?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(CooperationFactor? left, CooperationFactor? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(CooperationFactor? left, CooperationFactor? right) => !(left == right);
}
