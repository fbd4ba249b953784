using MoDomain.Rules;

namespace MoDomain.Funding;

/// <summary>The result of one requirement of a policy.</summary>
public sealed class RequirementResult
{
    internal RequirementResult(FundingRequirement requirement, Evaluation evaluation)
    {
        Requirement = requirement;
        Evaluation = evaluation;
    }

    /// <summary>Gets the requirement.</summary>
    public FundingRequirement Requirement { get; }

    /// <summary>Gets the evaluation (explanation, facts read, missing facts).</summary>
    public Evaluation Evaluation { get; }

    /// <summary>Gets the outcome.</summary>
    public Truth Outcome => Evaluation.Outcome;
}
