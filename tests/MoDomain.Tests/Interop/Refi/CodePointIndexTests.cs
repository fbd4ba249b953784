using System.Linq;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop.Refi;

/// <summary>The code-point index agrees with a walk over the text, for every index of texts made of ASCII letters,
/// surrogate pairs and lone high and low surrogates.</summary>
public sealed class CodePointIndexTests
{
    private static readonly string[] Pieces = ["a", "😀", "\uD800", "\uDC00", "ß"];

    private static string Text(byte[] picks) => string.Concat(picks.Select(p => Pieces[p % Pieces.Length]));

    // The reference: count code points before a UTF-16 index by walking from the start (a low surrogate right after a
    // high surrogate is the second half of a pair).
    private static int WalkToCodePoints(string text, int utf16Index)
    {
        int count = 0;
        for (int i = 0; i < utf16Index; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }
        return count;
    }

    // The reference: the UTF-16 index of a code point index by walking from the start.
    private static int WalkToUtf16(string text, int codePoints)
    {
        if (codePoints < 0)
        {
            return -1;
        }
        int i = 0;
        for (int n = 0; n < codePoints; n++)
        {
            if (i >= text.Length)
            {
                return text.Length + 1;
            }
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }
        return i;
    }

    [FsCheck.Xunit.Property]
    public bool Every_utf16_index_maps_to_the_code_points_before_it(byte[] picks)
    {
        string text = Text(picks);
        var index = new CodePointIndex(text);
        return Enumerable.Range(0, text.Length + 1).All(i => index.ToCodePoints(i) == WalkToCodePoints(text, i));
    }

    [FsCheck.Xunit.Property]
    public bool Every_code_point_index_maps_back_like_a_walk(byte[] picks)
    {
        string text = Text(picks);
        var index = new CodePointIndex(text);
        return Enumerable.Range(-2, text.Length + 5).All(cp => index.ToUtf16(cp) == WalkToUtf16(text, cp))
            && index.CodePointCount == WalkToCodePoints(text, text.Length);
    }

    [FsCheck.Xunit.Property]
    public bool Code_point_positions_of_pair_boundaries_round_trip(byte[] picks)
    {
        string text = Text(picks);
        var index = new CodePointIndex(text);
        return Enumerable.Range(0, index.CodePointCount + 1).All(cp => index.ToCodePoints(index.ToUtf16(cp)) == cp);
    }
}
