using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.SocialSecurity;

/// <summary>
/// The evidence recorded about one organisation's social-security functions: its name and a set of distinct
/// <see cref="FunctionEvidence"/> items. The input of a <see cref="FunctionAssessment"/>.
/// </summary>
/// <remarks>
/// <para>The evidence is a set: an item equal to an earlier one (same indicator, perspective, role, stance and
/// reference) is the same observation recorded twice and is kept once. <see cref="Evidence"/> keeps the first
/// occurrences in the order given (so a document round-trips in its own order), but equality and every analysis ignore
/// order: two profiles are equal when they have the same organisation name (ordinal) and the same set of items.</para>
/// <para>An empty profile is allowed: it records that nothing is known yet.</para>
/// <para>Immutable and safe to share across threads.</para>
/// </remarks>
public sealed class FunctionEvidenceProfile : IEquatable<FunctionEvidenceProfile>
{
    private readonly HashSet<FunctionEvidence> set;

    /// <summary>Creates a profile.</summary>
    /// <param name="organisation">The organisation's name (not blank).</param>
    /// <param name="evidence">The evidence items, in any order; repeated identical items are kept once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> or <paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is blank or <paramref name="evidence"/> holds a null element.</exception>
    public FunctionEvidenceProfile(string organisation, IEnumerable<FunctionEvidence> evidence)
    {
        Organisation = Guard.Against.Blank(organisation);
        Guard.Against.Null(evidence);
        set = [];
        var builder = ImmutableArray.CreateBuilder<FunctionEvidence>();
        foreach (var item in evidence)
        {
            if (item is null)
            {
                throw new ArgumentException("The sequence must not contain null elements.", nameof(evidence));
            }
            if (set.Add(item))
            {
                builder.Add(item);
            }
        }
        Evidence = builder.ToImmutable();
    }

    /// <summary>Gets the organisation's name.</summary>
    public string Organisation { get; }

    /// <summary>Gets the distinct evidence items, first occurrences in the order given.</summary>
    public ImmutableArray<FunctionEvidence> Evidence { get; }

    /// <summary>Gets whether no evidence is recorded.</summary>
    public bool IsEmpty => Evidence.IsEmpty;

    /// <summary>Returns whether the profile holds an item equal to <paramref name="evidence"/>.</summary>
    /// <param name="evidence">The item.</param>
    /// <returns>True when present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public bool Contains(FunctionEvidence evidence) => set.Contains(Guard.Against.Null(evidence));

    /// <summary>Returns a copy with more evidence items (items already present are not added again).</summary>
    /// <param name="evidence">The items to add.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> holds a null element.</exception>
    public FunctionEvidenceProfile Add(params FunctionEvidence[] evidence) =>
        Add((IEnumerable<FunctionEvidence>)evidence);

    /// <summary>Returns a copy with more evidence items (items already present are not added again).</summary>
    /// <param name="evidence">The items to add.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> holds a null element.</exception>
    public FunctionEvidenceProfile Add(IEnumerable<FunctionEvidence> evidence)
    {
        Guard.Against.NullElements(evidence);
        return new FunctionEvidenceProfile(Organisation, [.. Evidence, .. evidence]);
    }

    /// <summary>Returns a copy with only the evidence from one perspective.</summary>
    /// <param name="perspective">The perspective kept.</param>
    /// <returns>The filtered profile (same organisation).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perspective"/> is not a defined value.</exception>
    public FunctionEvidenceProfile For(Perspective perspective)
    {
        Guard.Against.UndefinedValue(perspective);
        var kept = new List<FunctionEvidence>();
        foreach (var item in Evidence)
        {
            if (item.Perspective == perspective)
            {
                kept.Add(item);
            }
        }
        return new FunctionEvidenceProfile(Organisation, kept);
    }

    /// <summary>Assesses the profile (see <see cref="FunctionAssessment"/>).</summary>
    /// <returns>The assessment.</returns>
    public FunctionAssessment Assess() => new(this, perspectiveFilter: null);

    /// <inheritdoc />
    public bool Equals(FunctionEvidenceProfile? other) =>
        other is not null
        && string.Equals(Organisation, other.Organisation, StringComparison.Ordinal)
        && set.Count == other.set.Count
        && set.SetEquals(other.set);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FunctionEvidenceProfile);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent: a commutative sum of the item hashes.
        int sum = 0;
        foreach (var item in Evidence)
        {
            sum = unchecked(sum + item.GetHashCode());
        }
        return HashCode.Combine(StringComparer.Ordinal.GetHashCode(Organisation), sum, Evidence.Length);
    }

    /// <summary>Returns the organisation's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Organisation;

    /// <summary>Value equality, the same as <see cref="Equals(FunctionEvidenceProfile?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(FunctionEvidenceProfile? left, FunctionEvidenceProfile? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(FunctionEvidenceProfile? left, FunctionEvidenceProfile? right) => !(left == right);
}
