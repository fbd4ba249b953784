using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Coding.Transcripts;

/// <summary>
/// Reads interview transcripts into a <see cref="Transcript"/> (document text plus <see cref="SpeakerTurn"/>s): plain
/// text with speaker markers and f4/f5 timestamps, WebVTT and SRT. Pure: takes the file's text, does no I/O.
/// </summary>
/// <remarks>
/// <para><b>Plain text</b> (<see cref="TranscriptFormat.PlainText"/>): a line that starts with a speaker marker
/// (<c>I:</c>, <c>B:</c>, <c>Name:</c>; see <see cref="TranscriptOptions"/>) starts a turn; the following lines
/// without a marker continue it; blank lines are dropped. Text before the first marker is an error. An f4/f5
/// timestamp <c>#hh:mm:ss-f#</c> (the digits after the dash are a decimal fraction of a second, <c>-5</c> = 0.5 s)
/// at the end of a turn is its end time, one right before or after the marker its start time; a turn without a start
/// stamp starts when the previous turn ended, as f4 writes one stamp per paragraph. Stamps inside the words stay in the
/// text. A stamp with minutes or seconds above 59, a turn that ends before it starts and a turn that starts before the
/// previous one ended are errors.</para>
/// <para><b>WebVTT</b>: the <c>WEBVTT</c> header, then cues (optional identifier, timing line
/// <c>[hh:]mm:ss.ttt --&gt; [hh:]mm:ss.ttt [settings]</c>, text); <c>NOTE</c>, <c>STYLE</c> and <c>REGION</c> blocks are
/// skipped. The speaker is the voice tag <c>&lt;v Name&gt;</c> or a <c>Name:</c> marker at the start of the cue text.
/// <b>SRT</b>: numbered cues with timing lines <c>hh:mm:ss,ttt --&gt; hh:mm:ss,ttt</c>, speakers from a <c>Name:</c>
/// marker. In both, tags are removed, character references decoded, the lines of a cue joined with a space, and
/// consecutive cues of the same named speaker merged into one turn (times from the first and the last cue); cues
/// without a named speaker stay separate turns with no speaker id; cues without text are skipped.</para>
/// <para>Errors are <see cref="TranscriptFormatException"/>s with a one-line message naming the source, line and
/// column. Time and memory are linear in the length of the input.</para>
/// </remarks>
public static class TranscriptReader
{
    /// <summary>Guesses the format of a transcript: <c>WEBVTT</c> first → WebVTT; a number and then a timing line → SRT; otherwise plain text.</summary>
    /// <param name="content">The file's text.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static TranscriptFormat Detect(string content)
    {
        Guard.Against.Null(content);
        var span = content.AsSpan().TrimStart('\uFEFF').TrimStart();
        if (span.StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            return TranscriptFormat.WebVtt;
        }
        int newline = span.IndexOfAny('\r', '\n');
        if (newline > 0 && IsNumber(span[..newline].Trim()))
        {
            var rest = span[newline..].TrimStart();
            int end = rest.IndexOfAny('\r', '\n');
            var second = end < 0 ? rest : rest[..end];
            if (second.Contains("-->", StringComparison.Ordinal))
            {
                return TranscriptFormat.Srt;
            }
        }
        return TranscriptFormat.PlainText;
    }

    /// <summary>Reads a transcript.</summary>
    /// <param name="content">The file's text.</param>
    /// <param name="format">The format; null to <see cref="Detect"/> it.</param>
    /// <param name="options">Speaker recognition and layout; null for <see cref="TranscriptOptions.Default"/>.</param>
    /// <param name="sourceName">The file name for error messages, or null.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    /// <exception cref="TranscriptFormatException">The content is not a valid transcript of the format; the message names line and column.</exception>
    public static Transcript Read(string content, TranscriptFormat? format = null, TranscriptOptions? options = null, string? sourceName = null)
    {
        Guard.Against.Null(content);
        var actual = format ?? Detect(content);
        Guard.Against.UndefinedValue(actual, nameof(format));
        options ??= TranscriptOptions.Default;
        var lines = TranscriptSyntax.Lines(content);
        var turns = actual switch
        {
            TranscriptFormat.PlainText => PlainText(lines, options, sourceName),
            _ => Merge(Cues(lines, actual, options, sourceName)),
        };
        return Build(turns, actual, options);
    }

