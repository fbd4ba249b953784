using System;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.SocialSecurity;

/// <summary>
/// One observation that an indicator (and hence its function) was seen, or explicitly not seen, from one perspective,
/// with a reference to where it was recorded.
/// </summary>
/// <remarks>
/// <para>An administrative role is only allowed with <see cref="Perspective.PublicAdministration"/>; for that
/// perspective it is optional (unknown when the source does not say which office spoke).</para>
/// <para>Immutable; two evidence items are equal when indicator, perspective, role, stance and reference are equal.
/// Equal items are the same observation recorded twice and count once in a <see cref="FunctionEvidenceProfile"/>.</para>
/// </remarks>
public sealed class FunctionEvidence : IEquatable<FunctionEvidence>
{
    /// <summary>Creates an evidence item.</summary>
    /// <param name="indicator">The indicator observed.</param>
    /// <param name="perspective">Whose view the observation reflects.</param>
    /// <param name="stance">Whether it supports or explicitly contradicts the indicator.</param>
    /// <param name="reference">Where it was recorded.</param>
    /// <param name="administrativeRole">The office within public administration, or unknown; must be unknown unless
    /// <paramref name="perspective"/> is <see cref="Perspective.PublicAdministration"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument (or the known role) is not a defined value.</exception>
    /// <exception cref="ArgumentException">A role is given with a perspective other than public administration.</exception>
    public FunctionEvidence(
        FunctionIndicator indicator,
        Perspective perspective,
        EvidenceStance stance,
        EvidenceReference reference,
        Fact<AdministrativeRole> administrativeRole = default)
    {
        Indicator = Guard.Against.UndefinedValue(indicator);
        Perspective = Guard.Against.UndefinedValue(perspective);
        Stance = Guard.Against.UndefinedValue(stance);
        Reference = Guard.Against.Null(reference);
        if (administrativeRole.TryGetValue(out var role))
        {
            Guard.Against.UndefinedValue(role, nameof(administrativeRole));
            Guard.Against.Unsatisfied(
                perspective == Perspective.PublicAdministration,
                $"An administrative role ('{SocialSecurityVocabulary.AdministrativeRoles.IdOf(role)}') is only meaningful with the 'public-administration' perspective, not with '{SocialSecurityVocabulary.Perspectives.IdOf(perspective)}'.",
                nameof(administrativeRole));
        }
        AdministrativeRole = administrativeRole;
    }

    /// <summary>Gets the indicator observed.</summary>
    public FunctionIndicator Indicator { get; }

    /// <summary>Gets the function of <see cref="Indicator"/>.</summary>
    public SocialSecurityFunction Function => SocialSecurityVocabulary.FunctionOf(Indicator);

    /// <summary>Gets whose view the observation reflects.</summary>
    public Perspective Perspective { get; }

    /// <summary>Gets the office within public administration, or unknown (always unknown for other perspectives).</summary>
    public Fact<AdministrativeRole> AdministrativeRole { get; }

    /// <summary>Gets whether the observation supports or explicitly contradicts the indicator.</summary>
    public EvidenceStance Stance { get; }

    /// <summary>Gets where the observation was recorded.</summary>
    public EvidenceReference Reference { get; }

    /// <inheritdoc />
    public bool Equals(FunctionEvidence? other) =>
        other is not null
        && Indicator == other.Indicator
        && Perspective == other.Perspective
        && AdministrativeRole == other.AdministrativeRole
        && Stance == other.Stance
        && Reference.Equals(other.Reference);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FunctionEvidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Perspective, AdministrativeRole, Stance, Reference);

    /// <summary>Returns the item with invariant ids, for example
    /// <c>hinge/referral-and-access supports public-administration/employment-agency interview-ba-01#seg-3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string perspective = SocialSecurityVocabulary.Perspectives.IdOf(Perspective);
        if (AdministrativeRole.TryGetValue(out var role))
        {
            perspective += "/" + SocialSecurityVocabulary.AdministrativeRoles.IdOf(role);
        }
        return $"{SocialSecurityVocabulary.Functions.IdOf(Function)}/{SocialSecurityVocabulary.Indicators.IdOf(Indicator)} {SocialSecurityVocabulary.EvidenceStances.IdOf(Stance)} {perspective} {Reference}";
    }

    /// <summary>Value equality, the same as <see cref="Equals(FunctionEvidence?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(FunctionEvidence? left, FunctionEvidence? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(FunctionEvidence? left, FunctionEvidence? right) => !(left == right);
}
