using System;
using NodaTime;

namespace MoDomain.Cli.Report.Charts;

/// <summary>One step of a <see cref="TimelineChart"/>: on a date the subject moved to a level, with a label saying what happened.</summary>
public sealed class TimelineStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="date">When the step happened.</param>
    /// <param name="level">The index of the level reached (into the chart's levels).</param>
    /// <param name="label">What happened.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative.</exception>
    public TimelineStep(LocalDate date, int level, string label)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        Date = date;
        Level = level;
        Label = ChartText.Required(label, nameof(label));
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the level index.</summary>
    public int Level { get; }

    /// <summary>Gets the label.</summary>
    public string Label { get; }
}
