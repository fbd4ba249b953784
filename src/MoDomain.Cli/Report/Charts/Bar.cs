using System;

namespace MoDomain.Cli.Report.Charts;

/// <summary>One bar of a <see cref="BarChart"/>: a label, a non-negative value and the value as written beside the bar.</summary>
public sealed class Bar
{
    /// <summary>Creates a bar.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The value (not negative).</param>
    /// <param name="valueText">The value as written beside the bar and in the table, e.g. <c>35 %</c>.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public Bar(string label, decimal value, string valueText)
    {
        Label = ChartText.Required(label, nameof(label));
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Value = value;
        ValueText = ChartText.Required(valueText, nameof(valueText));
    }

    /// <summary>Gets the label.</summary>
    public string Label { get; }

    /// <summary>Gets the value.</summary>
    public decimal Value { get; }

    /// <summary>Gets the value as written.</summary>
    public string ValueText { get; }
}
