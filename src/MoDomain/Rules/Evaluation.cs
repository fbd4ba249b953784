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
/// <para>For the library's own rules, <see cref="Explanation"/>, <see cref="FactsRead"/> and <see cref="MissingFacts"/>
/// are computed from the evaluated subject on first access and then cached; the values are the same whenever and
/// on whichever thread they are read, because rules are pure.</para>
/// </remarks>
public sealed class Evaluation
{
    private readonly EvaluationKind kind;
    private readonly LeafDetails? leaf;
    private LocalizedText? explanation;
    private ImmutableArray<FactReading> factsRead;
    private ImmutableArray<string> missingFacts;

    /// <summary>Creates an evaluation with explicit values (for rules written outside the library).</summary>
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
        Label = Guard.Against.Null(label);
        Source = Guard.Against.Blank(source);
        Outcome = outcome;
        this.explanation = Guard.Against.Null(explanation);
        Guard.Against.NullElements(factsRead);
        Guard.Against.NullElements(missingFacts);
        Guard.Against.NullElements(parts);
        this.factsRead = DistinctById(factsRead);
        var missing = new List<string>();
        foreach (var id in missingFacts)
        {
            ConceptIds.Check(id, nameof(missingFacts));
            missing.Add(id);
        }
        Guard.Against.Unsatisfied(outcome.IsUnknown || missing.Count == 0, "Only an unknown outcome can have missing facts.", nameof(missingFacts));
        this.missingFacts = DistinctIds(missing);
        Parts = [.. parts];
        kind = EvaluationKind.Explicit;
    }

    /// <summary>Creates a trusted evaluation of one of the library's rules; details are computed on demand.</summary>
    internal Evaluation(string ruleId, LocalizedText label, string source, Truth outcome, EvaluationKind kind, ImmutableArray<Evaluation> parts, LeafDetails? leaf)
    {
        RuleId = ruleId;
        Label = label;
        Source = source;
        Outcome = outcome;
        Parts = parts;
        this.kind = kind;
        this.leaf = leaf;
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
    public LocalizedText Explanation => explanation ??= kind switch
    {
        EvaluationKind.AllOf => CompositeText.AllOf(Parts, Outcome),
        EvaluationKind.AnyOf => CompositeText.AnyOf(Parts, Outcome),
        EvaluationKind.Negation => CompositeText.Negation(Parts[0], Outcome),
        _ => leaf!.Explain(Outcome),
    };

    /// <summary>Gets the facts the rule (and its parts) read, each once, in first-read order.</summary>
    public ImmutableArray<FactReading> FactsRead
    {
        get
        {
            if (factsRead.IsDefault)
            {
                factsRead = leaf is not null ? leaf.ReadFacts() : DistinctById(UnionOfParts());
            }
            return factsRead;
        }
    }

    /// <summary>Gets the ids of the facts that would decide an unknown outcome; empty when decided.</summary>
    public ImmutableArray<string> MissingFacts
    {
        get
        {
            if (missingFacts.IsDefault)
            {
                missingFacts = ComputeMissingFacts();
            }
            return missingFacts;
        }
    }

    /// <summary>Gets the evaluations of the parts; empty for a leaf criterion.</summary>
    public ImmutableArray<Evaluation> Parts { get; }

    /// <summary>Finds the evaluation of a rule with the given id in this tree (depth first, this node included).</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="evaluation">The evaluation found.</param>
    /// <returns>True when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public bool TryFind(string ruleId, [NotNullWhen(true)] out Evaluation? evaluation)
    {
        Guard.Against.Null(ruleId);
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

    private ImmutableArray<string> ComputeMissingFacts()
    {
        if (!Outcome.IsUnknown)
        {
            return [];
        }
        if (leaf is not null)
        {
            return leaf.MissingFacts();
        }
        var ids = new List<string>();
        foreach (var part in Parts)
        {
            if (part.Outcome.IsUnknown)
            {
                ids.AddRange(part.MissingFacts);
            }
        }
        return DistinctIds(ids);
    }

    private IEnumerable<FactReading> UnionOfParts()
    {
        foreach (var part in Parts)
        {
            foreach (var reading in part.FactsRead)
            {
                yield return reading;
            }
        }
    }

    private static ImmutableArray<string> DistinctIds(List<string> ids)
    {
        var builder = ImmutableArray.CreateBuilder<string>(ids.Count);
        foreach (var id in ids)
        {
            if (!builder.Contains(id))
            {
                builder.Add(id);
            }
        }
        return builder.ToImmutable();
    }

    private static ImmutableArray<FactReading> DistinctById(IEnumerable<FactReading> readings)
    {
        var builder = ImmutableArray.CreateBuilder<FactReading>();
        foreach (var reading in readings)
        {
            bool seen = false;
            foreach (var existing in builder)
            {
                if (string.Equals(existing.Id, reading.Id, StringComparison.Ordinal))
                {
                    seen = true;
                    break;
                }
            }
            if (!seen)
            {
                builder.Add(reading);
            }
        }
        return builder.ToImmutable();
    }
}
