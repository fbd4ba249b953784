using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace MoDomain.Internal;

/// <summary>Content (element-wise) equality and hashing of the immutable collections that records hold, whose own
/// <c>Equals</c> compares by reference.</summary>
internal static class ContentEquality
{
    /// <summary>Element-wise, ordinal equality of two string arrays; a default (uninitialised) array equals only another one.</summary>
    internal static bool Equal(ImmutableArray<string> left, ImmutableArray<string> right)
    {
        if (left.IsDefault || right.IsDefault)
        {
            return left.IsDefault && right.IsDefault;
        }
        return left.AsSpan().SequenceEqual(right.AsSpan(), StringComparer.Ordinal);
    }

    /// <summary>Equality of two string dictionaries by their ordinal keys and values; null equals only null.</summary>
    internal static bool Equal(ImmutableSortedDictionary<string, string>? left, ImmutableSortedDictionary<string, string>? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }
        if (left.Count != right.Count)
        {
            return false;
        }
        // Pairs are compared ordinally whatever key comparer either dictionary uses (the hash below does the same).
        IReadOnlyDictionary<string, string> lookup = ReferenceEquals(right.KeyComparer, StringComparer.Ordinal)
            ? right
            : right.ToDictionary(static p => p.Key, static p => p.Value, StringComparer.Ordinal);
        if (lookup.Count != left.Count)
        {
            return false;
        }
        foreach (var pair in left)
        {
            if (!lookup.TryGetValue(pair.Key, out var value) || !string.Equals(pair.Value, value, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Adds the elements of an array to a hash, consistent with <see cref="Equal(ImmutableArray{string}, ImmutableArray{string})"/>.</summary>
    internal static void Add(ref HashCode hash, ImmutableArray<string> items)
    {
        if (items.IsDefault)
        {
            hash.Add(-1);
            return;
        }
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item, StringComparer.Ordinal);
        }
    }

    /// <summary>Adds the pairs of a dictionary to a hash, consistent with <see cref="Equal(ImmutableSortedDictionary{string, string}?, ImmutableSortedDictionary{string, string}?)"/>:
    /// the pairs are combined independently of the dictionary's key order.</summary>
    internal static void Add(ref HashCode hash, ImmutableSortedDictionary<string, string>? items)
    {
        if (items is null)
        {
            hash.Add(-1);
            return;
        }
        hash.Add(items.Count);
        int pairs = 0;
        foreach (var pair in items)
        {
            pairs ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(pair.Key), StringComparer.Ordinal.GetHashCode(pair.Value));
        }
        hash.Add(pairs);
    }
}
