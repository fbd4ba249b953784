using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Funding;

/// <summary>A requirement of the next rung's policy that is not met (failing or undetermined).</summary>
public sealed class BlockingRequirement
{
    internal BlockingRequirement(RequirementResult result, LocalDate? firstDateMet)
    {
        Result = result;
        FirstDateMet = firstDateMet;
    }

    /// <summary>Gets the requirement's result.</summary>
    public RequirementResult Result { get; }

    /// <summary>Gets the requirement.</summary>
    public FundingRequirement Requirement => Result.Requirement;

    /// <summary>Gets the outcome (no or unknown).</summary>
    public Truth Outcome => Result.Outcome;

    /// <summary>Gets, for a time-based requirement, the first date on which it will be met if the other facts stay as they
    /// are: met on that date, not met the day before. <see langword="null"/> when no such date follows from the facts.</summary>
    public LocalDate? FirstDateMet { get; }

    /// <summary>Returns the requirement id, the outcome and the first date it is met, if any, e.g.
    /// <c>trust-building: no, met from 2027-03-01</c>.</summary>
    /// <returns>The text (ids and ISO dates).</returns>
    public override string ToString() => FirstDateMet is { } date
        ? $"{Requirement.Id}: {Outcome}, met from {NodaTime.Text.LocalDatePattern.Iso.Format(date)}"
        : $"{Requirement.Id}: {Outcome}";
}
