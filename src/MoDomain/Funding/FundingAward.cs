using System;
using MoDomain.Internal;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Funding;

/// <summary>One funding award: a form, a funder, an optional amount and a period.</summary>
/// <remarks>
/// The period is a closed <see cref="DateInterval"/> (start and end day both in force), or open-ended (no end) for forms
/// the sources say are not time-limited (<see cref="FundingFormTraits.TimeLimited"/> is not yes), such as institutional
/// funding. An end before the start is rejected; a one-day award (end = start) is allowed.
/// </remarks>
public sealed class FundingAward : IEquatable<FundingAward>
{
    /// <summary>Initializes a new award.</summary>
    /// <param name="form">The funding form.</param>
    /// <param name="funder">The funder.</param>
    /// <param name="start">The first day in force.</param>
    /// <param name="end">The last day in force, or <see langword="null"/> for an open-ended award.</param>
    /// <param name="amount">The amount, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> or <paramref name="funder"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> lies before <paramref name="start"/>, or the award is open-ended
    /// but its form is time-limited.</exception>
    public FundingAward(FundingForm form, FunderKind funder, LocalDate start, LocalDate? end = null, FundingAmount? amount = null)
    {
        Form = Guard.Against.UndefinedValue(form);
        Funder = Guard.Against.UndefinedValue(funder);
        if (end is { } last && last < start)
        {
            throw new ArgumentException(
                $"The award ends on {LocalDatePattern.Iso.Format(last)}, before it starts on {LocalDatePattern.Iso.Format(start)}.", nameof(end));
        }
        Guard.Against.Unsatisfied(
            end is not null || !FundingVocabulary.TraitsOf(form).TimeLimited.IsYes,
            $"A '{FundingVocabulary.Forms.IdOf(form)}' award is time-limited and needs an end date.",
            nameof(end));
        Start = start;
        End = end;
        Amount = amount;
    }

    /// <summary>Gets the funding form.</summary>
    public FundingForm Form { get; }

    /// <summary>Gets the funder.</summary>
    public FunderKind Funder { get; }

    /// <summary>Gets the first day in force.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day in force, or <see langword="null"/> when open-ended.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the amount, or <see langword="null"/> when unknown.</summary>
    public FundingAmount? Amount { get; }

    /// <summary>Gets whether the award is open-ended.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>Gets the period, or <see langword="null"/> when open-ended.</summary>
    public DateInterval? Period => End is { } end ? new DateInterval(Start, end) : null;

    /// <summary>Returns whether the award is in force on a date (start ≤ date ≤ end).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool IsInForceOn(LocalDate date) => Start <= date && (End is not { } end || date <= end);

    /// <inheritdoc/>
    public bool Equals(FundingAward? other) =>
        other is not null && Form == other.Form && Funder == other.Funder && Start == other.Start && End == other.End && Equals(Amount, other.Amount);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FundingAward);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Form, Funder, Start, End, Amount);

    /// <summary>Returns a short invariant description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{FundingVocabulary.Forms.IdOf(Form)} from {FundingVocabulary.Funders.IdOf(Funder)} {LocalDatePattern.Iso.Format(Start)}..{(End is { } e ? LocalDatePattern.Iso.Format(e) : "open")}";
}
