using System;
using MoDomain.Internal;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Cooperation;

/// <summary>When a cooperation took place: a single date (typical for events) or a date interval.</summary>
/// <remarks>Immutable value. A single date is the interval of one day, but <see cref="IsSingleDate"/> keeps which of
/// the two was recorded, so JSON round-trips keep the shape.</remarks>
public sealed class CooperationPeriod : IEquatable<CooperationPeriod>
{
    private CooperationPeriod(DateInterval interval, bool isSingleDate)
    {
        Interval = interval;
        IsSingleDate = isSingleDate;
    }

    /// <summary>Gets the interval (one day for a single date).</summary>
    public DateInterval Interval { get; }

    /// <summary>Gets whether a single date was recorded.</summary>
    public bool IsSingleDate { get; }

    /// <summary>Gets the first day.</summary>
    public LocalDate Start => Interval.Start;

    /// <summary>Gets the last day (inclusive).</summary>
    public LocalDate End => Interval.End;

    /// <summary>Creates a single-date period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period.</returns>
    public static CooperationPeriod On(LocalDate date) => new(new DateInterval(date, date), isSingleDate: true);

    /// <summary>Creates a period from an interval.</summary>
    /// <param name="interval">The interval (inclusive end).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public static CooperationPeriod During(DateInterval interval) => new(Guard.Against.Null(interval), isSingleDate: false);

    /// <summary>Creates a period from its first and last day.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> lies before <paramref name="start"/> or the calendars differ.</exception>
    public static CooperationPeriod Between(LocalDate start, LocalDate end)
    {
        Guard.Against.Unsatisfied(end >= start, $"The end {LocalDatePattern.Iso.Format(end)} lies before the start {LocalDatePattern.Iso.Format(start)}.", nameof(end));
        return new(new DateInterval(start, end), isSingleDate: false);
    }

    /// <inheritdoc />
    public bool Equals(CooperationPeriod? other) => other is not null && IsSingleDate == other.IsSingleDate && Interval.Equals(other.Interval);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CooperationPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Interval, IsSingleDate);

    /// <inheritdoc />
    public override string ToString() => IsSingleDate
        ? LocalDatePattern.Iso.Format(Start)
        : LocalDatePattern.Iso.Format(Start) + "/" + LocalDatePattern.Iso.Format(End);

    /// <summary>Value equality, the same as <see cref="Equals(CooperationPeriod?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(CooperationPeriod? left, CooperationPeriod? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(CooperationPeriod? left, CooperationPeriod? right) => !(left == right);
}
