using System.Threading;
using MoDomain.Rules;

namespace MoDomain.Funding;

/// <summary>The result of one requirement of a policy.</summary>
/// <remarks>The outcome is decided when the policy is evaluated; the evaluation tree (explanation, facts read, missing
/// facts) is built on first access of <see cref="Evaluation"/> and then cached. Rules are pure, so it is the same whenever
/// and on whichever thread it is read.</remarks>
public sealed class RequirementResult
{
    private readonly FundingSubject subject;
    private Evaluation? evaluation;

    // Trusted: outcome is the requirement's rule decided for subject (DecideCore agrees with EvaluateCore).
    internal RequirementResult(FundingRequirement requirement, FundingSubject subject, Truth outcome)
    {
        Requirement = requirement;
        this.subject = subject;
        Outcome = outcome;
    }

    /// <summary>Gets the requirement.</summary>
    public FundingRequirement Requirement { get; }

    /// <summary>Gets the evaluation (explanation, facts read, missing facts).</summary>
    public Evaluation Evaluation
    {
        get
        {
            var current = Volatile.Read(ref evaluation);
            if (current is not null)
            {
                return current;
            }
            var built = Requirement.Rule.EvaluateCore(subject);
            return Interlocked.CompareExchange(ref evaluation, built, null) ?? built;
        }
    }

    /// <summary>Gets the outcome.</summary>
    public Truth Outcome { get; }

    /// <summary>Returns the requirement id and the outcome id, e.g. <c>paid-structures: no</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Requirement.Id}: {Outcome}";
}
