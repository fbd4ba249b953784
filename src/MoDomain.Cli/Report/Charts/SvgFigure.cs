using System;

namespace MoDomain.Cli.Report.Charts;

/// <summary>
/// Writes the frame every chart shares: a <c>figure</c> with an inline <c>svg</c> (<c>role="img"</c>,
/// <c>aria-labelledby</c> pointing at its <c>title</c> and <c>desc</c>), a visible <c>figcaption</c> and the chart's
/// data as a table, so the content never depends on seeing the drawing or telling colours apart.
/// </summary>
public static class SvgFigure
{
    /// <summary>Writes one chart figure.</summary>
    /// <param name="writer">The report writer.</param>
    /// <param name="title">The chart title (SVG <c>title</c> and caption).</param>
    /// <param name="description">The text alternative (SVG <c>desc</c>).</param>
    /// <param name="width">The drawing width in user units.</param>
    /// <param name="height">The drawing height in user units.</param>
    /// <param name="chartKind">A CSS class naming the chart kind, e.g. <c>quadrant</c>.</param>
    /// <param name="drawing">Draws the SVG content.</param>
    /// <param name="table">Writes the data table (the visible text alternative).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ReportWriter writer, string title, string description, double width, double height, string chartKind, Action<ReportWriter> drawing, Action<ReportWriter> table)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(drawing);
        ArgumentNullException.ThrowIfNull(table);
        string titleId = writer.NextId("chart-title");
        string descId = writer.NextId("chart-desc");
        writer.Start("figure", ("class", "chart chart-" + chartKind));
        writer.StartSvg("svg",
            ("role", "img"),
            ("aria-labelledby", titleId + " " + descId),
            ("viewBox", "0 0 " + ReportWriter.N(width) + " " + ReportWriter.N(height)),
            ("width", ReportWriter.N(width)),
            ("height", ReportWriter.N(height)),
            ("class", "chart-svg"),
            ("font-family", "DejaVu Sans, Liberation Sans, Arial, sans-serif"),
            ("font-size", "12"));
        writer.SvgElement("title", title, ("id", titleId));
        writer.SvgElement("desc", description, ("id", descId));
        writer.SvgElement("rect", null, ("x", "0"), ("y", "0"), ("width", ReportWriter.N(width)), ("height", ReportWriter.N(height)), ("fill", "#ffffff"));
        drawing(writer);
        writer.End();
        writer.Start("figcaption");
        writer.Element("strong", title);
        writer.Text(" — " + description);
        writer.End();
        table(writer);
        writer.End();
    }

    /// <summary>Writes an SVG <c>text</c> element with one <c>tspan</c> per line.</summary>
    /// <param name="writer">The report writer.</param>
    /// <param name="x">The x coordinate.</param>
    /// <param name="y">The baseline of the first line.</param>
    /// <param name="lines">The lines.</param>
    /// <param name="lineHeight">The distance between baselines.</param>
    /// <param name="attributes">Further attributes of the text element.</param>
    public static void Lines(ReportWriter writer, double x, double y, System.Collections.Generic.IReadOnlyList<string> lines, double lineHeight, params (string Name, string? Value)[] attributes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(lines);
        var all = new (string Name, string? Value)[attributes.Length + 2];
        all[0] = ("x", ReportWriter.N(x));
        all[1] = ("y", ReportWriter.N(y));
        attributes.CopyTo(all, 2);
        writer.StartSvg("text", all);
        for (int i = 0; i < lines.Count; i++)
        {
            writer.SvgElement("tspan", lines[i], ("x", ReportWriter.N(x)), ("y", ReportWriter.N(y + (i * lineHeight))));
        }
        writer.End();
    }
}
