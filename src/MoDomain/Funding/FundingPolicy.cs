using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Funding;

/// <summary>
/// A funding policy: named requirements with parameters, all of which must hold. Evaluating it for a funding case at a
/// date gives eligible (<see cref="Truth.Yes"/>), not eligible (<see cref="Truth.No"/>) or undetermined
/// (<see cref="Truth.Unknown"/>), with per-requirement results, explanations (en/de) and missing facts.
/// </summary>
/// <remarks>Policies are data: save and load them with <c>MoDomain.Interop.FundingJson</c>, so a municipality can encode its
/// own guideline without code. Built-in policies are in <see cref="FundingPolicies"/>.</remarks>
public sealed class FundingPolicy : IEquatable<FundingPolicy>
{
    /// <summary>Initializes a new policy.</summary>
    /// <param name="id">The policy id (kebab-case).</param>
    /// <param name="label">The label.</param>
    /// <param name="source">The source key (e.g. a guideline's name, or a <see cref="SourceKeys"/> key).</param>
    /// <param name="requirements">The requirements (built-in or the caller's own, see <see cref="FundingRequirement.Create"/>),
    /// at least one, each id at most once.</param>
    /// <exception cref="ArgumentNullException">An argument or requirement is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case, <paramref name="source"/> is blank,
    /// there are no requirements, or a requirement id appears twice.</exception>
    public FundingPolicy(string id, LocalizedText label, string source, IEnumerable<FundingRequirement> requirements)
    {
        Id = ConceptIds.Check(id);
        Label = Guard.Against.Null(label);
        Source = Guard.Against.Blank(source);
        Guard.Against.NullElements(requirements);
        Requirements = [.. requirements];
        Guard.Against.Unsatisfied(!Requirements.IsEmpty, "A policy needs at least one requirement.", nameof(requirements));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Requirements)
        {
            Guard.Against.Unsatisfied(seen.Add(r.Id), $"The requirement '{r.Id}' appears twice in policy '{id}'.", nameof(requirements));
        }
        Rule = new AllOf<FundingSubject>(Id, Label, Source, Requirements.Select(r => r.Rule));
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the label.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the source key.</summary>
    public string Source { get; }

    /// <summary>Gets the requirements in order.</summary>
    public ImmutableArray<FundingRequirement> Requirements { get; }

    /// <summary>Gets the rule (all requirements).</summary>
    public Rule<FundingSubject> Rule { get; }

    /// <summary>Decides the policy without building explanations (allocation-free).</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>Yes = eligible, no = not eligible, unknown = undetermined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public Truth Decide(FundingSubject subject) => Rule.Decide(subject);

    /// <summary>Evaluates the policy with explanations.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The result.</returns>
    /// <remarks>The outcome and each requirement's outcome are decided now; the explanation tree (texts, facts read,
    /// missing facts) is built when first read from the result and then cached.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public EligibilityResult Evaluate(FundingSubject subject)
    {
        Guard.Against.Null(subject);
        return new EligibilityResult(this, subject);
    }

    /// <summary>Evaluates the policy for a case at a date.</summary>
    /// <param name="case">The case.</param>
    /// <param name="at">The date.</param>
    /// <param name="funder">The funder applied to, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public EligibilityResult Evaluate(FundingCase @case, LocalDate at, FunderKind? funder = null) => Evaluate(new FundingSubject(@case, at, funder));

    /// <inheritdoc/>
    public bool Equals(FundingPolicy? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Label.Equals(other.Label)
        && string.Equals(Source, other.Source, StringComparison.Ordinal) && Requirements.SequenceEqual(other.Requirements);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FundingPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Requirements.Length);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
