using System;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Definitions;

/// <summary>
/// The result of classifying one profile under one definition: the verdict, the explained evaluation with one part
/// per criterion, and the organisation's self-identification reported beside (never folded into) the verdict.
/// </summary>
public sealed class Classification
{
    /// <summary>Creates a classification.</summary>
    /// <param name="definition">The definition applied.</param>
    /// <param name="evaluation">Its evaluation; must belong to <paramref name="definition"/>.</param>
    /// <param name="selfIdentification">The organisation's self-identification.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evaluation"/> is not an evaluation of <paramref name="definition"/>.</exception>
    public Classification(Definition definition, Evaluation evaluation, Fact<SelfIdentification> selfIdentification)
    {
        Definition = Preconditions.CheckNotNull(definition);
        Evaluation = Preconditions.CheckNotNull(evaluation);
        Preconditions.CheckArgument(
            string.Equals(evaluation.RuleId, definition.Id, StringComparison.Ordinal),
            $"The evaluation is of '{evaluation.RuleId}', not of '{definition.Id}'.",
            nameof(evaluation));
        SelfIdentification = selfIdentification;
    }

    /// <summary>Gets the definition applied.</summary>
    public Definition Definition { get; }

    /// <summary>Gets the verdict: yes = meets, no = does not meet, unknown = undetermined.</summary>
    public Truth Verdict => Evaluation.Outcome;

    /// <summary>Gets the explained evaluation; <see cref="Evaluation.Parts"/> holds one evaluation per criterion.</summary>
    public Evaluation Evaluation { get; }

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
