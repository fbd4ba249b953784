using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace MoDomain.Cli.Report.Charts;

/// <summary>A horizontal bar chart in labelled groups, every bar with its value written beside it.</summary>
public sealed class BarChart
{
    private const double Left = 260;
    private const double BarArea = 420;
    private const double BarHeight = 20;
    private const double GroupGap = 30;

    /// <summary>Creates a chart.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="description">The text alternative.</param>
    /// <param name="groupHeader">The table header of the group column.</param>
    /// <param name="labelHeader">The table header of the bar label column.</param>
    /// <param name="valueHeader">The table header of the value column.</param>
    /// <param name="groups">The groups.</param>
    /// <param name="scaleMax">The value of a full-length bar (e.g. 100 for percentages); at least the largest value.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, there are no groups, or <paramref name="scaleMax"/> is not positive or below a value.</exception>
    public BarChart(string title, string description, string groupHeader, string labelHeader, string valueHeader, IEnumerable<BarGroup> groups, decimal scaleMax)
    {
        Title = ChartText.Required(title, nameof(title));
        Description = ChartText.Required(description, nameof(description));
        GroupHeader = ChartText.Required(groupHeader, nameof(groupHeader));
        LabelHeader = ChartText.Required(labelHeader, nameof(labelHeader));
        ValueHeader = ChartText.Required(valueHeader, nameof(valueHeader));
        Groups = ChartText.List(groups, nameof(groups));
        if (Groups.IsEmpty)
        {
            throw new ArgumentException("A bar chart needs at least one group.", nameof(groups));
        }
        if (scaleMax <= 0 || Groups.Any(g => g.Bars.Any(b => b.Value > scaleMax)))
        {
            throw new ArgumentException("The scale maximum must be positive and at least the largest value.", nameof(scaleMax));
        }
        ScaleMax = scaleMax;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the text alternative.</summary>
    public string Description { get; }

    /// <summary>Gets the table header of the group column.</summary>
    public string GroupHeader { get; }

    /// <summary>Gets the table header of the bar label column.</summary>
    public string LabelHeader { get; }

    /// <summary>Gets the table header of the value column.</summary>
    public string ValueHeader { get; }

    /// <summary>Gets the groups.</summary>
    public ImmutableArray<BarGroup> Groups { get; }

    /// <summary>Gets the value of a full-length bar.</summary>
    public decimal ScaleMax { get; }

    /// <summary>Writes the chart figure (SVG, caption and data table).</summary>
    /// <param name="writer">The report writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void Write(ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        int bars = Groups.Sum(g => g.Bars.Length);
        double height = 10 + (Groups.Length * GroupGap) + (bars * (BarHeight + 8)) + 10;
        double width = Left + BarArea + 70;
        SvgFigure.Write(writer, Title, Description, width, height, "bar", w =>
        {
            double y = 10;
            foreach (BarGroup group in Groups)
            {
                w.SvgElement("text", group.Label, ("x", "6"), ("y", ReportWriter.N(y + 16)), ("font-weight", "bold"));
                y += GroupGap;
                foreach (Bar bar in group.Bars)
                {
                    double length = (double)(bar.Value / ScaleMax) * BarArea;
                    w.SvgElement("text", Truncate(bar.Label, 40), ("x", ReportWriter.N(Left - 8)), ("y", ReportWriter.N(y + 15)), ("text-anchor", "end"));
                    w.SvgElement("rect", null, ("x", ReportWriter.N(Left)), ("y", ReportWriter.N(y)), ("width", ReportWriter.N(BarArea)), ("height", ReportWriter.N(BarHeight)), ("fill", "#f2f2f2"), ("stroke", "#bbbbbb"));
                    w.SvgElement("rect", null, ("x", ReportWriter.N(Left)), ("y", ReportWriter.N(y)), ("width", ReportWriter.N(length)), ("height", ReportWriter.N(BarHeight)), ("fill", "#1f4e9c"));
                    w.SvgElement("text", bar.ValueText, ("x", ReportWriter.N(Left + BarArea + 8)), ("y", ReportWriter.N(y + 15)), ("font-weight", "bold"));
                    y += BarHeight + 8;
                }
            }
        }, WriteTable);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private void WriteTable(ReportWriter w)
    {
        w.Start("table", ("class", "data"));
        w.Start("thead");
        w.Start("tr");
        w.Element("th", GroupHeader, ("scope", "col"));
        w.Element("th", LabelHeader, ("scope", "col"));
        w.Element("th", ValueHeader, ("scope", "col"));
        w.End();
        w.End();
        w.Start("tbody");
        foreach (BarGroup group in Groups)
        {
            foreach (Bar bar in group.Bars)
            {
                w.Start("tr");
                w.Element("td", group.Label);
                w.Element("td", bar.Label);
                w.Element("td", bar.ValueText, ("class", "num"));
                w.End();
            }
        }
        w.End();
        w.End();
    }
}
