using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>
/// Converts between UTF-16 indices (.NET strings) and Unicode code point indices (REFI-QDA positions) of one text, built
/// once per text: O(n) to build, O(log k) per conversion, where k is the number of surrogate pairs.
/// </summary>
/// <remarks>A surrogate pair is one code point; a lone surrogate counts as one code point, as does every other UTF-16
/// unit. Texts without surrogate pairs (the usual case) need no table: both indices are equal.</remarks>
internal sealed class CodePointIndex
{
    // UTF-16 index of the high surrogate of each surrogate pair, ascending.
    private readonly int[] pairStarts;

    // Code point index of each surrogate pair (pairStarts[j] - j), ascending.
    private readonly int[] pairCodePoints;
    private readonly int length;

    internal CodePointIndex(string text)
    {
        length = text.Length;
        var starts = new List<int>();
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                starts.Add(i);
                i++;
            }
        }
        pairStarts = [.. starts];
        pairCodePoints = new int[pairStarts.Length];
        for (int j = 0; j < pairStarts.Length; j++)
        {
            pairCodePoints[j] = pairStarts[j] - j;
        }
    }

    /// <summary>Gets the number of code points in the text.</summary>
    internal int CodePointCount => length - pairStarts.Length;

    /// <summary>The code point index of a UTF-16 index: the number of code points that start before it.</summary>
    internal int ToCodePoints(int utf16Index) =>
        // Every low surrogate of a pair strictly before the index (pair start + 1 < index) is no code point of its own.
        utf16Index - CountBelow(pairStarts, utf16Index - 1);

    /// <summary>The UTF-16 index of a code point index; -1 when negative, the text length + 1 when beyond the end.</summary>
    internal int ToUtf16(int codePoints)
    {
        if (codePoints < 0)
        {
            return -1;
        }
        // Each pair that starts before the position adds one UTF-16 unit.
        return codePoints > CodePointCount ? length + 1 : codePoints + CountBelow(pairCodePoints, codePoints);
    }

    // The number of values below bound; values ascend.
    private static int CountBelow(int[] values, int bound)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (values[mid] < bound)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
