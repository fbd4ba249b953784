using System;
using MoDomain.Internal;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Cooperation;

/// <summary>
/// What an authority reports about observation of an organisation by the Verfassungsschutz (office for the protection
/// of the constitution), with source and date (Kita-Einstieg 2018, DOMAIN.md §5.5).
/// </summary>
/// <remarks>Immutable. The library records what a named source reports; it never infers it from anything else.</remarks>
public sealed class ObservationReport : IEquatable<ObservationReport>
{
    /// <summary>Initializes a report.</summary>
    /// <param name="observed">Whether the source reports the organisation as observed.</param>
    /// <param name="source">The source (e.g. a Verfassungsschutz report with its year, or an authority's written answer).</param>
    /// <param name="date">The date of the source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank.</exception>
    public ObservationReport(bool observed, string source, LocalDate date)
    {
        Observed = observed;
        Source = Guard.Against.Blank(source);
        Date = date;
    }

    /// <summary>Gets whether the source reports observation.</summary>
    public bool Observed { get; }

    /// <summary>Gets the source.</summary>
    public string Source { get; }

    /// <summary>Gets the date of the source.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc />
    public bool Equals(ObservationReport? other) =>
        other is not null && Observed == other.Observed && string.Equals(Source, other.Source, StringComparison.Ordinal) && Date == other.Date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObservationReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Observed, StringComparer.Ordinal.GetHashCode(Source), Date);

    /// <inheritdoc />
    public override string ToString() => $"{(Observed ? "observed" : "not observed")} ({Source}, {LocalDatePattern.Iso.Format(Date)})";

    /// <summary>Value equality, the same as <see cref="Equals(ObservationReport?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ObservationReport? left, ObservationReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(ObservationReport? left, ObservationReport? right) => !(left == right);
}
