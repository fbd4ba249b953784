using System;
using System.Collections.Immutable;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>
/// A named, immutable rule over a subject that decides a three-valued question and can explain its answer.
/// Every classification, eligibility and readiness check in MoDomain is a rule.
/// </summary>
/// <typeparam name="TSubject">The subject type (for example an organisation profile).</typeparam>
/// <remarks>
/// <para><see cref="Decide"/> is the verdict-only path: it gives the same outcome as <see cref="Evaluate"/> but builds no
/// explanation. The library's own rules allocate nothing on that path.</para>
/// <para>Rules are pure: the same subject always gives the same result, and rules are safe to share across threads.</para>
/// <para>Build your own rules from <see cref="Criterion{TSubject}"/>, <see cref="AllOf{TSubject}"/>, <see cref="AnyOf{TSubject}"/> and
/// <see cref="Negation{TSubject}"/>, or derive from this class.</para>
/// </remarks>
public abstract class Rule<TSubject>
{
    /// <summary>Initialises the rule.</summary>
    /// <param name="id">The rule id (kebab-case).</param>
    /// <param name="label">The label.</param>
    /// <param name="source">The source key.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case or <paramref name="source"/> is blank.</exception>
    protected Rule(string id, LocalizedText label, string source)
    {
        Id = ConceptIds.Check(id);
        Label = Guard.Against.Null(label);
        Source = Guard.Against.Blank(source);
    }

    /// <summary>Gets the rule id.</summary>
    public string Id { get; }

    /// <summary>Gets the label.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the source key.</summary>
    public string Source { get; }

    /// <summary>Gets the direct parts of a composite rule; empty for a leaf.</summary>
    public abstract ImmutableArray<Rule<TSubject>> Parts { get; }

    /// <summary>Decides the rule for <paramref name="subject"/> without building an explanation.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>Yes, no or unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public Truth Decide(TSubject subject)
    {
        Guard.Against.Null(subject);
        return DecideCore(subject);
    }

    /// <summary>Evaluates the rule for <paramref name="subject"/> with explanation, facts read and missing facts.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public Evaluation Evaluate(TSubject subject)
    {
        Guard.Against.Null(subject);
        return EvaluateCore(subject);
    }

    /// <summary>Decides the rule; <paramref name="subject"/> is not null.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The outcome.</returns>
    protected internal abstract Truth DecideCore(TSubject subject);

    /// <summary>Evaluates the rule; <paramref name="subject"/> is not null. Must agree with <see cref="DecideCore"/>.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The evaluation.</returns>
    protected internal abstract Evaluation EvaluateCore(TSubject subject);

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
