using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;

namespace MoDomain.Coding.Transcripts;

/// <summary>The pieces of syntax the transcript formats share: lines, speaker markers, f4 timestamps, cue times, tags.</summary>
internal static class TranscriptSyntax
{
    private const int LongestLabel = 40;

    /// <summary>Splits into lines at CR LF, LF or CR; drops a leading byte order mark.</summary>
    internal static List<string> Lines(string content)
    {
        var lines = new List<string>();
        int start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        for (int i = start; i < content.Length; i++)
        {
            if (content[i] is '\n' or '\r')
            {
                lines.Add(content[start..i]);
                if (content[i] == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < content.Length)
        {
            lines.Add(content[start..]);
        }
        return lines;
    }

    /// <summary>
    /// Reads a speaker marker at <paramref name="at"/>: returns the label and the index after the colon and the white
    /// space following it, or null when the line does not start a turn there.
    /// </summary>
    internal static (string Label, int WordsStart)? Marker(string line, int at, TranscriptOptions options)
    {
        int colon = line.IndexOf(':', at, Math.Min(LongestLabel + 1, line.Length - at));
        if (colon <= at || colon - at > LongestLabel || (colon + 1 < line.Length && !char.IsWhiteSpace(line[colon + 1])))
        {
            return null;
        }
        string label = line[at..colon];
        if (options.Speakers.IsEmpty ? !LooksLikeLabel(label) : !options.Speakers.Contains(label, StringComparer.Ordinal))
        {
            return null;
        }
        int words = colon + 1;
        while (words < line.Length && char.IsWhiteSpace(line[words]))
        {
            words++;
        }
        return (label, words);
    }

    private static bool LooksLikeLabel(string label)
    {
        string[] words = label.Split(' ');
        if (words.Length > 4 || !char.IsUpper(words[0][0]))
        {
            return false;
        }
        foreach (var word in words)
        {
            if (word.Length == 0 || !(char.IsUpper(word[0]) || char.IsDigit(word[0])))
            {
                return false;
            }
            foreach (char c in word)
            {
                if (!(char.IsLetterOrDigit(c) || c is '.' or '\'' or '-'))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// Reads an f4/f5 timestamp <c>#hh:mm:ss-f#</c> at <paramref name="at"/> (the <c>#</c>): its time and length, or null
    /// when the characters there do not have the shape of one. A stamp of the right shape with minutes or seconds
    /// above 59 throws.
    /// </summary>
    internal static (Duration Time, int Length)? Stamp(string line, int at, string? source, int lineNumber)
    {
        int i = at + 1;
        if (at >= line.Length || line[at] != '#')
        {
            return null;
        }
        int hours = Digits(line, ref i, 1, 2);
        if (hours < 0 || !Expect(line, ref i, ':'))
        {
            return null;
        }
        int minutes = Digits(line, ref i, 2, 2);
        if (minutes < 0 || !Expect(line, ref i, ':'))
        {
            return null;
        }
        int seconds = Digits(line, ref i, 2, 2);
        if (seconds < 0)
        {
            return null;
        }
        long fractionTicks = 0;
        if (i < line.Length && line[i] is '-' or '.' or ',')
        {
            int digitsStart = ++i;
            int fraction = Digits(line, ref i, 1, 3);
            if (fraction < 0)
            {
                return null;
            }
            fractionTicks = fraction * (long)Math.Pow(10, 7 - (i - digitsStart));
        }
        if (!Expect(line, ref i, '#'))
        {
            return null;
        }
        if (minutes > 59 || seconds > 59)
        {
            throw new TranscriptFormatException(source, lineNumber, at + 1, $"'{line[at..i]}' is not a valid timestamp: minutes and seconds go up to 59.");
        }
        return (Duration.FromHours(hours) + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds) + Duration.FromTicks(fractionTicks), i - at);
    }

    /// <summary>
    /// Reads a cue time <c>[hh:]mm:ss.ttt</c> (WebVTT) or <c>hh:mm:ss,ttt</c> (SRT) at <paramref name="i"/>, moving past it.
    /// </summary>
    internal static Duration CueTime(string line, ref int i, string? source, int lineNumber)
    {
        int at = i;
        var parts = new List<int>(3);
        while (true)
        {
            int value = Digits(line, ref i, 1, 9);
            if (value < 0)
            {
                throw Bad(source, lineNumber, at, line, "a time 'hh:mm:ss.ttt'");
            }
            parts.Add(value);
            if (i < line.Length && line[i] == ':' && parts.Count < 3)
            {
                i++;
                continue;
            }
            break;
        }
        if (parts.Count < 2 || i >= line.Length || line[i] is not ('.' or ','))
        {
            throw Bad(source, lineNumber, at, line, "a time 'hh:mm:ss.ttt'");
        }
        i++;
        int millisStart = i;
        int millis = Digits(line, ref i, 3, 3);
        if (millis < 0)
        {
            throw Bad(source, lineNumber, millisStart, line, "three digits of milliseconds");
        }
        int hours = parts.Count == 3 ? parts[0] : 0;
        int minutes = parts[^2];
        int seconds = parts[^1];
        if (minutes > 59 || seconds > 59)
        {
            throw new TranscriptFormatException(source, lineNumber, at + 1, $"'{line[at..i]}' is not a valid time: minutes and seconds go up to 59.");
        }
        return Duration.FromHours(hours) + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds) + Duration.FromMilliseconds(millis);
    }

    /// <summary>Reads a timing line <c>start --&gt; end [settings]</c>.</summary>
    internal static (Duration Start, Duration End) Timing(string line, string? source, int lineNumber)
    {
        int i = 0;
        var start = CueTime(line, ref i, source, lineNumber);
        int arrow = i;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }
        if (!line.AsSpan(i).StartsWith("-->", StringComparison.Ordinal))
        {
            throw Bad(source, lineNumber, arrow, line, "' --> ' between the start and the end time");
        }
        i += 3;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }
        int endAt = i;
        var end = CueTime(line, ref i, source, lineNumber);
        if (end < start)
        {
            throw new TranscriptFormatException(source, lineNumber, endAt + 1, "the cue ends before it starts.");
        }
        return (start, end);
    }

    /// <summary>Removes markup tags (<c>&lt;i&gt;</c>, <c>&lt;c.x&gt;</c>, <c>&lt;00:00:01.000&gt;</c>, SRT <c>{\an8}</c>) and
    /// decodes the character references WebVTT defines.</summary>
    internal static string PlainCueText(string text)
    {
        var builder = new StringBuilder(text.Length);
        int close = -2, brace = -2; // the next '>' and '}' at or after i (-1: none left), cached so the scan stays linear
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '<' && Next(text, '>', i, ref close) > 0)
            {
                i = close;
                continue;
            }
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '\\' && Next(text, '}', i, ref brace) > 0)
            {
                i = brace;
                continue;
            }
            if (c == '&' && Entity(text, i) is var (decoded, length))
            {
                builder.Append(decoded);
                i += length - 1;
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static int Next(string text, char c, int from, ref int cached)
    {
        if (cached == -1 || cached >= from)
        {
            return cached;
        }
        cached = text.IndexOf(c, from);
        return cached;
    }

    private static (string Decoded, int Length)? Entity(string text, int at)
    {
        foreach (var (name, decoded) in Entities)
        {
            if (text.AsSpan(at).StartsWith(name, StringComparison.Ordinal))
            {
                return (decoded, name.Length);
            }
        }
        return null;
    }

    private static readonly (string Name, string Decoded)[] Entities =
        [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&nbsp;", "\u00A0"), ("&lrm;", "\u200E"), ("&rlm;", "\u200F")];

    private static int Digits(string line, ref int i, int min, int max)
    {
        int start = i;
        int value = 0;
        while (i < line.Length && i - start < max && char.IsAsciiDigit(line[i]))
        {
            value = (value * 10) + (line[i] - '0');
            i++;
        }
        if (i - start < min)
        {
            i = start;
            return -1;
        }
        return value;
    }

    private static bool Expect(string line, ref int i, char c)
    {
        if (i < line.Length && line[i] == c)
        {
            i++;
            return true;
        }
        return false;
    }

    private static TranscriptFormatException Bad(string? source, int lineNumber, int at, string line, string expected) =>
        new(source, lineNumber, at + 1, at >= line.Length
            ? $"expected {expected} but the line ends."
            : string.Create(CultureInfo.InvariantCulture, $"expected {expected} but found \"{(line.Length - at <= 20 ? line[at..] : string.Concat(line.AsSpan(at, 20), "…"))}\"."));
}
