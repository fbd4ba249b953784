using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using MoDomain.Rules;

namespace MoDomain.Funding;

/// <summary>The result of evaluating a <see cref="FundingPolicy"/>: outcome, per-requirement results and missing facts.</summary>
/// <remarks>The outcome and every requirement's outcome are decided when the policy is evaluated; the evaluation tree
/// (<see cref="Evaluation"/>, each requirement's <see cref="RequirementResult.Evaluation"/>, <see cref="MissingFacts"/>) is
/// built on first access and then cached. Rules are pure, so the tree is the same whenever and on whichever thread it is
/// read.</remarks>
public sealed class EligibilityResult
{
    private Evaluation? evaluation;

    internal EligibilityResult(FundingPolicy policy, FundingSubject subject)
    {
        Policy = policy;
        Subject = subject;
        var requirements = policy.Requirements;
        var results = new RequirementResult[requirements.Length];
        var outcome = Truth.Yes;
        RecognitionStatus? youthStatus = null;
        for (int i = 0; i < results.Length; i++)
        {
            var requirement = requirements[i];
            var partOutcome = requirement.Rule.DecideCore(subject);
            results[i] = new RequirementResult(requirement, subject, partOutcome);
            outcome &= partOutcome;
            if (youthStatus is null && requirement.Kind == FundingRequirementKind.YouthWelfareRecognition)
            {
                youthStatus = YouthWelfareRules.For(requirement.SubdivisionsRecognisedByLaw).Status(subject); // verdict-only path: no trees
            }
        }
        Requirements = ImmutableCollectionsMarshal.AsImmutableArray(results);
        Outcome = outcome;
        YouthWelfareStatus = youthStatus;
    }

    /// <summary>Gets the policy.</summary>
    public FundingPolicy Policy { get; }

    /// <summary>Gets the subject.</summary>
    public FundingSubject Subject { get; }

    /// <summary>Gets the outcome: yes = eligible, no = not eligible, unknown = undetermined. Switch on
    /// <c>Outcome.Value</c> (<see cref="TruthValue"/>); labels in <see cref="FundingVocabulary.EligibilityOutcomes"/>.</summary>
    public Truth Outcome { get; }

    /// <summary>Gets the outcome id in <see cref="FundingVocabulary.EligibilityOutcomes"/>: <c>eligible</c>, <c>not-eligible</c> or
    /// <c>undetermined</c> (the id written to JSON and CSV; branch on <see cref="Outcome"/> in code).</summary>
    public string OutcomeId => FundingVocabulary.EligibilityOutcomes.IdOf(Outcome.Value);

    /// <summary>Gets the evaluation tree (root = policy, parts = requirements).</summary>
    /// <remarks>Built on first access; its parts are the <see cref="RequirementResult.Evaluation"/> of <see cref="Requirements"/>.</remarks>
    public Evaluation Evaluation
    {
        get
        {
            var current = Volatile.Read(ref evaluation);
            if (current is not null)
            {
                return current;
            }
            var parts = new Evaluation[Requirements.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = Requirements[i].Evaluation;
            }
            var rule = Policy.Rule;
            var built = new Evaluation(rule.Id, rule.Label, rule.Source, Outcome, EvaluationKind.AllOf, ImmutableCollectionsMarshal.AsImmutableArray(parts), null);
            return Interlocked.CompareExchange(ref evaluation, built, null) ?? built;
        }
    }

    /// <summary>Gets the per-requirement results, in the policy's order.</summary>
    public ImmutableArray<RequirementResult> Requirements { get; }

    /// <summary>Gets the requirements that fail.</summary>
    public ImmutableArray<RequirementResult> Failing => [.. Requirements.Where(r => r.Outcome.IsNo)];

    /// <summary>Gets the requirements that are undetermined.</summary>
    public ImmutableArray<RequirementResult> Undetermined => [.. Requirements.Where(r => r.Outcome.IsUnknown)];

    /// <summary>Gets the ids of the facts that would decide an undetermined outcome.</summary>
    public ImmutableArray<string> MissingFacts => Outcome.IsUnknown ? Evaluation.MissingFacts : [];

    /// <summary>Gets the five-valued § 75 SGB VIII status when the policy has a <c>youth-welfare-recognition</c> requirement;
    /// otherwise <see langword="null"/>.</summary>
    public RecognitionStatus? YouthWelfareStatus { get; }

    /// <summary>Returns the policy id, the outcome id and the requirements that fail or are undetermined, e.g.
    /// <c>institutional-funding: not-eligible (failing: paid-structures; undetermined: trust-building)</c>.</summary>
    /// <returns>The text (ids, invariant).</returns>
    public override string ToString()
    {
        var failing = Failing;
        var undetermined = Undetermined;
        var details = new System.Collections.Generic.List<string>(2);
        if (!failing.IsEmpty)
        {
            details.Add("failing: " + string.Join(", ", failing.Select(static r => r.Requirement.Id)));
        }
        if (!undetermined.IsEmpty)
        {
            details.Add("undetermined: " + string.Join(", ", undetermined.Select(static r => r.Requirement.Id)));
        }
        return details.Count == 0 ? $"{Policy.Id}: {OutcomeId}" : $"{Policy.Id}: {OutcomeId} ({string.Join("; ", details)})";
    }
}
