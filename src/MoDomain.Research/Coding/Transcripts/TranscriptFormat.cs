namespace MoDomain.Coding.Transcripts;

/// <summary>The transcript formats <see cref="TranscriptReader"/> reads.</summary>
public enum TranscriptFormat
{
    /// <summary>
    /// Plain text with a speaker marker at the start of each turn (<c>I:</c>, <c>B:</c>, <c>B2:</c>, <c>Frau K.:</c>),
    /// optionally with f4/f5 timestamps such as <c>#00:01:02-5#</c>.
    /// </summary>
    PlainText = 0,

    /// <summary>WebVTT captions (<c>.vtt</c>), speakers from voice tags <c>&lt;v Name&gt;</c> or a <c>Name:</c> prefix.</summary>
    WebVtt = 1,

    /// <summary>SubRip subtitles (<c>.srt</c>), speakers from a <c>Name:</c> prefix.</summary>
    Srt = 2,
}
