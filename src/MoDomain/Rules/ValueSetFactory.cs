using System;
using System.Collections.Generic;

namespace MoDomain.Rules;

/// <summary>Factory methods for <see cref="ValueSet{T}"/>.</summary>
public static class ValueSet
{
    /// <summary>Creates a set of enum values, ordered by their numeric value.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="items">The values.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueSet<TEnum> Of<TEnum>(params TEnum[] items)
        where TEnum : struct, Enum => new(items, Comparer<TEnum>.Default);

    /// <summary>Creates a set of enum values from a sequence, ordered by their numeric value.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="items">The values.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueSet<TEnum> Of<TEnum>(IEnumerable<TEnum> items)
        where TEnum : struct, Enum => new(items, Comparer<TEnum>.Default);

    /// <summary>Creates a set of strings, ordered and compared ordinally (culture-invariant).</summary>
    /// <param name="items">The strings; null elements are rejected.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public static ValueSet<string> OfStrings(params string[] items) => new(items, StringComparer.Ordinal);

    /// <summary>Creates a set of strings from a sequence, ordered and compared ordinally (culture-invariant).</summary>
    /// <param name="items">The strings; null elements are rejected.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public static ValueSet<string> OfStrings(IEnumerable<string> items) => new(items, StringComparer.Ordinal);
}
