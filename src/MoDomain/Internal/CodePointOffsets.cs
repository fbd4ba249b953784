using System;
using System.Collections.Generic;

namespace MoDomain.Internal;

/// <summary>
/// Converts positions in one text between UTF-16 indices (what .NET strings use) and Unicode code point indices
/// (what files leaving the library use: tidy CSV, corpus JSON, REFI-QDA), in O(log n) per position after one O(n)
/// pass over the text.
/// </summary>
/// <remarks>
/// Only a valid surrogate pair (a high surrogate directly followed by a low one) counts as one code point; a lone
/// surrogate counts as one. A UTF-16 index between the two halves of a pair maps to the code point after the pair,
/// as REFI-QDA positions count whole characters.
/// </remarks>
internal sealed class CodePointOffsets
{
    // UTF-16 index of the low half of every surrogate pair, ascending.
    private readonly int[] lowHalves;

    // Code point index of every surrogate pair, ascending.
    private readonly int[] pairCodePoints;

    private CodePointOffsets(int length, int[] lowHalves, int[] pairCodePoints)
    {
        Utf16Length = length;
        this.lowHalves = lowHalves;
        this.pairCodePoints = pairCodePoints;
    }

    /// <summary>Gets the length of the text in UTF-16 characters.</summary>
    internal int Utf16Length { get; }

    /// <summary>Gets the length of the text in code points.</summary>
    internal int CodePointLength => Utf16Length - lowHalves.Length;

    /// <summary>Indexes a text.</summary>
    internal static CodePointOffsets Of(string text)
    {
        var lows = new List<int>();
        var codePoints = new List<int>();
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                codePoints.Add(i - 1 - lows.Count);
                lows.Add(i);
            }
        }
        return new CodePointOffsets(text.Length, [.. lows], [.. codePoints]);
    }

    /// <summary>Converts a UTF-16 index (0 to the text length) to a code point index.</summary>
    internal int ToCodePoints(int utf16Index) => utf16Index - CountBelow(lowHalves, utf16Index);

    /// <summary>
    /// Converts a code point index to a UTF-16 index; -1 when negative, <see cref="Utf16Length"/> + 1 when beyond the
    /// end of the text.
    /// </summary>
    internal int FromCodePoints(int codePoints)
    {
        if (codePoints < 0)
        {
            return -1;
        }
        if (codePoints > CodePointLength)
        {
            return Utf16Length + 1;
        }
        return codePoints + CountBelow(pairCodePoints, codePoints);
    }

    // How many elements of the ascending array are less than the value.
    private static int CountBelow(int[] sorted, int value)
    {
        int found = Array.BinarySearch(sorted, value);
        return found >= 0 ? found : ~found;
    }
}
