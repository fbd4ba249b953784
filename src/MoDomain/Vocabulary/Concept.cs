using System;
using MoDomain.Internal;

namespace MoDomain.Vocabulary;

/// <summary>
/// One category of a framework: a stable kebab-case id, a German and an English label, a description
/// written in the library's own words and the key of the source document it comes from.
/// </summary>
/// <remarks>
/// The id is the identity: two concepts are equal when their ids are equal (ordinal). Ids are the JSON values
/// and the lookup keys; they never change between versions.
/// </remarks>
public sealed class Concept : IEquatable<Concept>
{
    /// <summary>Creates a concept.</summary>
    /// <param name="id">The stable id, lower-case kebab-case (letters, digits and single hyphens).</param>
    /// <param name="label">The label in English and German.</param>
    /// <param name="description">A short description in English, in the library's own words.</param>
    /// <param name="source">The source key (see <see cref="SourceKeys"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case, or a text is blank.</exception>
    public Concept(string id, LocalizedText label, string description, string source)
        : this(id, label, description, source, broader: null)
    {
    }

    /// <summary>Creates a concept that sits below another concept of the same scheme.</summary>
    /// <param name="id">The stable id, lower-case kebab-case (letters, digits and single hyphens).</param>
    /// <param name="label">The label in English and German.</param>
    /// <param name="description">A short description in English, in the library's own words.</param>
    /// <param name="source">The source key (see <see cref="SourceKeys"/>).</param>
    /// <param name="broader">The id of the broader concept in the same scheme (SKOS <c>broader</c>), or null for a top concept.
    /// The scheme checks that it exists and that the hierarchy has no cycle.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="label"/>, <paramref name="description"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is not kebab-case, a text is blank, or <paramref name="broader"/> equals <paramref name="id"/>.</exception>
    public Concept(string id, LocalizedText label, string description, string source, string? broader)
    {
        Id = ConceptIds.Check(id);
        Label = Guard.Against.Null(label);
        Description = Guard.Against.Blank(description);
        Source = Guard.Against.Blank(source);
        if (broader is not null)
        {
            ConceptIds.Check(broader);
            Guard.Against.Unsatisfied(!string.Equals(broader, id, StringComparison.Ordinal), $"Concept '{id}' cannot be broader than itself.", nameof(broader));
        }
        Broader = broader;
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the label in English and German.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the description (English, own words).</summary>
    public string Description { get; }

    /// <summary>Gets the source key.</summary>
    public string Source { get; }

    /// <summary>Gets the id of the broader concept in the same scheme, or null for a top concept.</summary>
    public string? Broader { get; }

    /// <inheritdoc />
    public bool Equals(Concept? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Concept);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Value equality, the same as <see cref="Equals(Concept?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Concept? left, Concept? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(Concept? left, Concept? right) => !(left == right);
}
