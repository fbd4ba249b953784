using System;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.SocialSecurity;

/// <summary>
/// A function on which perspectives disagree: at least one perspective supports it and another perspective explicitly
/// contradicts it.
/// </summary>
/// <remarks>Judged per function, not per indicator: support for one indicator and a contradiction of another indicator
/// of the same function count. Immutable; perspectives are in enum order. A perspective that both supports and contradicts a function is
/// listed on both sides; that alone is not a disagreement between perspectives, there must be a second perspective.</remarks>
public sealed class FunctionDisagreement : IEquatable<FunctionDisagreement>
{
    internal FunctionDisagreement(SocialSecurityFunction function, ImmutableArray<Perspective> supportedBy, ImmutableArray<Perspective> contradictedBy)
    {
        Function = Guard.Against.UndefinedValue(function);
        SupportedBy = supportedBy;
        ContradictedBy = contradictedBy;
    }

    /// <summary>Gets the function.</summary>
    public SocialSecurityFunction Function { get; }

    /// <summary>Gets the perspectives from which the function is supported, in enum order.</summary>
    public ImmutableArray<Perspective> SupportedBy { get; }

    /// <summary>Gets the perspectives from which the function is explicitly contradicted, in enum order.</summary>
    public ImmutableArray<Perspective> ContradictedBy { get; }

    /// <inheritdoc />
    public bool Equals(FunctionDisagreement? other) =>
        other is not null && Function == other.Function && SupportedBy.SequenceEqual(other.SupportedBy) && ContradictedBy.SequenceEqual(other.ContradictedBy);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FunctionDisagreement);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Function);
        foreach (var p in SupportedBy)
        {
            hash.Add(p);
        }
        hash.Add(-1);
        foreach (var p in ContradictedBy)
        {
            hash.Add(p);
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns the disagreement with invariant ids, for example
    /// <c>hinge supported-by migrant-organisation contradicted-by public-administration</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{SocialSecurityVocabulary.Functions.IdOf(Function)} supported-by {string.Join(",", SupportedBy.Select(SocialSecurityVocabulary.Perspectives.IdOf))} contradicted-by {string.Join(",", ContradictedBy.Select(SocialSecurityVocabulary.Perspectives.IdOf))}";

    /// <summary>Value equality, the same as <see cref="Equals(FunctionDisagreement?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(FunctionDisagreement? left, FunctionDisagreement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(FunctionDisagreement? left, FunctionDisagreement? right) => !(left == right);
}
