using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report.Charts;

/// <summary>
/// A vertical ladder: rungs from the lowest (bottom) to the highest (top), the current rung highlighted by a thick
/// border, hatching, an arrow and the written words "current position" (never by colour alone), and dates annotated
/// beside the rungs (for a funding ladder: when the next rungs can be reached).
/// </summary>
public sealed class LadderChart
{
    private const double RailLeft = 170;
    private const double RailRight = 430;
    private const double RungHeight = 38;
    private const double RungGap = 16;
    private const double Top = 20;

    /// <summary>Creates a chart.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="description">The text alternative.</param>
    /// <param name="rungs">The rungs, lowest first.</param>
    /// <param name="currentRung">The index (into <paramref name="rungs"/>) of the current rung, or null when the position is unknown or off the ladder.</param>
    /// <param name="language">The language of the chart's own words (current position, table headers).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or there are no rungs.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="currentRung"/> is outside the rungs, or <paramref name="language"/> is not defined.</exception>
    public LadderChart(string title, string description, IEnumerable<LadderRung> rungs, int? currentRung, Language language)
    {
        Title = ChartText.Required(title, nameof(title));
        Description = ChartText.Required(description, nameof(description));
        Rungs = ChartText.List(rungs, nameof(rungs));
        if (Rungs.IsEmpty)
        {
            throw new ArgumentException("A ladder needs at least one rung.", nameof(rungs));
        }
        if (currentRung is { } c && (c < 0 || c >= Rungs.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(currentRung), c, "The current rung must be an index into the rungs.");
        }
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language.");
        }
        CurrentRung = currentRung;
        Language = language;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the text alternative.</summary>
    public string Description { get; }

    /// <summary>Gets the rungs, lowest first.</summary>
    public ImmutableArray<LadderRung> Rungs { get; }

    /// <summary>Gets the index of the current rung, or null.</summary>
    public int? CurrentRung { get; }

    /// <summary>Gets the language of the chart's own words.</summary>
    public Language Language { get; }

    private bool De => Language == Language.German;

    /// <summary>Gets the words that mark the current rung.</summary>
    public string CurrentText => De ? "aktuelle Position" : "current position";

    /// <summary>Writes the chart figure (SVG, caption and data table).</summary>
    /// <param name="writer">The report writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void Write(ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        int n = Rungs.Length;
        double height = Top + (n * (RungHeight + RungGap)) + 10;
        double width = 820;
        SvgFigure.Write(writer, Title, Description, width, height, "ladder", w =>
        {
            string hatch = w.NextId("hatch");
            w.StartSvg("defs");
            w.StartSvg("pattern", ("id", hatch), ("width", "8"), ("height", "8"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)"));
            w.SvgElement("rect", null, ("width", "8"), ("height", "8"), ("fill", "#fff4d6"));
            w.SvgElement("line", null, ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "8"), ("stroke", "#e0b84a"), ("stroke-width", "3"));
            w.End();
            w.End();
            double bottom = Top + (n * (RungHeight + RungGap)) - RungGap;
            w.SvgElement("line", null, ("x1", ReportWriter.N(RailLeft)), ("y1", ReportWriter.N(Top - 10)), ("x2", ReportWriter.N(RailLeft)), ("y2", ReportWriter.N(bottom + 6)), ("stroke", "#555555"), ("stroke-width", "4"));
            w.SvgElement("line", null, ("x1", ReportWriter.N(RailRight)), ("y1", ReportWriter.N(Top - 10)), ("x2", ReportWriter.N(RailRight)), ("y2", ReportWriter.N(bottom + 6)), ("stroke", "#555555"), ("stroke-width", "4"));
            for (int i = 0; i < n; i++)
            {
                // The highest rung is drawn at the top.
                LadderRung rung = Rungs[i];
                double y = Top + ((n - 1 - i) * (RungHeight + RungGap));
                bool current = CurrentRung == i;
                w.SvgElement("rect", null,
                    ("x", ReportWriter.N(RailLeft + 6)), ("y", ReportWriter.N(y)),
                    ("width", ReportWriter.N(RailRight - RailLeft - 12)), ("height", ReportWriter.N(RungHeight)),
                    ("fill", current ? "url(#" + hatch + ")" : "#f4f4f4"),
                    ("stroke", "#222222"), ("stroke-width", current ? "4" : "1"));
                var label = ChartText.Wrap((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + rung.Label, 34);
                SvgFigure.Lines(w, RailLeft + 16, y + 16 - ((label.Length - 1) * 7), [.. label.Take(2)], 14, ("font-weight", current ? "bold" : "normal"));
                if (current)
                {
                    w.SvgElement("polygon", null, ("points", Points(RailLeft - 6, y + (RungHeight / 2), RailLeft - 26, y + 8, RailLeft - 26, y + RungHeight - 8)), ("fill", "#222222"));
                    SvgFigure.Lines(w, RailLeft - 32, y + 16, [.. ChartText.Wrap(CurrentText, 18)], 14, ("text-anchor", "end"), ("font-weight", "bold"));
                }
                var notes = new List<string>();
                if (rung.DateText is { } dateText)
                {
                    notes.AddRange(ChartText.Wrap(dateText, 50));
                }
                if (rung.Note is { } note)
                {
                    notes.AddRange(ChartText.Wrap(note, 50));
                }
                if (notes.Count > 0)
                {
                    SvgFigure.Lines(w, RailRight + 14, y + 15, [.. notes.Take(2)], 14);
                }
            }
        }, WriteTable);
    }

    private static string Points(params double[] xy) =>
        string.Join(" ", Enumerable.Range(0, xy.Length / 2).Select(i => ReportWriter.N(xy[2 * i]) + "," + ReportWriter.N(xy[(2 * i) + 1])));

    private void WriteTable(ReportWriter w)
    {
        w.Start("table", ("class", "data"));
        w.Start("thead");
        w.Start("tr");
        w.Element("th", De ? "Stufe (von unten)" : "Rung (from the bottom)", ("scope", "col"));
        w.Element("th", De ? "Bezeichnung" : "Label", ("scope", "col"));
        w.Element("th", De ? "Datum" : "Date", ("scope", "col"));
        w.Element("th", De ? "Hinweis" : "Note", ("scope", "col"));
        w.Element("th", De ? "Position" : "Position", ("scope", "col"));
        w.End();
        w.End();
        w.Start("tbody");
        for (int i = Rungs.Length - 1; i >= 0; i--)
        {
            LadderRung rung = Rungs[i];
            bool current = CurrentRung == i;
            w.Start("tr", ("class", current ? "current" : null));
            w.Element("td", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ("class", "num"));
            w.Element(current ? "th" : "td", rung.Label, ("scope", current ? "row" : null));
            w.Element("td", rung.DateText ?? "–");
            w.Element("td", rung.Note ?? "–");
            w.Element("td", current ? CurrentText : "–");
            w.End();
        }
        w.End();
        w.End();
    }
}
