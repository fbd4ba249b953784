using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>
/// The explained result of evaluating one rule: the outcome, a short explanation in English and German,
/// the facts the rule read, the facts that would decide an unknown outcome, and the results of its parts.
/// </summary>
/// <remarks>
/// <para><see cref="MissingFacts"/> is empty unless <see cref="Outcome"/> is unknown. When it is unknown, knowing
/// the listed facts could decide the outcome; facts whose value cannot change the outcome are not listed.</para>
/// <para>Evaluations are immutable. Composite rules (all-of, any-of, not) keep every part's evaluation in
/// <see cref="Parts"/>, so a caller can render "criterion 2 not met because …".</para>
/// </remarks>
public sealed class Evaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="ruleId">The id of the rule evaluated.</param>
    /// <param name="label">The rule's label.</param>
    /// <param name="source">The rule's source key.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="explanation">The explanation in English and German.</param>
    /// <param name="factsRead">The facts read (duplicates by id are removed, first kept).</param>
    /// <param name="missingFacts">The ids of the facts that would decide an unknown outcome; must be empty unless the outcome is unknown.</param>
    /// <param name="parts">The evaluations of the parts of a composite rule; empty for a leaf.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, or <paramref name="missingFacts"/> is non-empty for a decided outcome.</exception>
    public Evaluation(
        string ruleId,
        LocalizedText label,
        string source,
        Truth outcome,
        LocalizedText explanation,
        IEnumerable<FactReading> factsRead,
        IEnumerable<string> missingFacts,
        IEnumerable<Evaluation> parts)
    {
        RuleId = ConceptIds.Check(ruleId);
        Label = Preconditions.CheckNotNull(label);
        Source = Preconditions.CheckNotBlank(source);
        Outcome = outcome;
        Explanation = Preconditions.CheckNotNull(explanation);
        Preconditions.CheckNoNullElements(factsRead);
        Preconditions.CheckNoNullElements(missingFacts);
        Preconditions.CheckNoNullElements(parts);
        FactsRead = DistinctById(factsRead);
        var missing = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in missingFacts)
        {
            ConceptIds.Check(id, nameof(missingFacts));
            if (seen.Add(id))
            {
                missing.Add(id);
            }
        }
        Preconditions.CheckArgument(outcome.IsUnknown || missing.Count == 0, "Only an unknown outcome can have missing facts.", nameof(missingFacts));
        MissingFacts = missing.ToImmutable();
        Parts = [.. parts];
    }

    /// <summary>Gets the id of the rule evaluated.</summary>
    public string RuleId { get; }

    /// <summary>Gets the rule's label.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the rule's source key.</summary>
    public string Source { get; }

    /// <summary>Gets the outcome.</summary>
    public Truth Outcome { get; }

    /// <summary>Gets the explanation in English and German.</summary>
    public LocalizedText Explanation { get; }

    /// <summary>Gets the facts the rule (and its parts) read, each once, in first-read order.</summary>
    public ImmutableArray<FactReading> FactsRead { get; }

    /// <summary>Gets the ids of the facts that would decide an unknown outcome; empty when decided.</summary>
    public ImmutableArray<string> MissingFacts { get; }

    /// <summary>Gets the evaluations of the parts; empty for a leaf criterion.</summary>
    public ImmutableArray<Evaluation> Parts { get; }

    /// <summary>Finds the evaluation of a rule with the given id in this tree (depth first, this node included).</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="evaluation">The evaluation found.</param>
    /// <returns>True when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public bool TryFind(string ruleId, [NotNullWhen(true)] out Evaluation? evaluation)
    {
        Preconditions.CheckNotNull(ruleId);
        if (string.Equals(RuleId, ruleId, StringComparison.Ordinal))
        {
            evaluation = this;
            return true;
        }
        foreach (var part in Parts)
        {
            if (part.TryFind(ruleId, out evaluation))
            {
                return true;
            }
        }
        evaluation = null;
        return false;
    }

    /// <summary>Returns <c>rule-id: outcome — explanation</c> in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{RuleId}: {Outcome} - {Explanation.English}";

    private static ImmutableArray<FactReading> DistinctById(IEnumerable<FactReading> readings)
    {
        var builder = ImmutableArray.CreateBuilder<FactReading>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reading in readings)
        {
            if (seen.Add(reading.Id))
            {
                builder.Add(reading);
            }
        }
        return builder.ToImmutable();
    }
}
