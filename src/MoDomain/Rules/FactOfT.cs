using System;
using System.Collections.Generic;
using MoDomain.Internal;

namespace MoDomain.Rules;

/// <summary>
/// A fact that is either known, with a value, or unknown. Unknown is a value of its own, never a null.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// The default value of this struct is unknown. A known fact never holds a null reference.
/// Equality: two unknown facts are equal; two known facts are equal when their values are equal under
/// <see cref="EqualityComparer{T}.Default"/>.
/// </remarks>
public readonly struct Fact<T> : IEquatable<Fact<T>>
{
    private readonly T value;

    /// <summary>Creates a known fact.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Fact(T value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), "A known fact needs a value; use Fact<T>.Unknown for an unknown fact.");
        }
        this.value = value;
        IsKnown = true;
    }

    /// <summary>Gets an unknown fact.</summary>
#pragma warning disable CA1000 // A static factory on the generic type is the natural spelling here.
    public static Fact<T> Unknown => default;
#pragma warning restore CA1000

    /// <summary>Gets whether the value is known.</summary>
    public bool IsKnown { get; }

    /// <summary>Gets whether the value is unknown.</summary>
    public bool IsUnknown => !IsKnown;

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">The fact is unknown.</exception>
    public T Value => IsKnown ? value : throw new InvalidOperationException("The fact is unknown; check IsKnown or use TryGetValue.");

    /// <summary>Gets the value when known.</summary>
    /// <param name="result">The value, or the default of <typeparamref name="T"/> when unknown.</param>
    /// <returns>True when known.</returns>
    public bool TryGetValue(out T result)
    {
        result = value;
        return IsKnown;
    }

    /// <summary>Returns the value when known, otherwise <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The value to use when unknown.</param>
    /// <returns>The value or the fallback.</returns>
    public T GetValueOrDefault(T fallback) => IsKnown ? value : fallback;

    /// <summary>Maps a known value; an unknown fact stays unknown.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="map">The mapping, called only when known.</param>
    /// <returns>The mapped fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public Fact<TResult> Select<TResult>(Func<T, TResult> map)
    {
        Guard.Against.Null(map);
        return IsKnown ? new Fact<TResult>(map(value)) : default;
    }

    /// <summary>Decides a predicate over the value: unknown when the fact is unknown.</summary>
    /// <param name="predicate">The predicate, called only when known.</param>
    /// <returns>Yes, no, or unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public Truth Test(Func<T, bool> predicate)
    {
        Guard.Against.Null(predicate);
        return IsKnown ? Truth.FromBoolean(predicate(value)) : Truth.Unknown;
    }

    /// <summary>Wraps a value as a known fact; a null reference becomes the unknown fact.</summary>
    /// <param name="value">The value, or null for unknown.</param>
    /// <remarks>An implicit conversion never throws: a null reference (a missing value) converts to
    /// <see cref="Unknown"/>, as <see cref="Fact.FromNullable{T}(T)"/> does. To insist on a value, use
    /// <see cref="Fact.Known{T}(T)"/> or the constructor, which reject null.</remarks>
#pragma warning disable CA2225 // Fact.Known is the named alternative.
    public static implicit operator Fact<T>(T? value) => value is null ? default : new(value);
#pragma warning restore CA2225

    /// <inheritdoc />
    public bool Equals(Fact<T> other) =>
        IsKnown == other.IsKnown && (!IsKnown || EqualityComparer<T>.Default.Equals(value, other.value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fact<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsKnown ? HashCode.Combine(true, value) : 0;

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Fact<T> left, Fact<T> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Fact<T> left, Fact<T> right) => !left.Equals(right);

    /// <summary>Returns the value's text, or <c>unknown</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsKnown ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty : "unknown";
}
