using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cli.Report.Charts;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Tests.Report;

public sealed class ChartPrimitiveTests
{
    private static readonly XNamespace Svg = ReportAssert.Svg;
    private static readonly XNamespace Xhtml = ReportAssert.Xhtml;

    private static LadderChart Ladder(int? current) => new(
        "Synthetic ladder",
        "Four rungs from one-off to institutional funding.",
        [
            new LadderRung("One-off grant"),
            new LadderRung("Project funding", note: "Two projects done"),
            new LadderRung("Fixed budget", date: new LocalDate(2027, 3, 1), dateLabel: "eligible from"),
            new LadderRung("Institutional funding", date: new LocalDate(2029, 2, 28), dateLabel: "earliest"),
        ],
        current,
        Language.English);

    [Fact]
    public void Ladder_highlights_the_current_rung_with_a_thick_border_and_words_not_only_colour()
    {
        var (root, markup) = ChartHarness.Render(Ladder(1).Write);
        XElement svg = Assert.Single(root.Descendants(Svg + "svg"));
        ReportAssert.ChartIsLabelled(svg);
        var rungs = svg.Elements(Svg + "rect").Where(r => (string?)r.Attribute("stroke") == "#222222").ToList();
        Assert.Equal(4, rungs.Count);
        Assert.Single(rungs, r => (string?)r.Attribute("stroke-width") == "4");
        Assert.Contains("current position", svg.Descendants(Svg + "text").Select(t => t.Value));
        XElement current = Assert.Single(root.Descendants(Xhtml + "tr"), tr => (string?)tr.Attribute("class") == "current");
        Assert.Contains("Project funding", current.Value);
        Assert.Contains("current position", current.Value);
        Assert.Contains("Two projects done", markup);
    }

    [Fact]
    public void Ladder_writes_the_annotated_dates_in_ISO_form_in_the_drawing_and_the_table()
    {
        var (root, _) = ChartHarness.Render(Ladder(0).Write);
        string drawing = root.Descendants(Svg + "svg").Single().Value;
        string table = root.Descendants(Xhtml + "table").Single().Value;
        foreach (string annotation in new[] { "eligible from 2027-03-01", "earliest 2029-02-28" })
        {
            Assert.Contains(annotation, drawing);
            Assert.Contains(annotation, table);
        }
    }

