using System;
using System.Text;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.SocialSecurity;

/// <summary>
/// Where an observation was made: a document id (for example an interview transcript <c>interview-mo-03</c>), and
/// optionally a segment id inside it, a free-text note and the date of the observation.
/// </summary>
/// <remarks>Immutable; two references are equal when all members are equal (texts ordinal). Ids are free text
/// chosen by the caller (file names, QDA segment ids), not vocabulary ids, so they are not restricted to kebab-case.</remarks>
public sealed class EvidenceReference : IEquatable<EvidenceReference>
{
    /// <summary>Creates a reference.</summary>
    /// <param name="documentId">The id of the document (not blank).</param>
    /// <param name="segmentId">The id of the segment inside the document, or null; not blank when given.</param>
    /// <param name="note">A free-text note, or null; not blank when given.</param>
    /// <param name="date">The date of the observation, or unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documentId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is blank, or <paramref name="segmentId"/> or
    /// <paramref name="note"/> is given but blank.</exception>
    public EvidenceReference(string documentId, string? segmentId = null, string? note = null, Fact<LocalDate> date = default)
    {
        DocumentId = Guard.Against.Blank(documentId);
        SegmentId = segmentId is null ? null : Guard.Against.Blank(segmentId);
        Note = note is null ? null : Guard.Against.Blank(note);
        Date = date;
    }

    /// <summary>Gets the document id.</summary>
    public string DocumentId { get; }

    /// <summary>Gets the segment id, or null.</summary>
    public string? SegmentId { get; }

    /// <summary>Gets the note, or null.</summary>
    public string? Note { get; }

    /// <summary>Gets the date of the observation, or unknown.</summary>
    public Fact<LocalDate> Date { get; }

    /// <inheritdoc />
    public bool Equals(EvidenceReference? other) =>
        other is not null
        && string.Equals(DocumentId, other.DocumentId, StringComparison.Ordinal)
        && string.Equals(SegmentId, other.SegmentId, StringComparison.Ordinal)
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && Date == other.Date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EvidenceReference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(DocumentId),
        SegmentId is null ? 0 : StringComparer.Ordinal.GetHashCode(SegmentId),
        Note is null ? 0 : StringComparer.Ordinal.GetHashCode(Note),
        Date);

    /// <summary>Returns the document id, the segment after <c>#</c> and the date after <c>@</c>, for example
    /// <c>interview-mo-03#seg-12@2021-05-04</c>. The note is left out.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(DocumentId);
        if (SegmentId is not null)
        {
            sb.Append('#').Append(SegmentId);
        }
        if (Date.TryGetValue(out var date))
        {
            sb.Append('@').Append(LocalDatePattern.Iso.Format(date));
        }
        return sb.ToString();
    }

    /// <summary>Value equality, the same as <see cref="Equals(EvidenceReference?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(EvidenceReference? left, EvidenceReference? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(EvidenceReference? left, EvidenceReference? right) => !(left == right);
}
