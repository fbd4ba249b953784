using System;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>One coding: a coder assigned a code to a segment, optionally with a memo.</summary>
/// <remarks>Immutable. Within a corpus, segment, code and coder together are unique.</remarks>
public sealed class SegmentCoding : IEquatable<SegmentCoding>
{
    /// <summary>Creates a coding.</summary>
    /// <param name="segment">The segment.</param>
    /// <param name="codeId">The code id.</param>
    /// <param name="coderId">The coder id (non-blank).</param>
    /// <param name="memo">An optional memo; null or white space for none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The code id is malformed or the coder id blank.</exception>
    public SegmentCoding(TextSegment segment, string codeId, string coderId, string? memo = null)
    {
        Segment = Guard.Against.Null(segment);
        CodeId = CodeIds.Check(codeId);
        CoderId = CorpusDocument.CheckId(coderId, nameof(coderId));
        Memo = string.IsNullOrWhiteSpace(memo) ? null : memo;
    }

    /// <summary>Gets the segment.</summary>
    public TextSegment Segment { get; }

    /// <summary>Gets the code id.</summary>
    public string CodeId { get; }

    /// <summary>Gets the coder id.</summary>
    public string CoderId { get; }

    /// <summary>Gets the memo, or null.</summary>
    public string? Memo { get; }

    /// <inheritdoc />
    public bool Equals(SegmentCoding? other) =>
        other is not null && Segment == other.Segment && string.Equals(CodeId, other.CodeId, StringComparison.Ordinal)
        && string.Equals(CoderId, other.CoderId, StringComparison.Ordinal) && string.Equals(Memo, other.Memo, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SegmentCoding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Segment, StringComparer.Ordinal.GetHashCode(CodeId), StringComparer.Ordinal.GetHashCode(CoderId));

    /// <summary>Returns a short description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Segment} {CodeId} by {CoderId}";

    /// <summary>Value equality, the same as <see cref="Equals(SegmentCoding?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(SegmentCoding? left, SegmentCoding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(SegmentCoding? left, SegmentCoding? right) => !(left == right);
}
