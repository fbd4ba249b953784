using System;
using MoDomain.Internal;

namespace MoDomain.Vocabulary;

/// <summary>
/// An immutable pair of texts, one in English and one in German.
/// </summary>
/// <remarks>
/// Both texts are required and non-blank: the library never shows a label or explanation in only one language.
/// Equality is ordinal on both texts.
/// </remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>Creates a text pair.</summary>
    /// <param name="english">The English text.</param>
    /// <param name="german">The German text.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or white space.</exception>
    public LocalizedText(string english, string german)
    {
        English = Guard.Against.Blank(english);
        German = Guard.Against.Blank(german);
    }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Gets the German text.</summary>
    public string German { get; }

    /// <summary>Returns the text in the given language.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text in <paramref name="language"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string In(Language language) => language switch
    {
        Language.English => English,
        Language.German => German,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(English, other.English, StringComparison.Ordinal) && string.Equals(German, other.German, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(English), StringComparer.Ordinal.GetHashCode(German));

    /// <summary>Returns the English text.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;

    /// <summary>Value equality, the same as <see cref="Equals(LocalizedText?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !(left == right);
}
