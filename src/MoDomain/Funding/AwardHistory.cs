using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Funding;

/// <summary>An organisation's funding awards over time, with queries at a date.</summary>
/// <remarks>Awards may overlap. The history keeps them in a canonical order (start, end with open-ended last, form,
/// funder, amount), so every query gives the same answer whatever order the awards were given in.</remarks>
public sealed class AwardHistory : IEquatable<AwardHistory>
{
    /// <summary>Initializes a new history.</summary>
    /// <param name="awards">The awards, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="awards"/> or an element is null.</exception>
    public AwardHistory(IEnumerable<FundingAward> awards)
    {
        Guard.Against.NullElements(awards);
        var list = awards.ToList();
        list.Sort(Canonical);
        Awards = [.. list];
    }

    /// <summary>Gets an empty history.</summary>
    public static AwardHistory Empty { get; } = new([]);

    /// <summary>Gets the awards in canonical order.</summary>
    public ImmutableArray<FundingAward> Awards { get; }

    /// <summary>Returns the awards in force on a date, in canonical order.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The awards in force.</returns>
    public ImmutableArray<FundingAward> InForce(LocalDate date) => [.. Awards.Where(a => a.IsInForceOn(date))];

    /// <summary>Returns the highest rung of a ladder among the forms of the awards in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="ladder">The ladder; forms that are not on it are ignored.</param>
    /// <returns>The highest form held, or <see langword="null"/> when no award on the ladder is in force.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ladder"/> is null.</exception>
    public FundingForm? HighestRungHeld(LocalDate date, FundingLadder ladder)
    {
        Guard.Against.Null(ladder);
        int best = -1;
        foreach (var award in Awards)
        {
            if (award.IsInForceOn(date) && ladder.TryGetRank(award.Form, out int rank) && rank > best)
            {
                best = rank;
            }
        }
        return best < 0 ? null : ladder.Rungs[best].Form;
    }

    /// <summary>Returns whether the organisation depends only on time-limited funding on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see cref="Truth.No"/> when no award is in force or one is known not to be time-limited;
    /// <see cref="Truth.Yes"/> when every award in force is of a time-limited form; otherwise <see cref="Truth.Unknown"/>
    /// (a form whose time limit the sources leave open).</returns>
    public Truth DependsOnlyOnTimeLimited(LocalDate date)
    {
        bool any = false;
        var result = Truth.Yes;
        foreach (var award in Awards)
        {
            if (award.IsInForceOn(date))
            {
                any = true;
                // Open-ended awards are never time-limited, whatever the form's usual trait.
                result &= award.IsOpenEnded ? Truth.No : FundingVocabulary.TraitsOf(award.Form).TimeLimited;
            }
        }
        return any ? result : Truth.No;
    }

    /// <summary>Returns the total amount of the awards in force on a date, per currency.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The totals by ISO 4217 code, ordinal order; awards without an amount are not counted
    /// (see <see cref="CountWithoutAmount"/>).</returns>
    /// <remarks>The amount of an award is its whole amount, not prorated to the date.</remarks>
    public ImmutableSortedDictionary<string, decimal> TotalInForce(LocalDate date)
    {
        var totals = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var award in Awards)
        {
            if (award.IsInForceOn(date) && award.Amount is { } amount)
            {
                totals[amount.Currency] = totals.TryGetValue(amount.Currency, out var sum) ? sum + amount.Value : amount.Value;
            }
        }
        return totals.ToImmutable();
    }

    /// <summary>Returns how many awards in force on a date have no amount.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The count.</returns>
    public int CountWithoutAmount(LocalDate date) => Awards.Count(a => a.IsInForceOn(date) && a.Amount is null);

    /// <inheritdoc/>
    public bool Equals(AwardHistory? other) => other is not null && Awards.SequenceEqual(other.Awards);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AwardHistory);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var award in Awards)
        {
            hash.Add(award);
        }
        return hash.ToHashCode();
    }

    private static int Canonical(FundingAward a, FundingAward b)
    {
        int c = a.Start.CompareTo(b.Start);
        if (c != 0) { return c; }
        c = (a.End ?? LocalDate.MaxIsoValue).CompareTo(b.End ?? LocalDate.MaxIsoValue);
        if (c != 0) { return c; }
        c = a.IsOpenEnded.CompareTo(b.IsOpenEnded);
        if (c != 0) { return c; }
        c = a.Form.CompareTo(b.Form);
        if (c != 0) { return c; }
        c = a.Funder.CompareTo(b.Funder);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(a.Amount?.Currency, b.Amount?.Currency);
        return c != 0 ? c : Nullable.Compare(a.Amount?.Value, b.Amount?.Value);
    }
}
