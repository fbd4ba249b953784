using System.Collections.Immutable;
using System.Linq;
using MoDomain.Rules;

namespace MoDomain.Funding;

/// <summary>The result of evaluating a <see cref="FundingPolicy"/>: outcome, per-requirement results and missing facts.</summary>
public sealed class EligibilityResult
{
    internal EligibilityResult(FundingPolicy policy, FundingSubject subject, Evaluation evaluation)
    {
        Policy = policy;
        Subject = subject;
        Evaluation = evaluation;
        Requirements = [.. policy.Requirements.Select((r, i) => new RequirementResult(r, evaluation.Parts[i]))];
        if (policy.Requirements.FirstOrDefault(r => r.Kind == FundingRequirementKind.YouthWelfareRecognition) is { } youth)
        {
            YouthWelfareStatus = YouthWelfareRules.For(youth.SubdivisionsRecognisedByLaw).Status(subject); // verdict-only path: no trees
        }
    }

    /// <summary>Gets the policy.</summary>
    public FundingPolicy Policy { get; }

    /// <summary>Gets the subject.</summary>
    public FundingSubject Subject { get; }

    /// <summary>Gets the outcome: yes = eligible, no = not eligible, unknown = undetermined.</summary>
    public Truth Outcome => Evaluation.Outcome;

    /// <summary>Gets the outcome id: <c>eligible</c>, <c>not-eligible</c> or <c>undetermined</c>.</summary>
    public string OutcomeId => Outcome.IsYes ? "eligible" : Outcome.IsNo ? "not-eligible" : "undetermined";

    /// <summary>Gets the evaluation tree (root = policy, parts = requirements).</summary>
    public Evaluation Evaluation { get; }

    /// <summary>Gets the per-requirement results, in the policy's order.</summary>
    public ImmutableArray<RequirementResult> Requirements { get; }

    /// <summary>Gets the requirements that fail.</summary>
    public ImmutableArray<RequirementResult> Failing => [.. Requirements.Where(r => r.Outcome.IsNo)];

    /// <summary>Gets the requirements that are undetermined.</summary>
    public ImmutableArray<RequirementResult> Undetermined => [.. Requirements.Where(r => r.Outcome.IsUnknown)];

    /// <summary>Gets the ids of the facts that would decide an undetermined outcome.</summary>
    public ImmutableArray<string> MissingFacts => Evaluation.MissingFacts;

    /// <summary>Gets the five-valued § 75 SGB VIII status when the policy has a <c>youth-welfare-recognition</c> requirement;
    /// otherwise <see langword="null"/>.</summary>
    public RecognitionStatus? YouthWelfareStatus { get; }
}
