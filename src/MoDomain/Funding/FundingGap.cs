using System.Collections.Immutable;
using System.Linq;
using MoDomain.Rules;

namespace MoDomain.Funding;

/// <summary>The result of <see cref="FundingGapAnalysis"/>: the highest rung met, the next rung up and what blocks it.</summary>
public sealed class FundingGap
{
    internal FundingGap(FundingSubject subject, FundingLadder ladder, ImmutableArray<Truth> rungOutcomes, int highest, EligibilityResult? next, ImmutableArray<BlockingRequirement> blocking)
    {
        Subject = subject;
        Ladder = ladder;
        RungOutcomes = rungOutcomes;
        HighestRungMet = highest >= 0 ? ladder.Rungs[highest] : null;
        NextRung = highest + 1 < ladder.Rungs.Length ? ladder.Rungs[highest + 1] : null;
        NextRungResult = next;
        Blocking = blocking;
    }

    /// <summary>Gets the subject.</summary>
    public FundingSubject Subject { get; }

    /// <summary>Gets the ladder.</summary>
    public FundingLadder Ladder { get; }

    /// <summary>Gets the outcome of each rung's policy, lowest first (open rungs are yes).</summary>
    public ImmutableArray<Truth> RungOutcomes { get; }

    /// <summary>Gets the highest rung whose policy the organisation meets, or <see langword="null"/> for none.</summary>
    public FundingRung? HighestRungMet { get; }

    /// <summary>Gets the rung above <see cref="HighestRungMet"/> (the lowest rung when none is met), or <see langword="null"/>
    /// at the top.</summary>
    public FundingRung? NextRung { get; }

    /// <summary>Gets the evaluation of the next rung's policy, or <see langword="null"/> at the top.</summary>
    public EligibilityResult? NextRungResult { get; }

    /// <summary>Gets the requirements of the next rung that are not met.</summary>
    public ImmutableArray<BlockingRequirement> Blocking { get; }

    /// <summary>Returns the ladder id, the highest rung met and the next rung with its blocking requirements, e.g.
    /// <c>standard: highest met project-funding, next institutional-funding (blocked by paid-structures)</c>.</summary>
    /// <returns>The text (ids, invariant).</returns>
    public override string ToString()
    {
        string text = $"{Ladder.Id}: highest met {HighestRungMet?.ToString() ?? "none"}, next {NextRung?.ToString() ?? "none"}";
        return Blocking.IsEmpty ? text : $"{text} (blocked by {string.Join(", ", Blocking.Select(static b => b.Requirement.Id))})";
    }
}
