using System;
using System.Globalization;

namespace MoDomain.Coding;

/// <summary>
/// A character range <c>[Start, End)</c> in one document (half-open, UTF-16 code units). Non-empty by construction;
/// a <see cref="Corpus"/> also checks it lies within the document's text.
/// </summary>
/// <remarks>A class since 2.0 (a struct in 1.x): a segment always names a document and a non-empty range, which the
/// default value of a struct could not. "No segment" is <see langword="null"/>, tracked by nullable annotations.
/// Equality is by value (document id ordinally, start and end); immutable.</remarks>
public sealed record TextSegment
{
    /// <summary>Creates a segment.</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="start">The first character (inclusive, ≥ 0).</param>
    /// <param name="end">The end (exclusive, &gt; <paramref name="start"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="documentId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative, or the range is empty or reversed.</exception>
    public TextSegment(string documentId, int start, int end)
    {
        DocumentId = CorpusDocument.CheckId(documentId, nameof(documentId));
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "A segment cannot start before the first character (0).");
        }
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, end == start
                ? string.Create(CultureInfo.InvariantCulture, $"The segment [{start}, {end}) is empty; the end is exclusive and must be greater than the start.")
                : string.Create(CultureInfo.InvariantCulture, $"The segment [{start}, {end}) is reversed; the end must be greater than the start."));
        }
        Start = start;
        End = end;
    }

    /// <summary>Gets the document id.</summary>
    public string DocumentId { get; }

    /// <summary>Gets the first character (inclusive).</summary>
    public int Start { get; }

    /// <summary>Gets the end (exclusive).</summary>
    public int End { get; }

    /// <summary>Gets the number of characters.</summary>
    public int Length => End - Start;

    /// <summary>Returns whether two segments of the same document share at least one character (identical ranges overlap).</summary>
    /// <param name="other">The other segment.</param>
    /// <returns>True when they are in the same document and their ranges intersect.</returns>
    public bool Overlaps(TextSegment other) =>
        string.Equals(DocumentId, other.DocumentId, StringComparison.Ordinal) && Start < other.End && other.Start < End;

    /// <summary>Returns the unit key of the segment: <c>document#start-end</c>.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{DocumentId}#{Start}-{End}");
}
