using System;
using MoDomain.Internal;

namespace MoDomain.SocialSecurity;

/// <summary>
/// A relation the source states about a social-security function, as data: for example "homemaking favours
/// needs-based services" (<c>homemaking favours service</c>) or "homemaking distinguishes MO offers from those of
/// other providers" (<c>homemaking distinguishes</c>, no target function).
/// </summary>
/// <remarks>Immutable; two relations are equal when all their members are equal (texts ordinal).</remarks>
public sealed class FunctionRelation : IEquatable<FunctionRelation>
{
    /// <summary>Creates a relation.</summary>
    /// <param name="from">The function the statement is about.</param>
    /// <param name="kind">The kind of relation.</param>
    /// <param name="to">The function it relates to, or null when the statement relates the function to something
    /// that is not one of the four functions (say, other providers, or social security as such).</param>
    /// <param name="description">What the source says, in the library's own words (English).</param>
    /// <param name="source">The source key (see <see cref="MoDomain.Vocabulary.SourceKeys"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="to"/> equals <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not a defined value.</exception>
    public FunctionRelation(SocialSecurityFunction from, FunctionRelationKind kind, SocialSecurityFunction? to, string description, string source)
    {
        From = Guard.Against.UndefinedValue(from);
        Kind = Guard.Against.UndefinedValue(kind);
        if (to is { } target)
        {
            Guard.Against.UndefinedValue(target, nameof(to));
            Guard.Against.Unsatisfied(target != from, "A function relation must relate two different functions.", nameof(to));
        }
        To = to;
        Description = Guard.Against.Blank(description);
        Source = Guard.Against.Blank(source);
    }

    /// <summary>Gets the function the statement is about.</summary>
    public SocialSecurityFunction From { get; }

    /// <summary>Gets the kind of relation.</summary>
    public FunctionRelationKind Kind { get; }

    /// <summary>Gets the stable id of <see cref="Kind"/>, for example <c>favours</c>.</summary>
    public string KindId => SocialSecurityVocabulary.RelationKinds.IdOf(Kind);

    /// <summary>Gets the related function, or null when the statement does not point to another of the four functions.</summary>
    public SocialSecurityFunction? To { get; }

    /// <summary>Gets the description (English, own words).</summary>
    public string Description { get; }

    /// <summary>Gets the source key.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public bool Equals(FunctionRelation? other) =>
        other is not null && From == other.From && Kind == other.Kind && To == other.To
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FunctionRelation);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(From, Kind, To, StringComparer.Ordinal.GetHashCode(Description), StringComparer.Ordinal.GetHashCode(Source));

    /// <summary>Returns the relation with invariant ids, for example <c>homemaking favours service</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string from = SocialSecurityVocabulary.Functions.IdOf(From);
        return To is { } to ? $"{from} {KindId} {SocialSecurityVocabulary.Functions.IdOf(to)}" : $"{from} {KindId}";
    }

    /// <summary>Value equality, the same as <see cref="Equals(FunctionRelation?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(FunctionRelation? left, FunctionRelation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(FunctionRelation? left, FunctionRelation? right) => !(left == right);
}
