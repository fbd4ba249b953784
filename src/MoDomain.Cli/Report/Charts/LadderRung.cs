using System;
using NodaTime;

namespace MoDomain.Cli.Report.Charts;

/// <summary>One rung of a <see cref="LadderChart"/>: a label, an optional note and an optional annotated date (e.g. "eligible from 2027-03-01").</summary>
public sealed class LadderRung
{
    /// <summary>Creates a rung.</summary>
    /// <param name="label">The rung label.</param>
    /// <param name="note">An optional note (e.g. what the rung needs).</param>
    /// <param name="date">An optional date annotated beside the rung.</param>
    /// <param name="dateLabel">What the date means (e.g. "eligible from"); required with <paramref name="date"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or a date is given without its label (or the reverse).</exception>
    public LadderRung(string label, string? note = null, LocalDate? date = null, string? dateLabel = null)
    {
        Label = ChartText.Required(label, nameof(label));
        Note = note is null ? null : ChartText.Required(note, nameof(note));
        if (date.HasValue != (dateLabel is not null))
        {
            throw new ArgumentException("A rung date needs its label and a label needs a date.", nameof(dateLabel));
        }
        Date = date;
        DateLabel = dateLabel is null ? null : ChartText.Required(dateLabel, nameof(dateLabel));
    }

    /// <summary>Gets the label.</summary>
    public string Label { get; }

    /// <summary>Gets the note, or null.</summary>
    public string? Note { get; }

    /// <summary>Gets the annotated date, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets what the date means, or null.</summary>
    public string? DateLabel { get; }

    /// <summary>Gets the annotation as written: <c>label yyyy-MM-dd</c>, or null without a date.</summary>
    public string? DateText => Date is { } d ? DateLabel + " " + ChartDates.Format(d) : null;
}
