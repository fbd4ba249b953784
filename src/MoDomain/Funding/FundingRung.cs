using System;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Funding;

/// <summary>One rung of a <see cref="FundingLadder"/>: a funding form, the policy an organisation must meet to reach it,
/// and why the rung sits where it does.</summary>
public sealed class FundingRung : IEquatable<FundingRung>
{
    /// <summary>Initializes a new rung.</summary>
    /// <param name="form">The funding form.</param>
    /// <param name="policyId">The id of the <see cref="FundingPolicy"/> to meet for this rung, or <see langword="null"/>
    /// for an open rung that every organisation reaches.</param>
    /// <param name="rationale">Why the rung sits at its place (en/de).</param>
    /// <param name="source">The source key; <see cref="SourceKeys.Interpretive"/> where the order is MoDomain's choice.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rationale"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policyId"/> is not a kebab-case id or <paramref name="source"/> is blank.</exception>
    public FundingRung(FundingForm form, string? policyId, LocalizedText rationale, string source)
    {
        Form = Guard.Against.UndefinedValue(form);
        PolicyId = policyId is null ? null : ConceptIds.Check(policyId);
        Rationale = Guard.Against.Null(rationale);
        Source = Guard.Against.Blank(source);
    }

    /// <summary>Gets the funding form.</summary>
    public FundingForm Form { get; }

    /// <summary>Gets the policy id, or <see langword="null"/> for an open rung.</summary>
    public string? PolicyId { get; }

    /// <summary>Gets why the rung sits at its place.</summary>
    public LocalizedText Rationale { get; }

    /// <summary>Gets the source key.</summary>
    public string Source { get; }

    /// <inheritdoc/>
    public bool Equals(FundingRung? other) =>
        other is not null && Form == other.Form && string.Equals(PolicyId, other.PolicyId, StringComparison.Ordinal)
        && Rationale.Equals(other.Rationale) && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FundingRung);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Form, PolicyId);

    /// <inheritdoc/>
    public override string ToString() => FundingVocabulary.Forms.IdOf(Form);
}
