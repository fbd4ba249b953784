using System;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>How many records of a portfolio fall into one category, and their share of the distribution's base.</summary>
/// <typeparam name="T">The category type.</typeparam>
/// <remarks>Immutable. The share is unknown when the base is 0.</remarks>
public sealed class CategoryCount<T>
    where T : struct, Enum
{
    /// <summary>Initializes a count.</summary>
    /// <param name="category">The category.</param>
    /// <param name="count">The number of records.</param>
    /// <param name="total">The base the share is taken of.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, the count exceeds the base, or the category is not defined.</exception>
    public CategoryCount(T category, int count, int total)
    {
        Category = Guard.Against.UndefinedValue(category);
        if (total < 0 || count < 0 || count > total)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A count must lie between 0 and the base {total}.");
        }
        Count = count;
        Share = total == 0 ? Fact<double>.Unknown : count / (double)total;
    }

    /// <summary>Gets the category.</summary>
    public T Category { get; }

    /// <summary>Gets the number of records.</summary>
    public int Count { get; }

    /// <summary>Gets the share of the base, or unknown when the base is 0.</summary>
    public Fact<double> Share { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Category}: {Count}";
}
