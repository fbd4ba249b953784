using System;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>
/// One fact as a rule read it: the fact id, its label and its value as invariant text, or unknown.
/// </summary>
/// <remarks>Equality compares id and value; the label is presentation only.</remarks>
public sealed class FactReading : IEquatable<FactReading>
{
    /// <summary>Creates a reading.</summary>
    /// <param name="id">The fact id (kebab-case).</param>
    /// <param name="label">The fact label.</param>
    /// <param name="value">The value as invariant text, or unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case.</exception>
    public FactReading(string id, LocalizedText label, Fact<string> value)
    {
        Id = ConceptIds.Check(id);
        Label = Guard.Against.Null(label);
        Value = value;
    }

    /// <summary>Gets the fact id.</summary>
    public string Id { get; }

    /// <summary>Gets the fact label.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the value as culture-invariant text, or unknown.</summary>
    public Fact<string> Value { get; }

    /// <summary>Gets whether the value is known.</summary>
    public bool IsKnown => Value.IsKnown;

    /// <inheritdoc />
    public bool Equals(FactReading? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FactReading);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Value);

    /// <summary>Returns <c>id=value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}={Value}";

    /// <summary>Value equality, the same as <see cref="Equals(FactReading?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(FactReading? left, FactReading? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(FactReading? left, FactReading? right) => !(left == right);
}
