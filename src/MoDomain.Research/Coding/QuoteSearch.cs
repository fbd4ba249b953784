using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MoDomain.Coding;

/// <summary>
/// Finds every occurrence of a quotation in a text under Unicode canonical equivalence (NFC), so a quote pasted with
/// decomposed umlauts (NFD, as macOS often delivers them) finds the composed text and the other way round.
/// </summary>
/// <remarks>
/// <para>The text is cut into clusters (a character with its following combining marks and conjoining Hangul
/// jamo); each cluster is normalised on its own and a match must begin and end at a cluster boundary, so "a" does
/// not match the first half of "a" + COMBINING DIAERESIS. Positions are mapped back to the original text.</para>
/// <para>Time and memory are linear in the text plus the quote (Knuth–Morris–Pratt search); occurrences may
/// overlap ("aa" occurs twice in "aaa"). Ill-formed UTF-16 (a lone surrogate) is compared as is.</para>
/// </remarks>
internal static class QuoteSearch
{
    /// <summary>Returns the ranges <c>[Start, End)</c> of the original text at which the quote occurs, in order.</summary>
    internal static List<(int Start, int End)> FindAll(string text, string quote)
    {
        var (normalisedQuote, _) = Normalise(quote);
        var (normalisedText, originalAt) = Normalise(text);
        var result = new List<(int, int)>();
        int m = normalisedQuote.Length;
        if (m == 0)
        {
            return result;
        }
        int[] failure = Failure(normalisedQuote);
        int k = 0;
        for (int i = 0; i < normalisedText.Length; i++)
        {
            while (k > 0 && normalisedText[i] != normalisedQuote[k])
            {
                k = failure[k - 1];
            }
            if (normalisedText[i] == normalisedQuote[k])
            {
                k++;
            }
            if (k == m)
            {
                int start = i - m + 1;
                int end = i + 1;
                if (originalAt[start] >= 0 && originalAt[end] >= 0)
                {
                    result.Add((originalAt[start], originalAt[end]));
                }
                k = failure[k - 1];
            }
        }
        return result;
    }

    private static int[] Failure(string pattern)
    {
        int[] failure = new int[pattern.Length];
        int k = 0;
        for (int i = 1; i < pattern.Length; i++)
        {
            while (k > 0 && pattern[i] != pattern[k])
            {
                k = failure[k - 1];
            }
            if (pattern[i] == pattern[k])
            {
                k++;
            }
            failure[i] = k;
        }
        return failure;
    }

    // The NFC form, cluster by cluster, and for each index of it the original index where a cluster starts there
    // (or -1 inside a cluster); the last entry maps the end.
    private static (string Text, int[] OriginalAt) Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var starts = new List<(int Normalised, int Original)>();
        int i = 0;
        while (i < text.Length)
        {
            int end = ClusterEnd(text, i);
            starts.Add((builder.Length, i));
            if (end - i == 1 && text[i] < '\u0300')
            {
                builder.Append(text[i]);
            }
            else
            {
                string cluster = text[i..end];
                builder.Append(cluster.IsNormalized(NormalizationForm.FormC) ? cluster : cluster.Normalize(NormalizationForm.FormC));
            }
            i = end;
        }
        int[] originalAt = new int[builder.Length + 1];
        System.Array.Fill(originalAt, -1);
        foreach (var (normalised, original) in starts)
        {
            originalAt[normalised] = original;
        }
        originalAt[builder.Length] = text.Length;
        return (builder.ToString(), originalAt);
    }

    private static int ClusterEnd(string text, int i)
    {
        int j = i + (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1);
        if (j - i == 1 && char.IsSurrogate(text[i]))
        {
            return j; // a lone surrogate stands alone and is never normalised
        }
        while (j < text.Length)
        {
            char c = text[j];
            if (c >= '\u1160' && c <= '\u11FF')
            {
                j++;
                continue;
            }
            bool pair = char.IsHighSurrogate(c) && j + 1 < text.Length && char.IsLowSurrogate(text[j + 1]);
            if (!pair && char.IsSurrogate(c))
            {
                break;
            }
            var category = pair ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[j + 1])) : CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                break;
            }
            j += pair ? 2 : 1;
        }
        return j;
    }
}
