using System.Collections.Generic;
using System.Collections.Immutable;

namespace MoDomain.Cli.Report.Charts;

/// <summary>A labelled group of bars in a <see cref="BarChart"/>.</summary>
public sealed class BarGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="label">The group label.</param>
    /// <param name="bars">The bars, top to bottom.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">The label is blank, a bar is null or there are no bars.</exception>
    public BarGroup(string label, IEnumerable<Bar> bars)
    {
        Label = ChartText.Required(label, nameof(label));
        Bars = ChartText.List(bars, nameof(bars));
        if (Bars.IsEmpty)
        {
            throw new System.ArgumentException("A bar group needs at least one bar.", nameof(bars));
        }
    }

    /// <summary>Gets the label.</summary>
    public string Label { get; }

    /// <summary>Gets the bars.</summary>
    public ImmutableArray<Bar> Bars { get; }
}
