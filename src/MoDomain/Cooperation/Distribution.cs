using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>
/// A distribution of portfolio records over the values of a category (level, form, topic, initiator): a count per
/// value, the base the shares are taken of, and how many records leave the category unknown.
/// </summary>
/// <typeparam name="T">The category type.</typeparam>
/// <remarks>
/// <para>Every value of <typeparamref name="T"/> appears, in enum (source) order, also with count 0. The base is the
/// number of records whose category is known; for multi-valued categories (topics) a record counts once per value, so
/// shares may sum to more than 1.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class Distribution<T>
    where T : struct, Enum
{
    /// <summary>Initializes a distribution from records.</summary>
    /// <param name="records">The records considered.</param>
    /// <param name="categories">The values of a record (unknown when the record does not say).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Distribution(IEnumerable<CooperationRecord> records, Func<CooperationRecord, Fact<IEnumerable<T>>> categories)
    {
        Guard.Against.Null(records);
        Guard.Against.Null(categories);
        var counts = new Dictionary<T, int>();
        int considered = 0, unknown = 0;
        foreach (var record in records)
        {
            considered++;
            var values = categories(record);
            if (!values.IsKnown)
            {
                unknown++;
                continue;
            }
            foreach (var value in values.Value.Distinct())
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
        Considered = considered;
        Unknown = unknown;
        Base = considered - unknown;
        Entries = [.. Enum.GetValues<T>().Select(v => new CategoryCount<T>(v, counts.GetValueOrDefault(v), Base))];
    }

    /// <summary>Gets the count per value, in enum order.</summary>
    public ImmutableArray<CategoryCount<T>> Entries { get; }

    /// <summary>Gets the number of records considered.</summary>
    public int Considered { get; }

    /// <summary>Gets the number of records whose category is unknown.</summary>
    public int Unknown { get; }

    /// <summary>Gets the base of the shares: records whose category is known.</summary>
    public int Base { get; }

    /// <summary>Gets the entry of one value.</summary>
    /// <param name="category">The value.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not defined.</exception>
    public CategoryCount<T> this[T category]
    {
        get
        {
            Guard.Against.UndefinedValue(category);
            return Entries.First(e => EqualityComparer<T>.Default.Equals(e.Category, category));
        }
    }
}
