using System.Collections.Generic;
using System.Collections.Immutable;

namespace MoDomain.Cli.Report.Charts;

/// <summary>One cell of a <see cref="QuadrantChart"/>: a heading, the items listed in it, a summary line and an optional emphasis.</summary>
public sealed class QuadrantCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="heading">The cell heading.</param>
    /// <param name="items">The items listed in the cell (may be empty).</param>
    /// <param name="summary">A summary line, e.g. a count and share.</param>
    /// <param name="emphasis">When not null, the cell is emphasised (thick border, hatching) and this word is written into it, so emphasis never rests on colour alone.</param>
    /// <exception cref="System.ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="System.ArgumentException">A text is blank or an item null.</exception>
    public QuadrantCell(string heading, IEnumerable<string> items, string summary, string? emphasis = null)
    {
        Heading = ChartText.Required(heading, nameof(heading));
        Items = ChartText.List(items, nameof(items));
        Summary = ChartText.Required(summary, nameof(summary));
        Emphasis = emphasis is null ? null : ChartText.Required(emphasis, nameof(emphasis));
    }

    /// <summary>Gets the heading.</summary>
    public string Heading { get; }

    /// <summary>Gets the items listed in the cell.</summary>
    public ImmutableArray<string> Items { get; }

    /// <summary>Gets the summary line.</summary>
    public string Summary { get; }

    /// <summary>Gets the emphasis word, or null when the cell is not emphasised.</summary>
    public string? Emphasis { get; }
}
