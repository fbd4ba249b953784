using System;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>An institutional partner of MOs in a cooperation: a named institution of a <see cref="PartnerKind"/>.</summary>
/// <remarks>Immutable value; names compare ordinally.</remarks>
public sealed class CooperationPartner : IEquatable<CooperationPartner>
{
    /// <summary>Initializes a partner.</summary>
    /// <param name="name">The institution's name.</param>
    /// <param name="kind">Its kind.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public CooperationPartner(string name, PartnerKind kind)
    {
        Name = Guard.Against.Blank(name);
        Kind = Guard.Against.UndefinedValue(kind);
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind.</summary>
    public PartnerKind Kind { get; }

    /// <inheritdoc />
    public bool Equals(CooperationPartner? other) => other is not null && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CooperationPartner);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Kind);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({CooperationVocabulary.PartnerKinds.IdOf(Kind)})";

    /// <summary>Value equality, the same as <see cref="Equals(CooperationPartner?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(CooperationPartner? left, CooperationPartner? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(CooperationPartner? left, CooperationPartner? right) => !(left == right);
}