    private static List<RawTurn> PlainText(List<string> lines, TranscriptOptions options, string? source)
    {
        var turns = new List<RawTurn>();
        string? label = null;
        int firstLine = 0;
        var words = new List<(string Text, int Line, int Column)>();
        Fact<Duration> startStamp = default;
        Fact<Duration> previousEnd = default;
        for (int n = 0; n < lines.Count; n++)
        {
            string line = lines[n];
            ValidateStamps(line, source, n + 1);
            int at = 0;
            while (at < line.Length && char.IsWhiteSpace(line[at]))
            {
                at++;
            }
            if (at == line.Length)
            {
                continue;
            }
            var leading = TranscriptSyntax.Stamp(line, at, source, n + 1);
            int markerAt = at;
            if (leading is { } stamp)
            {
                markerAt += stamp.Length;
                while (markerAt < line.Length && char.IsWhiteSpace(line[markerAt]))
                {
                    markerAt++;
                }
            }
            if (TranscriptSyntax.Marker(line, markerAt, options) is { } marker)
            {
                if (label is not null)
                {
                    previousEnd = Finish(turns, label, words, startStamp, previousEnd, firstLine, source);
                }
                label = marker.Label;
                firstLine = n + 1;
                words.Clear();
                startStamp = leading is { } s ? s.Time : Fact<Duration>.Unknown;
                words.Add((line[marker.WordsStart..], n + 1, marker.WordsStart + 1));
            }
            else if (label is null)
            {
                throw new TranscriptFormatException(source, n + 1, at + 1, "text before the first speaker marker; start each turn with a marker such as 'I:' or 'B:', or list the speakers in TranscriptOptions.");
            }
            else
            {
                words.Add((line[at..], n + 1, at + 1));
            }
        }
        if (label is not null)
        {
            Finish(turns, label, words, startStamp, previousEnd, firstLine, source);
        }
        return turns;
    }

