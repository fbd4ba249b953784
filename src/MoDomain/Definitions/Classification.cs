using System;
using System.Threading;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Definitions;

/// <summary>
/// The result of classifying one profile under one definition: the verdict, the explained evaluation with one part
/// per criterion, and the organisation's self-identification reported beside (never folded into) the verdict.
/// </summary>
/// <remarks>
/// <see cref="Definition.Classify"/> decides the verdict at once and builds the evaluation tree (<see cref="Evaluation"/>)
/// the first time it is read, then caches it. Rules are pure and profiles immutable, so the tree is the same whenever
/// and on whichever thread it is read, and its outcome always equals <see cref="Verdict"/>. A classification created
/// that way keeps a reference to the classified profile.
/// </remarks>
public sealed class Classification
{
    private readonly OrganisationProfile? profile;
    private Evaluation? evaluation;

    /// <summary>Creates a classification.</summary>
    /// <param name="definition">The definition applied.</param>
    /// <param name="evaluation">Its evaluation; must belong to <paramref name="definition"/>.</param>
    /// <param name="selfIdentification">The organisation's self-identification.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evaluation"/> is not an evaluation of <paramref name="definition"/>.</exception>
    public Classification(Definition definition, Evaluation evaluation, Fact<SelfIdentification> selfIdentification)
    {
        Definition = Guard.Against.Null(definition);
        this.evaluation = Guard.Against.Null(evaluation);
        Guard.Against.Unsatisfied(
            string.Equals(evaluation.RuleId, definition.Id, StringComparison.Ordinal),
            $"The evaluation is of '{evaluation.RuleId}', not of '{definition.Id}'.",
            nameof(evaluation));
        Verdict = evaluation.Outcome;
        SelfIdentification = selfIdentification;
    }

    /// <summary>Creates a classification whose verdict is decided now and whose evaluation tree is built on first read.</summary>
    /// <param name="definition">The definition applied (trusted).</param>
    /// <param name="profile">The classified profile (trusted, not null).</param>
    internal Classification(Definition definition, OrganisationProfile profile)
    {
        Definition = definition;
        this.profile = profile;
        Verdict = definition.Rule.DecideCore(profile);
        SelfIdentification = profile.SelfIdentification;
    }

    /// <summary>Gets the definition applied.</summary>
    public Definition Definition { get; }

    /// <summary>Gets the verdict: yes = meets, no = does not meet, unknown = undetermined.</summary>
    public Truth Verdict { get; }

    /// <summary>Gets the explained evaluation; <see cref="Evaluation.Parts"/> holds one evaluation per criterion.</summary>
    /// <remarks>Built on first read when the classification came from <see cref="Definition.Classify"/>, then cached;
    /// concurrent first reads may build it twice but all callers see one instance. Its outcome equals <see cref="Verdict"/>.</remarks>
    public Evaluation Evaluation
    {
        get
        {
            var current = Volatile.Read(ref evaluation);
            if (current is not null)
            {
                return current;
            }
            var built = Definition.Rule.EvaluateCore(profile!);
            return Interlocked.CompareExchange(ref evaluation, built, null) ?? built;
        }
    }

    /// <summary>Gets the organisation's self-identification, reported beside the verdict.</summary>
    public Fact<SelfIdentification> SelfIdentification { get; }

    /// <summary>
    /// Gets whether the verdict and the self-identification point in different directions: the definition is met but
    /// the organisation rejects the label, or it is not met although the organisation identifies as an MO.
    /// </summary>
    /// <remarks>Unknown when the verdict is undetermined or the self-identification is unknown.</remarks>
    public Truth DiffersFromSelfIdentification
    {
        get
        {
            if (Verdict.IsUnknown || SelfIdentification.IsUnknown)
            {
                return Truth.Unknown;
            }
            bool identifies = SelfIdentification.Value == Definitions.SelfIdentification.Identifies;
            return Truth.FromBoolean(Verdict.IsYes != identifies);
        }
    }

    /// <summary>Returns <c>definition: verdict</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Definition.Id}: {Verdict}";
}
