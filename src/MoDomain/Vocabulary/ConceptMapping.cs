using System;
using MoDomain.Internal;

namespace MoDomain.Vocabulary;

/// <summary>
/// One SKOS mapping between a concept of one scheme and a concept of another, with a one-line rationale and a source
/// key (the library's own crosswalks use <see cref="SourceKeys.Interpretive"/>).
/// </summary>
/// <remarks>
/// The relation reads from source to target: <c>hinge close-match bridge</c>; <c>a broad-match b</c> means b is
/// broader than a. Equality compares every field ordinally. Instances are immutable.
/// </remarks>
public sealed class ConceptMapping : IEquatable<ConceptMapping>
{
    /// <summary>Creates a mapping.</summary>
    /// <param name="sourceScheme">The id of the source concept's scheme.</param>
    /// <param name="sourceConcept">The id of the source concept.</param>
    /// <param name="relation">The SKOS relation, read from source to target.</param>
    /// <param name="targetScheme">The id of the target concept's scheme; must differ from <paramref name="sourceScheme"/>.</param>
    /// <param name="targetConcept">The id of the target concept.</param>
    /// <param name="rationale">Why the mapping holds: one line of English text.</param>
    /// <param name="source">The source key (see <see cref="SourceKeys"/>).</param>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    /// <exception cref="ArgumentException">An id is not kebab-case, both schemes are the same, a text is blank, or the
    /// rationale contains a line break.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not a defined value.</exception>
    public ConceptMapping(string sourceScheme, string sourceConcept, MappingRelation relation, string targetScheme, string targetConcept, string rationale, string source)
    {
        SourceScheme = ConceptIds.Check(sourceScheme);
        SourceConcept = ConceptIds.Check(sourceConcept);
        Relation = Guard.Against.UndefinedValue(relation);
        TargetScheme = ConceptIds.Check(targetScheme);
        TargetConcept = ConceptIds.Check(targetConcept);
        Guard.Against.Unsatisfied(
            !string.Equals(sourceScheme, targetScheme, StringComparison.Ordinal),
            $"A mapping links concepts of two different schemes, but both are '{sourceScheme}'.",
            nameof(targetScheme));
        Rationale = Guard.Against.Blank(rationale);
        Guard.Against.Unsatisfied(rationale.AsSpan().IndexOfAny('\r', '\n') < 0, "The rationale must be a single line.", nameof(rationale));
        Source = Guard.Against.Blank(source);
    }

    /// <summary>Gets the id of the source concept's scheme.</summary>
    public string SourceScheme { get; }

    /// <summary>Gets the id of the source concept.</summary>
    public string SourceConcept { get; }

    /// <summary>Gets the relation, read from source to target.</summary>
    public MappingRelation Relation { get; }

    /// <summary>Gets the id of the target concept's scheme.</summary>
    public string TargetScheme { get; }

    /// <summary>Gets the id of the target concept.</summary>
    public string TargetConcept { get; }

    /// <summary>Gets the one-line rationale (English).</summary>
    public string Rationale { get; }

    /// <summary>Gets the source key.</summary>
    public string Source { get; }

    /// <summary>Returns whether the mapping links the given concept, as source or as target.</summary>
    /// <param name="scheme">The scheme id; null gives false.</param>
    /// <param name="concept">The concept id; null gives false.</param>
    /// <returns>True when one end of the mapping is that concept.</returns>
    public bool Involves(string? scheme, string? concept) =>
        (string.Equals(SourceScheme, scheme, StringComparison.Ordinal) && string.Equals(SourceConcept, concept, StringComparison.Ordinal))
        || (string.Equals(TargetScheme, scheme, StringComparison.Ordinal) && string.Equals(TargetConcept, concept, StringComparison.Ordinal));

    /// <summary>Returns the same mapping read from target to source (broad and narrow swap).</summary>
    /// <returns>The inverse mapping, with the same rationale and source.</returns>
    public ConceptMapping Inverse() =>
        new(TargetScheme, TargetConcept, MappingRelations.Inverse(Relation), SourceScheme, SourceConcept, Rationale, Source);

    /// <inheritdoc />
    public bool Equals(ConceptMapping? other) =>
        other is not null
        && string.Equals(SourceScheme, other.SourceScheme, StringComparison.Ordinal)
        && string.Equals(SourceConcept, other.SourceConcept, StringComparison.Ordinal)
        && Relation == other.Relation
        && string.Equals(TargetScheme, other.TargetScheme, StringComparison.Ordinal)
        && string.Equals(TargetConcept, other.TargetConcept, StringComparison.Ordinal)
        && string.Equals(Rationale, other.Rationale, StringComparison.Ordinal)
        && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConceptMapping);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(SourceScheme, StringComparer.Ordinal);
        hash.Add(SourceConcept, StringComparer.Ordinal);
        hash.Add(Relation);
        hash.Add(TargetScheme, StringComparer.Ordinal);
        hash.Add(TargetConcept, StringComparer.Ordinal);
        hash.Add(Rationale, StringComparer.Ordinal);
        hash.Add(Source, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns the mapping with invariant ids, for example <c>social-security-functions/hinge close-match iq-2013-functions/bridge</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{SourceScheme}/{SourceConcept} {MappingRelations.Scheme.IdOf(Relation)} {TargetScheme}/{TargetConcept}";

    /// <summary>Value equality, the same as <see cref="Equals(ConceptMapping?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ConceptMapping? left, ConceptMapping? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(ConceptMapping? left, ConceptMapping? right) => !(left == right);
}
