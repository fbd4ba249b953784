using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>
/// An interview transcript as plain text, with an id, an optional title, its <see cref="DocumentAttributes"/> and,
/// for interviews with several speakers, its <see cref="SpeakerTurn"/>s.
/// </summary>
/// <remarks>Immutable. Character positions into <see cref="Text"/> are UTF-16 code units (.NET string indices).
/// Turns are ordered, do not overlap and lie within the text; a document may have none (a monologue or a text without
/// speaker markers). Build a document with turns from a transcript file with
/// <see cref="Transcripts.TranscriptReader"/>.</remarks>
public sealed class CorpusDocument : IEquatable<CorpusDocument>
{
    /// <summary>Creates a document.</summary>
    /// <param name="id">The document id: non-blank, no control characters, unique within a corpus.</param>
    /// <param name="text">The transcript (may be empty).</param>
    /// <param name="attributes">The attributes; null gives <see cref="DocumentAttributes.None"/>.</param>
    /// <param name="title">An optional title; null or white space for none.</param>
    /// <param name="turns">The speaker turns in text order; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null, or <paramref name="turns"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or holds a control character, or a turn
    /// lies beyond the text, overlaps the previous turn or comes before it (the message names the turn's index).</exception>
    public CorpusDocument(string id, string text, DocumentAttributes? attributes = null, string? title = null, IEnumerable<SpeakerTurn>? turns = null)
    {
        Id = CheckId(id);
        Text = Guard.Against.Null(text);
        Attributes = attributes ?? DocumentAttributes.None;
        Title = string.IsNullOrWhiteSpace(title) ? null : title;
        Turns = turns is null ? [] : CheckTurns(turns, text.Length);
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the transcript.</summary>
    public string Text { get; }

    /// <summary>Gets the attributes.</summary>
    public DocumentAttributes Attributes { get; }

    /// <summary>Gets the title, or null.</summary>
    public string? Title { get; }

    /// <summary>Gets the speaker turns in text order (empty when the document has none).</summary>
    public ImmutableArray<SpeakerTurn> Turns { get; }

    /// <summary>Returns a copy with other attributes.</summary>
    /// <param name="attributes">The attributes.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    public CorpusDocument WithAttributes(DocumentAttributes attributes) => new(Id, Text, Guard.Against.Null(attributes), Title, Turns);

    /// <summary>Returns a copy with other speaker turns.</summary>
    /// <param name="turns">The turns in text order.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="turns"/> is or holds null.</exception>
    /// <exception cref="ArgumentException">A turn lies beyond the text or out of order.</exception>
    public CorpusDocument WithTurns(IEnumerable<SpeakerTurn> turns) => new(Id, Text, Attributes, Title, Guard.Against.Null(turns));

    /// <summary>Returns the turns that share at least one character with a range of this document's text.</summary>
    /// <param name="segment">The range (its document id is not checked).</param>
    /// <returns>The turns in text order; empty when the range lies outside every turn (for example on a speaker label).</returns>
    /// <remarks>Logarithmic in the number of turns plus the number returned.</remarks>
    public IEnumerable<SpeakerTurn> TurnsOverlapping(TextSegment segment)
    {
        // The first turn whose end lies after the segment's start.
        int lo = 0, hi = Turns.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Turns[mid].End <= segment.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (int i = lo; i < Turns.Length && Turns[i].Start < segment.End; i++)
        {
            if (Turns[i].Overlaps(segment))
            {
                yield return Turns[i];
            }
        }
    }

    /// <summary>Cuts the document into coding units: its turns, or the sentences within its turns.</summary>
    /// <param name="level">Turn or sentence (see <see cref="SegmentationLevel"/> for the sentence rule).</param>
    /// <returns>Non-empty segments in text order, without surrounding white space. A document without turns counts
    /// as one turn spanning the whole text; an empty or blank text gives none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    /// <remarks>Linear in the length of the text.</remarks>
    public ImmutableArray<TextSegment> Units(SegmentationLevel level)
    {
        Guard.Against.UndefinedValue(level);
        var ranges = new List<(int Start, int End)>();
        if (Turns.IsEmpty)
        {
            Collect(0, Text.Length, level, ranges);
        }
        else
        {
            foreach (var turn in Turns)
            {
                Collect(turn.Start, turn.End, level, ranges);
            }
        }
        return [.. ranges.Select(r => new TextSegment(Id, r.Start, r.End))];
    }

    private void Collect(int start, int end, SegmentationLevel level, List<(int Start, int End)> into)
    {
        if (level == SegmentationLevel.Sentence)
        {
            SentenceSplitter.Split(Text, start, end, into);
            return;
        }
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            into.Add((start, end));
        }
    }

    private static ImmutableArray<SpeakerTurn> CheckTurns(IEnumerable<SpeakerTurn> turns, int length)
    {
        var array = turns.ToImmutableArray();
        Guard.Against.NullElements(array, nameof(turns));
        for (int i = 0; i < array.Length; i++)
        {
            var turn = array[i];
            Guard.Against.Unsatisfied(turn.End <= length, string.Create(CultureInfo.InvariantCulture, $"Turn {i} ({turn}) lies beyond the end of the text ({length} characters)."), nameof(turns));
            Guard.Against.Unsatisfied(i == 0 || array[i - 1].End <= turn.Start, string.Create(CultureInfo.InvariantCulture, $"Turn {i} ({turn}) overlaps or precedes turn {i - 1} ({(i == 0 ? null : array[i - 1])}); turns must be in text order without overlap."), nameof(turns));
        }
        return array;
    }

    internal static string CheckId(string id, string paramName = "id")
    {
        Guard.Against.Blank(id, paramName);
        foreach (char c in id)
        {
            Guard.Against.Unsatisfied(!char.IsControl(c), $"The id '{id.Trim()}' holds a control character.", paramName);
        }
        return id;
    }

    /// <inheritdoc />
    public bool Equals(CorpusDocument? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Attributes.Equals(other.Attributes) && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Turns.SequenceEqual(other.Turns);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CorpusDocument);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Value equality, the same as <see cref="Equals(CorpusDocument?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(CorpusDocument? left, CorpusDocument? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(CorpusDocument? left, CorpusDocument? right) => !(left == right);
}
