using System;
using System.Collections.Immutable;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>A rule that holds when its inner rule does not (Kleene NOT): unknown stays unknown.</summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
public sealed class Negation<TSubject> : Rule<TSubject>
{
    /// <summary>Creates the negation.</summary>
    /// <param name="id">The rule id (kebab-case).</param>
    /// <param name="label">The label.</param>
    /// <param name="source">The source key.</param>
    /// <param name="inner">The rule negated.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is malformed.</exception>
    public Negation(string id, LocalizedText label, string source, Rule<TSubject> inner)
        : base(id, label, source)
    {
        Inner = Guard.Against.Null(inner);
    }

    /// <summary>Gets the rule negated.</summary>
    public Rule<TSubject> Inner { get; }

    /// <inheritdoc />
    public override ImmutableArray<Rule<TSubject>> Parts => [Inner];

    /// <inheritdoc />
    protected internal override Truth DecideCore(TSubject subject) => !Inner.DecideCore(subject);

    /// <inheritdoc />
    protected internal override Evaluation EvaluateCore(TSubject subject)
    {
        var inner = Inner.EvaluateCore(subject);
        return new Evaluation(Id, Label, Source, !inner.Outcome, EvaluationKind.Negation, [inner], null);
    }
}
