using System;
using System.Linq;
using MoDomain.Coding;
using MoDomain.Coding.Transcripts;

namespace MoDomain.Tests.Coding.Transcripts;

public sealed class TranscriptReaderProperties
{
    private static readonly string[] Words = ["ja", "wir", "helfen", "beim", "Antrag.", "z. B.", "Ämter", "(.)", "3.", "Oktober", "– gut –", "#1", "ä", "😀", "etc."];

    private static string[] Turns((bool Interviewer, byte[] Words)[] turns) =>
        [.. (turns ?? []).Select(t => string.Join(" ", (t.Words ?? []).Select(w => Words[w % Words.Length])))];

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public void Plain_text_turn_texts_reproduce_the_transcript_minus_markers((bool Interviewer, byte[] Words)[] input, bool labels)
    {
        string[] words = Turns(input);
        string[] speakers = [.. (input ?? []).Select(t => t.Interviewer ? "I" : "B2")];
        string content = string.Join("\r\n\r\n", words.Select((w, i) => $"{speakers[i]}: {w}"));
        var t = TranscriptReader.Read(content, TranscriptFormat.PlainText, new TranscriptOptions(includeSpeakerLabels: labels));
        Assert.Equal(words.Length, t.Turns.Length);
        Assert.Equal(words, t.Turns.Select(t.TextOf));
        Assert.Equal(speakers, t.Turns.Select(x => x.SpeakerId));
        Assert.All(t.Turns, x => Assert.Equal(x.SpeakerId == "I" ? "interviewer" : "interviewee", x.RoleId));
        if (!labels)
        {
            Assert.Equal(string.Join("\n", words), t.Text);
        }
        Assert.All(t.Turns, x => Assert.True(x.Start >= 0 && x.End <= t.Text.Length && x.Start <= x.End));
        var document = t.ToDocument("d");
        Assert.Equal(document.Turns, t.Turns);
        Assert.All(document.Units(SegmentationLevel.Sentence), s => Assert.Contains(document.Turns, turn => turn.Start <= s.Start && s.End <= turn.End));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public void Srt_and_WebVtt_give_the_same_turns_and_times((bool Interviewer, byte[] Words)[] input)
    {
        string[] words = Turns(input).Where(w => w.Trim().Length > 0).ToArray();
        var srt = new System.Text.StringBuilder();
        var vtt = new System.Text.StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < words.Length; i++)
        {
            string speaker = i % 2 == 0 ? "I" : "B";
            string start = $"00:{i / 60 % 60:00}:{i % 60:00}";
            srt.Append($"{i + 1}\n{start},000 --> {start},500\n{speaker}: {words[i]}\n\n");
            vtt.Append($"{start}.000 --> {start}.500\n<v {speaker}>{words[i].Replace("&", "&amp;", StringComparison.Ordinal)}\n\n");
        }
        var a = TranscriptReader.Read(srt.ToString());
        var b = TranscriptReader.Read(vtt.ToString());
        Assert.Equal(words.Length == 0 ? TranscriptFormat.PlainText : TranscriptFormat.Srt, a.Format);
        Assert.Equal(TranscriptFormat.WebVtt, b.Format);
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(a.Turns, b.Turns);
        Assert.Equal(words.Select(w => w.Trim()), a.Turns.Select(a.TextOf));
    }
}
