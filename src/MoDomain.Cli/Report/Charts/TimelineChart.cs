using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Cli.Report.Charts;

/// <summary>
/// A step chart of labelled steps over dates: the x axis is time, the y axis ordered levels (e.g. the forms of a
/// cooperation from single events to standing bodies); each step is a numbered point with its date and label, listed
/// again in the data table.
/// </summary>
public sealed class TimelineChart
{
    private const double Left = 190;
    private const double PlotWidth = 560;
    private const double LevelHeight = 46;
    private const double Top = 30;

    /// <summary>Creates a chart.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="description">The text alternative.</param>
    /// <param name="levels">The levels, lowest first.</param>
    /// <param name="steps">The steps; they are ordered by date (steps on the same date keep their given order).</param>
    /// <param name="language">The language of the chart's own words (table headers).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, there are no levels or no steps, or a step names a level that does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public TimelineChart(string title, string description, IEnumerable<string> levels, IEnumerable<TimelineStep> steps, Language language)
    {
        Title = ChartText.Required(title, nameof(title));
        Description = ChartText.Required(description, nameof(description));
        Levels = ChartText.List(levels, nameof(levels));
        Steps = [.. ChartText.List(steps, nameof(steps)).OrderBy(s => s.Date)];
        if (Levels.IsEmpty)
        {
            throw new ArgumentException("A timeline needs at least one level.", nameof(levels));
        }
        if (Steps.IsEmpty)
        {
            throw new ArgumentException("A timeline needs at least one step.", nameof(steps));
        }
        if (Steps.Any(s => s.Level >= Levels.Length))
        {
            throw new ArgumentException("Every step must name one of the levels.", nameof(steps));
        }
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language.");
        }
        Language = language;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the text alternative.</summary>
    public string Description { get; }

    /// <summary>Gets the levels, lowest first.</summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>Gets the steps in date order.</summary>
    public ImmutableArray<TimelineStep> Steps { get; }

    /// <summary>Gets the language of the chart's own words.</summary>
    public Language Language { get; }

    /// <summary>Gets the x coordinate of a date: the first step at the left end of the plot, the last at the right end.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The x coordinate in user units.</returns>
    public double XOf(LocalDate date)
    {
        LocalDate first = Steps[0].Date;
        int span = Period.Between(first, Steps[^1].Date, PeriodUnits.Days).Days;
        if (span == 0)
        {
            return Left + (PlotWidth / 2);
        }
        int days = Period.Between(first, date, PeriodUnits.Days).Days;
        return Left + (PlotWidth * days / span);
    }

    /// <summary>Writes the chart figure (SVG, caption and data table).</summary>
    /// <param name="writer">The report writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void Write(ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        double plotHeight = Levels.Length * LevelHeight;
        double axisY = Top + plotHeight;
        double height = axisY + 50;
        double width = Left + PlotWidth + 60;
        double YOf(int level) => Top + ((Levels.Length - 1 - level) * LevelHeight) + (LevelHeight / 2);
        SvgFigure.Write(writer, Title, Description, width, height, "timeline", w =>
        {
            for (int l = 0; l < Levels.Length; l++)
            {
                double y = YOf(l);
                w.SvgElement("line", null, ("x1", ReportWriter.N(Left - 10)), ("y1", ReportWriter.N(y)), ("x2", ReportWriter.N(Left + PlotWidth + 10)), ("y2", ReportWriter.N(y)), ("stroke", "#dddddd"), ("stroke-dasharray", "4 3"));
                var label = ChartText.Wrap(Levels[l], 26);
                SvgFigure.Lines(w, Left - 16, y + 4 - ((label.Length - 1) * 7), [.. label.Take(2)], 14, ("text-anchor", "end"));
            }
            w.SvgElement("line", null, ("x1", ReportWriter.N(Left - 10)), ("y1", ReportWriter.N(axisY)), ("x2", ReportWriter.N(Left + PlotWidth + 10)), ("y2", ReportWriter.N(axisY)), ("stroke", "#333333"));
            var path = new List<string>();
            for (int i = 0; i < Steps.Length; i++)
            {
                double x = XOf(Steps[i].Date);
                double y = YOf(Steps[i].Level);
                path.Add(i == 0 ? "M " + ReportWriter.N(x) + " " + ReportWriter.N(y) : "H " + ReportWriter.N(x) + " V " + ReportWriter.N(y));
            }
            w.SvgElement("path", null, ("d", string.Join(" ", path)), ("fill", "none"), ("stroke", "#1f4e9c"), ("stroke-width", "3"));
            for (int i = 0; i < Steps.Length; i++)
            {
                TimelineStep step = Steps[i];
                double x = XOf(step.Date);
                double y = YOf(step.Level);
                string number = (i + 1).ToString(CultureInfo.InvariantCulture);
                w.SvgElement("circle", null, ("cx", ReportWriter.N(x)), ("cy", ReportWriter.N(y)), ("r", "9"), ("fill", "#ffffff"), ("stroke", "#1f4e9c"), ("stroke-width", "2"));
                w.SvgElement("text", number, ("x", ReportWriter.N(x)), ("y", ReportWriter.N(y + 4)), ("text-anchor", "middle"), ("font-size", "11"), ("font-weight", "bold"));
                // The step's label beside its point (shortened; the table has it in full).
                bool nearRightEdge = x > Left + PlotWidth - 160;
                w.SvgElement("text", Shorten(step.Label, 30),
                    ("x", ReportWriter.N(nearRightEdge ? x - 13 : x + 13)), ("y", ReportWriter.N(y - 10)),
                    ("text-anchor", nearRightEdge ? "end" : "start"), ("font-size", "11"));
                w.SvgElement("line", null, ("x1", ReportWriter.N(x)), ("y1", ReportWriter.N(axisY - 4)), ("x2", ReportWriter.N(x)), ("y2", ReportWriter.N(axisY + 4)), ("stroke", "#333333"));
                // Alternate date rows so neighbouring dates overlap less.
                w.SvgElement("text", number + ": " + ChartDates.Format(step.Date), ("x", ReportWriter.N(x)), ("y", ReportWriter.N(axisY + 18 + ((i % 2) * 16))), ("text-anchor", "middle"), ("font-size", "10"));
            }
        }, WriteTable);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private void WriteTable(ReportWriter w)
    {
        bool de = Language == Language.German;
        w.Start("table", ("class", "data"));
        w.Start("thead");
        w.Start("tr");
        w.Element("th", "#", ("scope", "col"));
        w.Element("th", de ? "Datum" : "Date", ("scope", "col"));
        w.Element("th", de ? "Stufe" : "Level", ("scope", "col"));
        w.Element("th", de ? "Schritt" : "Step", ("scope", "col"));
        w.End();
        w.End();
        w.Start("tbody");
        for (int i = 0; i < Steps.Length; i++)
        {
            w.Start("tr");
            w.Element("td", (i + 1).ToString(CultureInfo.InvariantCulture), ("class", "num"));
            w.Element("td", ChartDates.Format(Steps[i].Date));
            w.Element("td", Levels[Steps[i].Level]);
            w.Element("td", Steps[i].Label);
            w.End();
        }
        w.End();
        w.End();
    }
}
