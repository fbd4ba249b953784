using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>
/// A composite rule that holds when every part holds (Kleene AND over the parts).
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <remarks>
/// No part failing and at least one part unknown gives unknown; the missing facts are then the union of the
/// unknown parts' missing facts. <see cref="Rule{TSubject}.Decide"/> stops at the first part that fails.
/// </remarks>
public sealed class AllOf<TSubject> : Rule<TSubject>
{
    /// <summary>Creates the composite.</summary>
    /// <param name="id">The rule id (kebab-case).</param>
    /// <param name="label">The label.</param>
    /// <param name="source">The source key.</param>
    /// <param name="parts">The parts (at least one, distinct ids).</param>
    /// <exception cref="ArgumentNullException">An argument or a part is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty or two parts share an id.</exception>
    public AllOf(string id, LocalizedText label, string source, IEnumerable<Rule<TSubject>> parts)
        : base(id, label, source) => Parts = CompositeParts.Check(parts, nameof(parts));

    /// <inheritdoc />
    public override ImmutableArray<Rule<TSubject>> Parts { get; }

    /// <inheritdoc />
    protected internal override Truth DecideCore(TSubject subject)
    {
        var result = Truth.Yes;
        foreach (var part in Parts)
        {
            result &= part.DecideCore(subject);
            if (result.IsNo)
            {
                return result;
            }
        }
        return result;
    }

    /// <inheritdoc />
    protected internal override Evaluation EvaluateCore(TSubject subject)
    {
        var evaluations = new Evaluation[Parts.Length];
        var outcome = Truth.Yes;
        for (int i = 0; i < evaluations.Length; i++)
        {
            evaluations[i] = Parts[i].EvaluateCore(subject);
            outcome &= evaluations[i].Outcome;
        }
        return new Evaluation(Id, Label, Source, outcome, EvaluationKind.AllOf, ImmutableCollectionsMarshal.AsImmutableArray(evaluations), null);
    }
}
