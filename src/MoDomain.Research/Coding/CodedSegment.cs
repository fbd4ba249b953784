using System;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>A segment with one code, its text for quoting, and every coder who gave that code (with their memos).</summary>
/// <param name="Document">The document.</param>
/// <param name="Segment">The segment.</param>
/// <param name="CodeId">The code id.</param>
/// <param name="Text">The text of the segment.</param>
/// <param name="Coders">The coders who gave the code, in order of coding.</param>
/// <param name="Memos">The non-empty memos of those codings, in order of coding.</param>
/// <remarks>Equality compares the content of <see cref="Coders"/> and <see cref="Memos"/> (ordinally, in order), not the array references.</remarks>
public sealed record CodedSegment(CorpusDocument Document, TextSegment Segment, string CodeId, string Text, ImmutableArray<string> Coders, ImmutableArray<string> Memos)
{
    /// <summary>Value equality: equal document, segment, code, text, and the same coders and memos in the same order.</summary>
    /// <param name="other">The other coded segment.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(CodedSegment? other) =>
        other is not null
        && Document == other.Document
        && Segment == other.Segment
        && string.Equals(CodeId, other.CodeId, StringComparison.Ordinal)
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && ContentEquality.Equal(Coders, other.Coders)
        && ContentEquality.Equal(Memos, other.Memos);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Document);
        hash.Add(Segment);
        hash.Add(CodeId, StringComparer.Ordinal);
        hash.Add(Text, StringComparer.Ordinal);
        ContentEquality.Add(ref hash, Coders);
        ContentEquality.Add(ref hash, Memos);
        return hash.ToHashCode();
    }
}
