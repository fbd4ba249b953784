using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace MoDomain.Coding;

/// <summary>The German sentence rule documented on <see cref="SegmentationLevel.Sentence"/>.</summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> NeverEnd = FrozenSet.ToFrozenSet(
        ["dr", "prof", "nr", "bzw", "ca", "vgl", "ggf", "evtl", "bspw", "sog", "inkl", "zzgl", "hr", "fr", "str", "st", "abs", "tel", "mio", "mrd", "jh", "gem", "geb"],
        StringComparer.OrdinalIgnoreCase);

    private const int LongestAbbreviation = 8;

    /// <summary>Adds the sentences of <c>text[start, end)</c> to <paramref name="into"/>.</summary>
    internal static void Split(string text, int start, int end, List<(int Start, int End)> into)
    {
        int i = start;
        while (true)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i >= end)
            {
                return;
            }
            int sentenceStart = i;
            int sentenceEnd = -1;
            while (i < end)
            {
                char c = text[i];
                if (!IsTerminator(c))
                {
                    i++;
                    continue;
                }
                int runStart = i;
                bool strong = false;
                while (i < end && IsTerminator(text[i]))
                {
                    strong |= text[i] != '.';
                    i++;
                }
                bool multipleDots = i - runStart > 1;
                while (i < end && IsCloser(text[i]))
                {
                    i++;
                }
                if (runStart > start && text[runStart - 1] == '(')
                {
                    continue; // a pause marker such as (.) or (...)
                }
                if (i < end && !char.IsWhiteSpace(text[i]))
                {
                    continue; // a dot inside a word or number
                }
                int next = i;
                while (next < end && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }
                if (next >= end)
                {
                    sentenceEnd = i;
                    break;
                }
                if (char.IsLower(text[next]))
                {
                    continue;
                }
                if (!strong && !multipleDots && !FullStopEnds(text, start, runStart))
                {
                    continue;
                }
                sentenceEnd = i;
                break;
            }
            if (sentenceEnd < 0)
            {
                sentenceEnd = end;
                while (char.IsWhiteSpace(text[sentenceEnd - 1]))
                {
                    sentenceEnd--;
                }
            }
            into.Add((sentenceStart, sentenceEnd));
            i = sentenceEnd;
        }
    }

    // Whether a single full stop at 'dot' ends a sentence, judged by the word before it.
    private static bool FullStopEnds(string text, int start, int dot)
    {
        int wordStart = dot;
        while (wordStart > start && dot - wordStart <= LongestAbbreviation && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            wordStart--;
        }
        int length = dot - wordStart;
        if (length == 0 || (wordStart > start && char.IsLetterOrDigit(text[wordStart - 1])))
        {
            return true; // no word, or a word longer than any abbreviation
        }
        var word = text.AsSpan(wordStart, length);
        if (length == 1 && char.IsLetter(word[0]))
        {
            return false; // initials, z. B., d. h.
        }
        if (length <= 3 && IsDigits(word))
        {
            return false; // ordinal number: 3. Oktober
        }
        return !NeverEnd.Contains(word.ToString());
    }

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '»' or '«' or '“' or '”' or '‘' or '’' or '›' or '‹';
}
