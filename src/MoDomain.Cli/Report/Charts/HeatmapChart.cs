using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace MoDomain.Cli.Report.Charts;

/// <summary>
/// A grid of counts (rows × columns) shaded by value, with every count written in its cell and row/column totals in
/// the data table, so the shading is only a redundant cue. Used for the 4 × 3 function × perspective matrix.
/// </summary>
public sealed class HeatmapChart
{
    private const double Left = 210;
    private const double Top = 64;
    private const double CellWidth = 150;
    private const double CellHeight = 44;

    /// <summary>Creates a chart.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="description">The text alternative.</param>
    /// <param name="cornerLabel">The label of the row-header column (e.g. "Function \ perspective").</param>
    /// <param name="totalLabel">The word for the totals ("Total").</param>
    /// <param name="rowLabels">The row labels.</param>
    /// <param name="columnLabels">The column labels.</param>
    /// <param name="values">One array of non-negative counts per row, each with one value per column.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, there are no rows or columns, a row has the wrong length or a count is negative.</exception>
    public HeatmapChart(string title, string description, string cornerLabel, string totalLabel, IEnumerable<string> rowLabels, IEnumerable<string> columnLabels, IEnumerable<IEnumerable<int>> values)
    {
        Title = ChartText.Required(title, nameof(title));
        Description = ChartText.Required(description, nameof(description));
        CornerLabel = ChartText.Required(cornerLabel, nameof(cornerLabel));
        TotalLabel = ChartText.Required(totalLabel, nameof(totalLabel));
        RowLabels = ChartText.List(rowLabels, nameof(rowLabels));
        ColumnLabels = ChartText.List(columnLabels, nameof(columnLabels));
        ArgumentNullException.ThrowIfNull(values);
        Values = [.. values.Select(row => ChartText.List(row, nameof(values)))];
        if (RowLabels.IsEmpty || ColumnLabels.IsEmpty)
        {
            throw new ArgumentException("A heatmap needs at least one row and one column.", RowLabels.IsEmpty ? nameof(rowLabels) : nameof(columnLabels));
        }
        if (Values.Length != RowLabels.Length || Values.Any(r => r.Length != ColumnLabels.Length))
        {
            throw new ArgumentException("There must be one row of values per row label, each with one value per column label.", nameof(values));
        }
        if (Values.Any(r => r.Any(v => v < 0)))
        {
            throw new ArgumentException("Counts must not be negative.", nameof(values));
        }
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the text alternative.</summary>
    public string Description { get; }

    /// <summary>Gets the label of the row-header column.</summary>
    public string CornerLabel { get; }

    /// <summary>Gets the word for totals.</summary>
    public string TotalLabel { get; }

    /// <summary>Gets the row labels.</summary>
    public ImmutableArray<string> RowLabels { get; }

    /// <summary>Gets the column labels.</summary>
    public ImmutableArray<string> ColumnLabels { get; }

    /// <summary>Gets the counts, one array per row.</summary>
    public ImmutableArray<ImmutableArray<int>> Values { get; }

    /// <summary>Gets the largest count (0 when all are 0).</summary>
    public int Max => Values.SelectMany(r => r).DefaultIfEmpty(0).Max();

    /// <summary>Gets the fill colour for a count: white for 0, darker blue for larger counts (relative to <see cref="Max"/>).</summary>
    /// <param name="value">The count.</param>
    /// <returns>A <c>#rrggbb</c> colour.</returns>
    public string FillFor(int value)
    {
        int max = Max;
        double t = max == 0 ? 0 : (double)value / max;
        // From #ffffff (0) to #1f4e9c (max), linearly per channel.
        int r = (int)Math.Round(255 + ((0x1f - 255) * t));
        int g = (int)Math.Round(255 + ((0x4e - 255) * t));
        int b = (int)Math.Round(255 + ((0x9c - 255) * t));
        return string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}");
    }

    /// <summary>Writes the chart figure (SVG, caption and data table).</summary>
    /// <param name="writer">The report writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void Write(ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        double width = Left + (ColumnLabels.Length * CellWidth) + 10;
        double height = Top + (RowLabels.Length * CellHeight) + 10;
        int max = Max;
        SvgFigure.Write(writer, Title, Description, width, height, "heatmap", w =>
        {
            for (int c = 0; c < ColumnLabels.Length; c++)
            {
                SvgFigure.Lines(w, Left + (c * CellWidth) + (CellWidth / 2), 20, [.. ChartText.Wrap(ColumnLabels[c], 22)], 15, ("text-anchor", "middle"), ("font-weight", "bold"));
            }
            for (int r = 0; r < RowLabels.Length; r++)
            {
                double y = Top + (r * CellHeight);
                var label = ChartText.Wrap(RowLabels[r], 30);
                SvgFigure.Lines(w, 6, y + (CellHeight / 2) + 4 - ((label.Length - 1) * 7.5), [.. label], 15, ("font-weight", "bold"));
                for (int c = 0; c < ColumnLabels.Length; c++)
                {
                    int v = Values[r][c];
                    double x = Left + (c * CellWidth);
                    w.SvgElement("rect", null,
                        ("x", ReportWriter.N(x)), ("y", ReportWriter.N(y)),
                        ("width", ReportWriter.N(CellWidth)), ("height", ReportWriter.N(CellHeight)),
                        ("fill", FillFor(v)), ("stroke", "#333333"), ("stroke-width", "1"));
                    bool dark = max > 0 && v * 2 > max;
                    w.SvgElement("text", v.ToString(CultureInfo.InvariantCulture),
                        ("x", ReportWriter.N(x + (CellWidth / 2))), ("y", ReportWriter.N(y + (CellHeight / 2) + 6)),
                        ("text-anchor", "middle"), ("font-size", "18"), ("font-weight", "bold"),
                        ("fill", dark ? "#ffffff" : "#111111"));
                }
            }
        }, WriteTable);
    }

    private void WriteTable(ReportWriter w)
    {
        w.Start("table", ("class", "data numeric"));
        w.Start("thead");
        w.Start("tr");
        w.Element("th", CornerLabel, ("scope", "col"));
        foreach (string label in ColumnLabels)
        {
            w.Element("th", label, ("scope", "col"));
        }
        w.Element("th", TotalLabel, ("scope", "col"));
        w.End();
        w.End();
        w.Start("tbody");
        for (int r = 0; r < RowLabels.Length; r++)
        {
            w.Start("tr");
            w.Element("th", RowLabels[r], ("scope", "row"));
            foreach (int v in Values[r])
            {
                w.Element("td", v.ToString(CultureInfo.InvariantCulture));
            }
            w.Element("td", Values[r].Sum().ToString(CultureInfo.InvariantCulture));
            w.End();
        }
        w.Start("tr", ("class", "total"));
        w.Element("th", TotalLabel, ("scope", "row"));
        for (int c = 0; c < ColumnLabels.Length; c++)
        {
            w.Element("td", Values.Sum(r => r[c]).ToString(CultureInfo.InvariantCulture));
        }
        w.Element("td", Values.Sum(r => r.Sum()).ToString(CultureInfo.InvariantCulture));
        w.End();
        w.End();
        w.End();
    }
}
