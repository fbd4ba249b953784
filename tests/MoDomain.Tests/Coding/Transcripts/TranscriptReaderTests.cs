using System;
using System.Linq;
using MoDomain.Coding;
using MoDomain.Coding.Transcripts;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Coding.Transcripts;

public sealed class TranscriptReaderTests
{
    // A short f4-style interview: markers I:/B:, a continuation line, a timestamp at the end of each paragraph.
    private const string F4 =
        "I: Wie sind Sie zum Verein gekommen? #00:00:04-2#\r\n" +
        "\r\n" +
        "B: Über meine Nachbarin. Sie hat mich am 3. Oktober mitgenommen, z. B. zum Frauenfrühstück.\r\n" +
        "Das war 2019. #00:00:15-8#\r\n" +
        "\r\n" +
        "I: Und was machen Sie da? #00:00:18-0#\r\n";

    [Fact]
    public void Plain_text_with_f4_timestamps_gives_turns_with_roles_and_times()
    {
        var t = TranscriptReader.Read(F4, sourceName: "int-03.txt");
        Assert.Equal(TranscriptFormat.PlainText, t.Format);
        Assert.Equal(
            "I: Wie sind Sie zum Verein gekommen?\n" +
            "B: Über meine Nachbarin. Sie hat mich am 3. Oktober mitgenommen, z. B. zum Frauenfrühstück.\nDas war 2019.\n" +
            "I: Und was machen Sie da?",
            t.Text);
        Assert.Equal(["I", "B", "I"], t.Turns.Select(x => x.SpeakerId));
        Assert.Equal(["interviewer", "interviewee", "interviewer"], t.Turns.Select(x => x.RoleId));
        Assert.Equal("Wie sind Sie zum Verein gekommen?", t.TextOf(t.Turns[0]));
        Assert.Equal(Fact<Duration>.Unknown, t.Turns[0].StartTime);
        Assert.Equal(Duration.FromMilliseconds(4200), t.Turns[0].EndTime.Value);
        // f4 writes one stamp per paragraph: the next turn starts where the previous ended.
        Assert.Equal(Duration.FromMilliseconds(4200), t.Turns[1].StartTime.Value);
        Assert.Equal(Duration.FromMilliseconds(15800), t.Turns[1].EndTime.Value);
        Assert.Equal(Duration.FromSeconds(18), t.Turns[2].EndTime.Value);
    }

    [Fact]
    public void Sentences_of_the_interviewee_turn_follow_the_German_abbreviation_rule()
    {
        var document = TranscriptReader.Read(F4).ToDocument("int-03");
        var sentences = document.Units(SegmentationLevel.Sentence).Select(s => document.Text[s.Start..s.End]).ToArray();
        Assert.Equal(
            [
                "Wie sind Sie zum Verein gekommen?",
                "Über meine Nachbarin.",
                "Sie hat mich am 3. Oktober mitgenommen, z. B. zum Frauenfrühstück.",
                "Das war 2019.",
                "Und was machen Sie da?",
            ],
            sentences);
        Assert.Equal(3, document.Units(SegmentationLevel.Turn).Length);
    }

    [Fact]
    public void Names_as_markers_several_speakers_and_labels_left_out()
    {
        const string text = "Interviewerin: Seit wann gibt es den Treff?\nFrau K.: Seit 2012.\nHerr D.: Eher seit 2013, bzw. offiziell.\nWichtig ist: wir sind alle ehrenamtlich.";
        var t = TranscriptReader.Read(text, options: new TranscriptOptions(includeSpeakerLabels: false));
        Assert.Equal(["Interviewerin", "Frau K.", "Herr D."], t.Turns.Select(x => x.SpeakerId));
        Assert.Equal(["interviewer", "unknown", "unknown"], t.Turns.Select(x => x.RoleId));
        // "Wichtig ist:" is no marker (lower-case word), so the line continues Herr D.'s turn.
        Assert.Equal("Eher seit 2013, bzw. offiziell.\nWichtig ist: wir sind alle ehrenamtlich.", t.TextOf(t.Turns[2]));
        Assert.Equal("Seit wann gibt es den Treff?\nSeit 2012.\nEher seit 2013, bzw. offiziell.\nWichtig ist: wir sind alle ehrenamtlich.", t.Text);
    }

    [Fact]
    public void Listed_speakers_and_numbered_markers_get_roles()
    {
        var t = TranscriptReader.Read("B1: Ja.\nB2: Nein.\nDolmetscherin: Sie meint nein.", options: new TranscriptOptions(
            speakers: ["B1", "B2", "Dolmetscherin"],
            roles: new System.Collections.Generic.Dictionary<string, SpeakerRole> { ["B"] = SpeakerRole.Interviewee, ["Dolmetscherin"] = SpeakerRole.Other }));
        Assert.Equal(["interviewee", "interviewee", "other"], t.Turns.Select(x => x.RoleId));
    }

