using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Rules;

/// <summary>
/// An immutable set of values with value equality, kept sorted and free of duplicates, so that the order in
/// which a list-valued fact was given never matters.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Enumeration is in the set's sort order (enum values by number, strings ordinal). Two sets are equal when they
/// hold the same elements. An empty set is a known "none", distinct from an unknown fact.
/// </remarks>
public sealed class ValueSet<T> : IReadOnlyList<T>, IEquatable<ValueSet<T>>
    where T : notnull
{
    private readonly ImmutableArray<T> items;

    /// <summary>Creates a set from <paramref name="items"/>, sorting with <paramref name="comparer"/> and removing duplicates.</summary>
    /// <param name="items">The elements; null elements are rejected.</param>
    /// <param name="comparer">The total order used for sorting and equality.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="items"/> is null.</exception>
    public ValueSet(IEnumerable<T> items, IComparer<T> comparer)
    {
        Guard.Against.Null(items);
        Comparer = Guard.Against.Null(comparer);
        var list = new List<T>();
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException("A set must not contain null elements.", nameof(items));
            }
            list.Add(item);
        }
        list.Sort(comparer);
        var builder = ImmutableArray.CreateBuilder<T>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            if (i == 0 || comparer.Compare(list[i - 1], list[i]) != 0)
            {
                builder.Add(list[i]);
            }
        }
        this.items = builder.ToImmutable();
    }

    /// <summary>Gets the order used for sorting and equality.</summary>
    public IComparer<T> Comparer { get; }

    /// <summary>Gets the number of elements.</summary>
    public int Count => items.Length;

    /// <summary>Gets whether the set is empty (a known "none").</summary>
    public bool IsEmpty => items.IsEmpty;

    /// <summary>Gets the element at <paramref name="index"/> in sort order.</summary>
    /// <param name="index">The index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public T this[int index] => items[index];

    /// <summary>Gets the elements as an immutable array in sort order.</summary>
    public ImmutableArray<T> Items => items;

    /// <summary>Returns whether the set holds <paramref name="item"/>.</summary>
    /// <param name="item">The item.</param>
    /// <returns>True when present.</returns>
    public bool Contains(T item)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (Comparer.Compare(items[i], item) == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Returns whether the set shares at least one element with <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>True when the sets overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(ValueSet<T> other)
    {
        Guard.Against.Null(other);
        for (int i = 0; i < items.Length; i++)
        {
            if (other.Contains(items[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)items).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueSet<T>? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }
        for (int i = 0; i < items.Length; i++)
        {
            if (Comparer.Compare(items[i], other.items[i]) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueSet<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item is string s ? StringComparer.Ordinal.GetHashCode(s) : item.GetHashCode());
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns the elements separated by commas and spaces, or <c>none</c> when empty.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => items.IsEmpty ? "none" : string.Join(", ", items);

    /// <summary>Value equality, the same as <see cref="Equals(ValueSet{T}?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ValueSet<T>? left, ValueSet<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(ValueSet<T>? left, ValueSet<T>? right) => !(left == right);
}