    // Completes a plain-text turn: lifts the opening and closing stamps out of the words and checks the times.
    private static Fact<Duration> Finish(List<RawTurn> turns, string label, List<(string Text, int Line, int Column)> words, Fact<Duration> start, Fact<Duration> previousEnd, int firstLine, string? source)
    {
        var first = words[0];
        string firstText = first.Text;
        if (TranscriptSyntax.Stamp(firstText, 0, source, first.Line) is { } opening)
        {
            if (start.IsKnown)
            {
                throw new TranscriptFormatException(source, first.Line, first.Column, "the turn has two start timestamps.");
            }
            start = opening.Time;
            words[0] = (firstText[opening.Length..].TrimStart(), first.Line, first.Column + opening.Length);
        }
        Fact<Duration> end = default;
        var last = words[^1];
        string lastText = last.Text.TrimEnd();
        int hash = lastText.Length >= 2 && lastText[^1] == '#' ? lastText.LastIndexOf('#', lastText.Length - 2) : -1;
        if (hash >= 0 && TranscriptSyntax.Stamp(lastText, hash, source, last.Line) is { } closing && hash + closing.Length == lastText.Length)
        {
            end = closing.Time;
            words[^1] = (lastText[..hash], last.Line, last.Column);
            if (start.IsUnknown && previousEnd.IsKnown)
            {
                start = previousEnd;
            }
            if (start.IsKnown && end.Value < start.Value)
            {
                throw new TranscriptFormatException(source, last.Line, last.Column + hash, $"the timestamp {lastText[hash..]} lies before the start of the turn ({Format(start.Value)}).");
            }
        }
        else if (start.IsUnknown && previousEnd.IsKnown)
        {
            start = previousEnd;
        }
        if (start.IsKnown && previousEnd.IsKnown && start.Value < previousEnd.Value)
        {
            throw new TranscriptFormatException(source, firstLine, 1, $"the turn starts ({Format(start.Value)}) before the previous turn ended ({Format(previousEnd.Value)}).");
        }
        var text = new StringBuilder();
        foreach (var (line, _, _) in words)
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                text.Append(text.Length > 0 ? "\n" : string.Empty).Append(trimmed);
            }
        }
        turns.Add(new RawTurn(label, text.ToString(), start, end));
        return end.IsKnown ? end : start.IsKnown ? start : previousEnd;
    }

    private static void ValidateStamps(string line, string? source, int lineNumber)
    {
        for (int i = line.IndexOf('#', StringComparison.Ordinal); i >= 0 && i < line.Length; i = line.IndexOf('#', i + 1))
        {
            _ = TranscriptSyntax.Stamp(line, i, source, lineNumber);
        }
    }

    private static string Format(Duration time) => time.ToString("-H:mm:ss.FFF", CultureInfo.InvariantCulture);

    private static List<(string? Label, string Text, Duration Start, Duration End)> Cues(List<string> lines, TranscriptFormat format, TranscriptOptions options, string? source)
    {
        var cues = new List<(string?, string, Duration, Duration)>();
        int n = 0;
        if (format == TranscriptFormat.WebVtt)
        {
            string header = lines.Count > 0 ? lines[0] : string.Empty;
            if (!(header == "WEBVTT" || header.StartsWith("WEBVTT ", StringComparison.Ordinal) || header.StartsWith("WEBVTT\t", StringComparison.Ordinal)))
            {
                throw new TranscriptFormatException(source, 1, 1, "a WebVTT file starts with the line 'WEBVTT'.");
            }
            while (n < lines.Count && lines[n].Trim().Length > 0)
            {
                n++;
            }
        }
        while (n < lines.Count)
        {
            while (n < lines.Count && lines[n].Trim().Length == 0)
            {
                n++;
            }
            if (n >= lines.Count)
            {
                break;
            }
            int blockStart = n;
            while (n < lines.Count && lines[n].Trim().Length > 0)
            {
                n++;
            }
            int timing = blockStart;
            if (!lines[blockStart].Contains("-->", StringComparison.Ordinal))
            {
                string first = lines[blockStart];
                if (format == TranscriptFormat.WebVtt && (first.StartsWith("NOTE", StringComparison.Ordinal) || first.StartsWith("STYLE", StringComparison.Ordinal) || first.StartsWith("REGION", StringComparison.Ordinal)))
                {
                    continue;
                }
                if (format == TranscriptFormat.Srt && !IsNumber(first.AsSpan().Trim()))
                {
                    throw new TranscriptFormatException(source, blockStart + 1, 1, $"expected the number of a subtitle but found \"{Shorten(first)}\".");
                }
                timing = blockStart + 1;
                if (timing >= n || !lines[timing].Contains("-->", StringComparison.Ordinal))
                {
                    throw new TranscriptFormatException(source, blockStart + 1, 1, "expected a timing line 'start --> end' in the cue that starts here.");
                }
            }
            var (start, end) = TranscriptSyntax.Timing(lines[timing].Trim(), source, timing + 1);
            var payload = new StringBuilder();
            for (int k = timing + 1; k < n; k++)
            {
                payload.Append(payload.Length > 0 ? " " : string.Empty).Append(lines[k].Trim());
            }
            string raw = payload.ToString();
            string? label = null;
            if (format == TranscriptFormat.WebVtt && raw.StartsWith("<v", StringComparison.Ordinal) && raw.Length > 2 && raw[2] is ' ' or '.' && raw.IndexOf('>', StringComparison.Ordinal) is int close and > 0)
            {
                int space = raw.IndexOf(' ', 2);
                string name = space > 0 && space < close ? raw[(space + 1)..close].Trim() : string.Empty;
                label = name.Length > 0 ? name : null;
            }
            string text = TranscriptSyntax.PlainCueText(raw).Trim();
            if (label is null && TranscriptSyntax.Marker(text, 0, options) is { } marker)
            {
                label = marker.Label;
                text = text[marker.WordsStart..];
            }
            if (label is not null && !IsValidLabel(label))
            {
                throw new TranscriptFormatException(source, timing + 2, 1, $"the speaker name \"{Shorten(label)}\" holds a control character.");
            }
            if (text.Length > 0)
            {
                cues.Add((label, text, start, end));
            }
        }
        return cues;
    }

    private static List<RawTurn> Merge(List<(string? Label, string Text, Duration Start, Duration End)> cues)
    {
        var turns = new List<RawTurn>();
        int i = 0;
        while (i < cues.Count)
        {
            var (label, text, start, end) = cues[i];
            var words = new StringBuilder(text);
            int j = i + 1;
            while (label is not null && j < cues.Count && string.Equals(cues[j].Label, label, StringComparison.Ordinal))
            {
                words.Append(' ').Append(cues[j].Text);
                end = cues[j].End > end ? cues[j].End : end;
                j++;
            }
            turns.Add(new RawTurn(label, words.ToString(), start, end));
            i = j;
        }
        return turns;
    }

    private static Transcript Build(List<RawTurn> raw, TranscriptFormat format, TranscriptOptions options)
    {
        var text = new StringBuilder();
        var turns = ImmutableArray.CreateBuilder<SpeakerTurn>(raw.Count);
        foreach (var turn in raw)
        {
            if (turns.Count > 0)
            {
                text.Append('\n');
            }
            if (options.IncludeSpeakerLabels && turn.Label is not null)
            {
                text.Append(turn.Label).Append(": ");
            }
            int start = text.Length;
            text.Append(turn.Words);
            turns.Add(new SpeakerTurn(turn.Label, start, text.Length, options.RoleOf(turn.Label), turn.StartTime, turn.EndTime));
        }
        return new Transcript(text.ToString(), turns.MoveToImmutable(), format);
    }

    private static bool IsValidLabel(string label)
    {
        foreach (char c in label)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
