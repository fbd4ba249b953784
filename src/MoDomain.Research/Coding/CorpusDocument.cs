using System;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>An interview transcript as plain text, with an id, an optional title and its <see cref="DocumentAttributes"/>.</summary>
/// <remarks>Immutable. Character positions into <see cref="Text"/> are UTF-16 code units (.NET string indices).</remarks>
public sealed class CorpusDocument : IEquatable<CorpusDocument>
{
    /// <summary>Creates a document.</summary>
    /// <param name="id">The document id: non-blank, no control characters, unique within a corpus.</param>
    /// <param name="text">The transcript (may be empty).</param>
    /// <param name="attributes">The attributes; null gives <see cref="DocumentAttributes.None"/>.</param>
    /// <param name="title">An optional title; null or white space for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or holds a control character.</exception>
    public CorpusDocument(string id, string text, DocumentAttributes? attributes = null, string? title = null)
    {
        Id = CheckId(id);
        Text = Preconditions.CheckNotNull(text);
        Attributes = attributes ?? DocumentAttributes.None;
        Title = string.IsNullOrWhiteSpace(title) ? null : title;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the transcript.</summary>
    public string Text { get; }

    /// <summary>Gets the attributes.</summary>
    public DocumentAttributes Attributes { get; }

    /// <summary>Gets the title, or null.</summary>
    public string? Title { get; }

    /// <summary>Returns a copy with other attributes.</summary>
    /// <param name="attributes">The attributes.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    public CorpusDocument WithAttributes(DocumentAttributes attributes) => new(Id, Text, Preconditions.CheckNotNull(attributes), Title);

    internal static string CheckId(string id, string paramName = "id")
    {
        Preconditions.CheckNotBlank(id, paramName);
        foreach (char c in id)
        {
            Preconditions.CheckArgument(!char.IsControl(c), $"The id '{id.Trim()}' holds a control character.", paramName);
        }
        return id;
    }

    /// <inheritdoc />
    public bool Equals(CorpusDocument? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Attributes.Equals(other.Attributes) && string.Equals(Title, other.Title, StringComparison.Ordinal);

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