    [Fact]
    public void WebVtt_with_voice_tags_merges_cues_of_one_speaker()
    {
        const string vtt = "WEBVTT\n\nNOTE exported from the recorder\n\n1\n00:00:01.000 --> 00:00:03.500\n<v Interviewer>Erzählen Sie mal.</v>\n\n" +
            "00:00:04.000 --> 00:00:06.000 align:start\n<v Ayşe>Wir haben <i>klein</i> angefangen,\nmit &amp; ohne Geld.\n\n" +
            "00:00:06.000 --> 00:00:08.250\n<v Ayşe>Dann kam die Förderung.\n";
        var t = TranscriptReader.Read(vtt, options: new TranscriptOptions(roles: new System.Collections.Generic.Dictionary<string, SpeakerRole> { ["Interviewer"] = SpeakerRole.Interviewer }));
        Assert.Equal(TranscriptFormat.WebVtt, t.Format);
        Assert.Equal("Interviewer: Erzählen Sie mal.\nAyşe: Wir haben klein angefangen, mit & ohne Geld. Dann kam die Förderung.", t.Text);
        Assert.Equal(Duration.FromSeconds(4), t.Turns[1].StartTime.Value);
        Assert.Equal(Duration.FromMilliseconds(8250), t.Turns[1].EndTime.Value);
        Assert.Equal("unknown", t.Turns[1].RoleId);
    }

    [Fact]
    public void Srt_with_name_prefixes_and_unnamed_cues()
    {
        const string srt = "1\r\n00:00:01,000 --> 00:00:02,000\r\nI: Und dann?\r\n\r\n2\r\n00:00:02,500 --> 00:00:04,000\r\n<i>(lacht)</i>\r\n\r\n3\r\n00:00:04,000 --> 00:00:05,000\r\n(lacht)\r\n";
        var t = TranscriptReader.Read(srt);
        Assert.Equal(TranscriptFormat.Srt, t.Format);
        Assert.Equal("I: Und dann?\n(lacht)\n(lacht)", t.Text);
        Assert.Equal(["I", null, null], t.Turns.Select(x => x.SpeakerId));
        Assert.Equal(Duration.FromMilliseconds(2500), t.Turns[1].StartTime.Value);
    }

    [Theory]
    [InlineData("Interview 3 am 12.03.2024\nI: Hallo.", "a.txt, line 1, column 1: text before the first speaker marker")]
    [InlineData("I: Hallo. #00:61:00-0#", "a.txt, line 1, column 11: '#00:61:00-0#' is not a valid timestamp")]
    [InlineData("I: Hallo. #00:00:09-0#\nB: Ja. #00:00:05-0#", "a.txt, line 2, column 8: the timestamp #00:00:05-0# lies before the start of the turn (0:00:09)")]
    [InlineData("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nHallo", "a.txt, line 3, column 1: expected a timing line")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nHallo", "a.txt, line 3, column 18: expected a time 'hh:mm:ss.ttt' but found \"00:00:0x.000\"")]
    [InlineData("WEBVT\n\n00:00:01.000 --> 00:00:02.000\nHallo", "a.txt, line 1, column 1: a WebVTT file starts with the line 'WEBVTT'.")]
    [InlineData("1\n00:00:03,000 --> 00:00:02,000\nHallo", "a.txt, line 2, column 18: the cue ends before it starts.")]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nHallo\n\nzwei\n00:00:03,000 --> 00:00:04,000\nNa", "a.txt, line 5, column 1: expected the number of a subtitle but found \"zwei\".")]
    public void Bad_input_gives_one_line_errors_with_line_and_column(string content, string expected)
    {
        var format = content.StartsWith("WEBVT", StringComparison.Ordinal) ? TranscriptFormat.WebVtt : content.StartsWith('1') ? TranscriptFormat.Srt : TranscriptFormat.PlainText;
        var e = Assert.Throws<TranscriptFormatException>(() => TranscriptReader.Read(content, format, sourceName: "a.txt"));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Equal("a.txt", e.SourceName);
    }

    [Fact]
    public void Detect_recognises_the_three_formats()
    {
        Assert.Equal(TranscriptFormat.WebVtt, TranscriptReader.Detect("\uFEFFWEBVTT\n"));
        Assert.Equal(TranscriptFormat.Srt, TranscriptReader.Detect("1\r\n00:00:01,000 --> 00:00:02,000\r\nJa"));
        Assert.Equal(TranscriptFormat.PlainText, TranscriptReader.Detect("I: 1\nB: 2"));
        Assert.Equal(TranscriptFormat.PlainText, TranscriptReader.Detect(string.Empty));
    }

    [Fact]
    public void Reading_is_linear_on_a_large_pathological_input()
    {
        // 200,000 '<' without a closing '>' and long lines of '#' would be quadratic with naive scanning.
        string vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>" + new string('<', 200_000) + "\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var t = TranscriptReader.Read(vtt);
        Assert.Equal(200_000, t.TextOf(t.Turns[0]).Length);
        var plain = TranscriptReader.Read("I: " + string.Concat(Enumerable.Repeat("#0", 100_000)));
        Assert.Single(plain.Turns);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_transcript_becomes_a_corpus_document_with_turns_for_code_by_speaker_analyses()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddTranscript("int-03", TranscriptReader.Read(F4))
            .CodeText("int-03", "Über meine Nachbarin.", "indicator:safe-space", "coder-a")
            .CodeText("int-03", "Wie sind Sie zum Verein gekommen?", "indicator:safe-space", "coder-b");
        var byRole = corpus.CodeFrequencies(FrequencyGrouping.SpeakerRole, includeSubcodes: false);
        Assert.Equal([new CodeFrequency("interviewee", "indicator:safe-space", 1, 1), new CodeFrequency("interviewer", "indicator:safe-space", 1, 1)], byRole);
        var bySpeaker = corpus.CodeFrequencies(FrequencyGrouping.Speaker);
        Assert.Contains(new CodeFrequency("B", "function:homemaking", 1, 1), bySpeaker);
        Assert.Equal(3, corpus.Document("int-03").Turns.Length);
    }
}