    [Fact]
    public void Ladder_draws_the_highest_rung_on_top()
    {
        var (root, _) = ChartHarness.Render(Ladder(null).Write);
        var rungs = root.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("stroke") == "#222222").ToList();
        var ys = rungs.Select(r => double.Parse((string)r.Attribute("y")!, CultureInfo.InvariantCulture)).ToList();
        // Drawn lowest first: y decreases (further up) as rungs rise.
        Assert.Equal(ys.OrderByDescending(y => y), ys);
        Assert.DoesNotContain("current position", root.Value);
    }

    [Fact]
    public void Ladder_rejects_a_current_rung_outside_the_ladder_and_a_date_without_label()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ladder(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ladder(-1));
        Assert.Throws<ArgumentException>(() => new LadderRung("x", date: new LocalDate(2027, 1, 1)));
        Assert.Throws<ArgumentException>(() => new LadderChart("t", "d", [], null, Language.English));
    }

    [Fact]
    public void German_ladder_marks_the_current_position_in_German()
    {
        var chart = new LadderChart("Leiter", "Zwei Stufen.", [new LadderRung("unten"), new LadderRung("oben")], 1, Language.German);
        var (root, _) = ChartHarness.Render(chart.Write);
        Assert.Contains("aktuelle Position", root.Value);
    }

    private static TimelineChart Timeline() => new(
        "Synthetic trajectory",
        "An MO and a municipal office, from a single event to a standing body.",
        ["Single event", "Project", "Joint project", "Standing body"],
        [
            new TimelineStep(new LocalDate(2022, 9, 1), 1, "First project"),
            new TimelineStep(new LocalDate(2021, 5, 8), 0, "Festival, MO as door-opener"),
            new TimelineStep(new LocalDate(2024, 1, 15), 3, "Seat in the integration council"),
            new TimelineStep(new LocalDate(2023, 4, 2), 2, "Joint project"),
        ],
        Language.English);

    [Fact]
    public void Timeline_orders_steps_by_date_and_lists_each_in_the_table()
    {
        TimelineChart chart = Timeline();
        Assert.Equal(chart.Steps.Select(s => s.Date).Order(), chart.Steps.Select(s => s.Date));
        var (root, _) = ChartHarness.Render(chart.Write);
        XElement svg = Assert.Single(root.Descendants(Svg + "svg"));
        ReportAssert.ChartIsLabelled(svg);
        var rows = root.Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("2021-05-08", rows[0].Elements().ElementAt(1).Value);
        Assert.Equal("Standing body", rows[3].Elements().ElementAt(2).Value);
        Assert.Equal(4, svg.Elements(Svg + "circle").Count());
        string path = (string)svg.Element(Svg + "path")!.Attribute("d")!;
        Assert.Equal(3, path.Split(' ').Count(t => t == "H"));
        Assert.Equal(3, path.Split(' ').Count(t => t == "V"));
        Assert.Contains("1: 2021-05-08", svg.Value);
        var texts = svg.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Festival, MO as door-opener", texts);
        Assert.Contains("Seat in the integration counc…", texts); // shortened to 30 characters; the table has it in full
    }

    [Fact]
    public void Timeline_rejects_steps_on_unknown_levels_and_empty_inputs()
    {
        Assert.Throws<ArgumentException>(() => new TimelineChart("t", "d", ["a"], [new TimelineStep(new LocalDate(2020, 1, 1), 1, "x")], Language.English));
        Assert.Throws<ArgumentException>(() => new TimelineChart("t", "d", ["a"], [], Language.English));
        Assert.Throws<ArgumentException>(() => new TimelineChart("t", "d", [], [new TimelineStep(new LocalDate(2020, 1, 1), 0, "x")], Language.English));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimelineStep(new LocalDate(2020, 1, 1), -1, "x"));
    }

    [Fact]
    public void Timeline_x_position_is_monotone_in_the_date_and_stays_in_the_plot()
    {
        var gen = from a in Gen.Choose(0, 20000)
                  from b in Gen.Choose(0, 20000)
                  from c in Gen.Choose(0, 20000)
                  select (a, b, c);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(200)), Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var origin = new LocalDate(1990, 1, 1);
            var dates = new[] { t.a, t.b, t.c }.Select(d => origin.PlusDays(d)).ToArray();
            var chart = new TimelineChart("t", "d", ["a"], dates.Select(d => new TimelineStep(d, 0, "s")), Language.English);
            var xs = chart.Steps.Select(s => chart.XOf(s.Date)).ToArray();
            return xs.Zip(xs.Skip(1), (x, y) => x <= y).All(ok => ok) && xs.All(x => x >= 190 && x <= 750);
        }));
    }

    [Fact]
    public void Heatmap_writes_every_count_in_its_cell_and_totals_in_the_table()
    {
        var chart = new HeatmapChart("Synthetic", "Counts.", "F \\ P", "Total", ["r1", "r2"], ["c1", "c2", "c3"], [[0, 7, 3], [12, 0, 5]]);
        var (root, _) = ChartHarness.Render(chart.Write);
        XElement svg = Assert.Single(root.Descendants(Svg + "svg"));
        ReportAssert.ChartIsLabelled(svg);
        var numbers = svg.Elements(Svg + "text").Select(t => t.Value).Where(v => v.All(char.IsDigit)).ToList();
        Assert.Equal(["0", "7", "3", "12", "0", "5"], numbers);
        var total = root.Descendants(Xhtml + "tr").Single(tr => (string?)tr.Attribute("class") == "total");
        Assert.Equal(["Total", "12", "7", "8", "27"], total.Elements().Select(e => e.Value));
        Assert.Equal("#ffffff", chart.FillFor(0));
        Assert.Equal("#1f4e9c", chart.FillFor(12));
    }

    [Fact]
    public void Heatmap_shading_gets_darker_as_counts_grow()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(100)), Prop.ForAll(Gen.Choose(1, 50).ToArbitrary(), max =>
        {
            var chart = new HeatmapChart("t", "d", "c", "T", ["r"], ["a", "b"], [[0, max]]);
            var brightness = Enumerable.Range(0, max + 1).Select(v => Convert.ToInt32(chart.FillFor(v)[1..3], 16)).ToList();
            return brightness.Zip(brightness.Skip(1), (a, b) => b <= a).All(ok => ok);
        }));
    }

    [Fact]
    public void Heatmap_rejects_ragged_or_negative_values()
    {
        Assert.Throws<ArgumentException>(() => new HeatmapChart("t", "d", "c", "T", ["r"], ["a", "b"], [[1]]));
        Assert.Throws<ArgumentException>(() => new HeatmapChart("t", "d", "c", "T", ["r"], ["a"], [[-1]]));
        Assert.Throws<ArgumentException>(() => new HeatmapChart("t", "d", "c", "T", ["r", "s"], ["a"], [[1]]));
    }

    [Fact]
    public void Quadrant_lists_items_per_cell_and_marks_the_emphasised_cell_in_words()
    {
        var chart = new QuadrantChart("Q", "Four cells.", "Columns", ["left", "right"], "Rows", ["top", "bottom"],
        [
            new QuadrantCell("TL", ["alpha", "beta"], "2 items", "dominant"),
            new QuadrantCell("TR", [], "0 items"),
            new QuadrantCell("BL", ["gamma"], "1 item"),
            new QuadrantCell("BR", [], "0 items"),
        ]);
        var (root, _) = ChartHarness.Render(chart.Write);
        XElement svg = Assert.Single(root.Descendants(Svg + "svg"));
        ReportAssert.ChartIsLabelled(svg);
        Assert.Contains("TL [dominant]", svg.Value);
        Assert.Contains("• alpha", svg.Value);
        Assert.Single(svg.Elements(Svg + "rect"), r => (string?)r.Attribute("stroke-width") == "3");
        var rows = root.Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").ToList();
        Assert.Equal("top", rows[0].Elements().First().Value);
        Assert.Contains("[dominant]", rows[0].Elements().ElementAt(1).Value);
        Assert.Contains("gamma", rows[1].Elements().ElementAt(1).Value);
        Assert.Throws<ArgumentException>(() => new QuadrantChart("Q", "d", "C", ["a", "b"], "R", ["c", "d"], [new QuadrantCell("x", [], "s")]));
    }

    [Fact]
    public void Bar_lengths_are_proportional_to_the_values_and_values_are_written()
    {
        var chart = new BarChart("B", "Bars.", "G", "L", "V", [new BarGroup("g", [new Bar("a", 50m, "50 %"), new Bar("b", 25m, "25 %")])], 100m);
        var (root, _) = ChartHarness.Render(chart.Write);
        XElement svg = Assert.Single(root.Descendants(Svg + "svg"));
        ReportAssert.ChartIsLabelled(svg);
        var bars = svg.Elements(Svg + "rect").Where(r => (string?)r.Attribute("fill") == "#1f4e9c").Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([210, 105], bars);
        Assert.Contains("50 %", svg.Value);
        Assert.Contains("25 %", root.Descendants(Xhtml + "table").Single().Value);
        Assert.Throws<ArgumentException>(() => new BarChart("B", "d", "G", "L", "V", [new BarGroup("g", [new Bar("a", 150m, "150")])], 100m));
    }

    [Fact]
    public void Wrap_keeps_lines_short_and_words_in_order()
    {
        var word = Gen.Elements("a", "bb", "ccc", "dddd", "eeeee", "Förderleiter", "x");
        var gen = from words in Gen.ListOf(word)
                  from width in Gen.Choose(12, 40)
                  select (words, width);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(200)), Prop.ForAll(gen.ToArbitrary(), t =>
        {
            string text = string.Join(" ", t.words);
            var lines = ChartText.Wrap(text, t.width);
            return lines.All(l => l.Length <= t.width) && string.Join(" ", lines) == text;
        }));
    }
}
