using System.Collections.Immutable;

namespace MoDomain.Coding.Transcripts;

/// <summary>
/// A transcript read by <see cref="TranscriptReader"/>: the document text and its speaker turns, ready to become a
/// <see cref="CorpusDocument"/>.
/// </summary>
/// <remarks>
/// <para>The text holds one paragraph per turn, separated by a line feed: the speaker label and <c>": "</c> (unless
/// <see cref="TranscriptOptions.IncludeSpeakerLabels"/> is off), then the turn's words. Speaker markers and the
/// timestamps that open or close a turn are not part of the words; the times are on the turns. Within a turn the
/// lines of a plain-text transcript are kept (trimmed, blank lines dropped); the lines of a caption cue and the cues
/// of one speaker are joined with a space.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class Transcript
{
    internal Transcript(string text, ImmutableArray<SpeakerTurn> turns, TranscriptFormat format)
    {
        Text = text;
        Turns = turns;
        Format = format;
    }

    /// <summary>Gets the document text.</summary>
    public string Text { get; }

    /// <summary>Gets the turns in text order.</summary>
    public ImmutableArray<SpeakerTurn> Turns { get; }

    /// <summary>Gets the format read.</summary>
    public TranscriptFormat Format { get; }

    /// <summary>Returns the words of a turn.</summary>
    /// <param name="turn">A turn of this transcript.</param>
    /// <returns>The characters of the turn's range.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="turn"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The turn lies beyond the text.</exception>
    public string TextOf(SpeakerTurn turn) => Text.Substring(Guard.Against.Null(turn).Start, turn.Length);

    /// <summary>Makes a corpus document of the transcript.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="attributes">The attributes, or null for none.</param>
    /// <param name="title">An optional title.</param>
    /// <returns>The document with this text and these turns.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> is blank or holds a control character.</exception>
    public CorpusDocument ToDocument(string id, DocumentAttributes? attributes = null, string? title = null) => new(id, Text, attributes, title, Turns);
}
