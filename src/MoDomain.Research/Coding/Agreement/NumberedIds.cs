using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace MoDomain.Coding.Agreement;

/// <summary>The ids "1", "2", …, "count", formatted on access (so a million-unit matrix does not allocate a million strings).</summary>
internal sealed class NumberedIds : IReadOnlyList<string>
{
    internal NumberedIds(int count) => Count = count;

    public int Count { get; }

    public string this[int index] => (uint)index < (uint)Count
        ? (index + 1).ToString(CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
