using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>
/// A leaf rule: decides one question from a few facts and explains the answer in English and German.
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <remarks>
/// <para>The decide function must be pure and monotone in the facts it reads: it may return unknown only when a
/// fact it reads is unknown (or is known but too vague to decide), and a decided answer must not change when an
/// unknown fact becomes known. The library's criteria all follow this law; it is what makes
/// <see cref="Evaluation.MissingFacts"/> meaningful.</para>
/// <para>The explanation, facts read and missing facts are computed when first read from the evaluation.
/// When the outcome is unknown, the missing facts are the read facts that are unknown; if all of them are
/// known (a value too vague to decide), all read facts are listed.</para>
/// </remarks>
public sealed class Criterion<TSubject> : Rule<TSubject>
{
    private readonly Func<TSubject, Truth> decide;
    private readonly Func<TSubject, Truth, LocalizedText> explain;

    /// <summary>Creates a criterion.</summary>
    /// <param name="id">The criterion id (kebab-case).</param>
    /// <param name="label">The label.</param>
    /// <param name="source">The source key.</param>
    /// <param name="reads">The facts the criterion reads (at least one).</param>
    /// <param name="decide">The pure decision function.</param>
    /// <param name="explain">Builds the explanation for a subject and the outcome <paramref name="decide"/> gave.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is malformed, or <paramref name="reads"/> is empty.</exception>
    public Criterion(
        string id,
        LocalizedText label,
        string source,
        IEnumerable<FactDescriptor<TSubject>> reads,
        Func<TSubject, Truth> decide,
        Func<TSubject, Truth, LocalizedText> explain)
        : base(id, label, source)
    {
        Guard.Against.NullElements(reads);
        Reads = [.. reads];
        Guard.Against.Unsatisfied(!Reads.IsEmpty, "A criterion must read at least one fact.", nameof(reads));
        this.decide = Guard.Against.Null(decide);
        this.explain = Guard.Against.Null(explain);
    }

    /// <summary>Gets the facts this criterion reads.</summary>
    public ImmutableArray<FactDescriptor<TSubject>> Reads { get; }

    /// <inheritdoc />
    public override ImmutableArray<Rule<TSubject>> Parts => [];

    /// <inheritdoc />
    protected internal override Truth DecideCore(TSubject subject) => decide(subject);

    /// <inheritdoc />
    protected internal override Evaluation EvaluateCore(TSubject subject) =>
        new(Id, Label, Source, decide(subject), EvaluationKind.Leaf, [], new CriterionDetails<TSubject>(this, subject));

    /// <summary>Builds the explanation for a subject and the outcome the criterion gave it.</summary>
    internal LocalizedText Explain(TSubject subject, Truth outcome) => explain(subject, outcome);
}
