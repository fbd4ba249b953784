using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace MoDomain.Cli.Report.Charts;

/// <summary>
/// A 2 × 2 chart: two columns (one axis) by two rows (the other axis), each cell listing its items. Used for
/// Preißler's objectives matrix (inward/outward × explicit/implicit).
/// </summary>
public sealed class QuadrantChart
{
    private const double Left = 130;
    private const double Top = 56;
    private const double CellWidth = 330;
    private const double LineHeight = 16;
    private const int WrapChars = 46;

    /// <summary>Creates a chart.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="description">The text alternative.</param>
    /// <param name="columnAxis">The name of the column axis.</param>
    /// <param name="columnLabels">The two column labels, left to right.</param>
    /// <param name="rowAxis">The name of the row axis.</param>
    /// <param name="rowLabels">The two row labels, top to bottom.</param>
    /// <param name="cells">The four cells in row-major order (top left, top right, bottom left, bottom right).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or there are not exactly two labels per axis and four cells.</exception>
    public QuadrantChart(string title, string description, string columnAxis, IEnumerable<string> columnLabels, string rowAxis, IEnumerable<string> rowLabels, IEnumerable<QuadrantCell> cells)
    {
        Title = ChartText.Required(title, nameof(title));
        Description = ChartText.Required(description, nameof(description));
        ColumnAxis = ChartText.Required(columnAxis, nameof(columnAxis));
        RowAxis = ChartText.Required(rowAxis, nameof(rowAxis));
        ColumnLabels = ChartText.List(columnLabels, nameof(columnLabels));
        RowLabels = ChartText.List(rowLabels, nameof(rowLabels));
        Cells = ChartText.List(cells, nameof(cells));
        if (ColumnLabels.Length != 2 || RowLabels.Length != 2)
        {
            throw new ArgumentException("A quadrant chart has exactly two column labels and two row labels.", ColumnLabels.Length != 2 ? nameof(columnLabels) : nameof(rowLabels));
        }
        if (Cells.Length != 4)
        {
            throw new ArgumentException("A quadrant chart has exactly four cells.", nameof(cells));
        }
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the text alternative.</summary>
    public string Description { get; }

    /// <summary>Gets the column axis name.</summary>
    public string ColumnAxis { get; }

    /// <summary>Gets the two column labels.</summary>
    public ImmutableArray<string> ColumnLabels { get; }

    /// <summary>Gets the row axis name.</summary>
    public string RowAxis { get; }

    /// <summary>Gets the two row labels.</summary>
    public ImmutableArray<string> RowLabels { get; }

    /// <summary>Gets the four cells in row-major order.</summary>
    public ImmutableArray<QuadrantCell> Cells { get; }

    /// <summary>Writes the chart figure (SVG, caption and data table).</summary>
    /// <param name="writer">The report writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void Write(ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var lines = Cells.Select(CellLines).ToArray();
        double[] rowHeights =
        [
            Math.Max(lines[0].Count, lines[1].Count) * LineHeight + 28,
            Math.Max(lines[2].Count, lines[3].Count) * LineHeight + 28,
        ];
        double width = Left + (2 * CellWidth) + 10;
        double height = Top + rowHeights[0] + rowHeights[1] + 10;
        SvgFigure.Write(writer, Title, Description, width, height, "quadrant", w =>
        {
            string hatch = w.NextId("hatch");
            w.StartSvg("defs");
            w.StartSvg("pattern", ("id", hatch), ("width", "8"), ("height", "8"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)"));
            w.SvgElement("rect", null, ("width", "8"), ("height", "8"), ("fill", "#eef3fb"));
            w.SvgElement("line", null, ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "8"), ("stroke", "#c5d3ea"), ("stroke-width", "3"));
            w.End();
            w.End();
            w.SvgElement("text", ColumnAxis, ("x", ReportWriter.N(Left + CellWidth)), ("y", "16"), ("text-anchor", "middle"), ("font-weight", "bold"));
            for (int c = 0; c < 2; c++)
            {
                w.SvgElement("text", ColumnLabels[c], ("x", ReportWriter.N(Left + (c * CellWidth) + (CellWidth / 2))), ("y", "40"), ("text-anchor", "middle"));
            }
            double y = Top;
            for (int r = 0; r < 2; r++)
            {
                SvgFigure.Lines(w, 6, y + 20, [.. ChartText.Wrap(RowLabels[r], 17)], LineHeight);
                for (int c = 0; c < 2; c++)
                {
                    int i = (r * 2) + c;
                    QuadrantCell cell = Cells[i];
                    double x = Left + (c * CellWidth);
                    bool emphasised = cell.Emphasis is not null;
                    w.SvgElement("rect", null,
                        ("x", ReportWriter.N(x + 2)), ("y", ReportWriter.N(y + 2)),
                        ("width", ReportWriter.N(CellWidth - 4)), ("height", ReportWriter.N(rowHeights[r] - 4)),
                        ("fill", emphasised ? "url(#" + hatch + ")" : "#f7f7f7"),
                        ("stroke", "#222222"), ("stroke-width", emphasised ? "3" : "1"));
                    SvgFigure.Lines(w, x + 12, y + 22, lines[i], LineHeight);
                }
                y += rowHeights[r];
            }
        }, WriteTable);
    }

    private List<string> CellLines(QuadrantCell cell)
    {
        var lines = new List<string>();
        lines.AddRange(ChartText.Wrap(cell.Heading + (cell.Emphasis is null ? string.Empty : " [" + cell.Emphasis + "]"), WrapChars));
        lines.AddRange(ChartText.Wrap(cell.Summary, WrapChars));
        foreach (string item in cell.Items)
        {
            var wrapped = ChartText.Wrap(item, WrapChars - 2);
            for (int i = 0; i < wrapped.Length; i++)
            {
                lines.Add((i == 0 ? "• " : "  ") + wrapped[i]);
            }
        }
        return lines;
    }

    private void WriteTable(ReportWriter w)
    {
        w.Start("table", ("class", "data"));
        w.Start("thead");
        w.Start("tr");
        w.Element("th", RowAxis + " \\ " + ColumnAxis, ("scope", "col"));
        foreach (string label in ColumnLabels)
        {
            w.Element("th", label, ("scope", "col"));
        }
        w.End();
        w.End();
        w.Start("tbody");
        for (int r = 0; r < 2; r++)
        {
            w.Start("tr");
            w.Element("th", RowLabels[r], ("scope", "row"));
            for (int c = 0; c < 2; c++)
            {
                QuadrantCell cell = Cells[(r * 2) + c];
                w.Start("td");
                w.Start("p");
                w.Text(cell.Summary);
                if (cell.Emphasis is not null)
                {
                    w.Text(" ");
                    w.Element("strong", "[" + cell.Emphasis + "]");
                }
                w.End();
                if (!cell.Items.IsEmpty)
                {
                    w.Start("ul");
                    foreach (string item in cell.Items)
                    {
                        w.Element("li", item);
                    }
                    w.End();
                }
                w.End();
            }
            w.End();
        }
        w.End();
        w.End();
    }
}
