using System;
using System.Linq;
using System.Xml.Linq;
using MoDomain.Cli.Report;
using MoDomain.Cli.Report.Charts;
using MoDomain.Definitions;
using MoDomain.Objectives;
using MoDomain.Samples;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Tests.Report;

public sealed class HtmlReportTests
{
    internal const string Hostile = "<script>alert(1)</script> & \"Quotes\" 'e.V.' </html>";

    private static readonly XNamespace X = ReportAssert.Xhtml;

    private static HtmlReport Sample(Language language = Language.English, FundingSection? funding = null, CooperationSection? cooperation = null) => HtmlReport.Standard(
        SampleData.Organisations.Select(o => new ReportOrganisation(o.Profile, o.Id, o.Description)),
        language,
        "sample",
        o => SampleObjectives.TryGet(o.SampleId, out var p) ? p : null,
        o => SampleFunctionEvidence.TryGet(o.SampleId, out var p) ? p : null,
        funding,
        cooperation);

    [Fact]
    public void Sample_report_is_well_formed_xhtml_with_every_chart_labelled()
    {
        string html = Sample().Render();
        XDocument doc = ReportAssert.WellFormedAndSafe(html);
        int organisations = SampleData.Organisations.Length;
        Assert.Equal(organisations, ReportAssert.Figures(doc, "quadrant").Length);
        int contradicting = SampleFunctionEvidence.Profiles.Count(p => p.Assess().ContradictingMatrix.Total > 0);
        Assert.True(contradicting > 0);
        Assert.Equal(organisations + contradicting, ReportAssert.Figures(doc, "heatmap").Length);
        Assert.Equal(2, ReportAssert.Figures(doc, "bar").Length);
        Assert.Equal(organisations, doc.Descendants(X + "article").Count());
        Assert.Equal("en", (string?)doc.Root!.Attribute("lang"));
    }

    [Fact]
    public void Sections_appear_in_each_chapter_with_headings()
    {
        XDocument doc = ReportAssert.Parse(Sample().Render());
        foreach (XElement article in doc.Descendants(X + "article"))
        {
            var sections = article.Elements(X + "section").Select(s => ((string)s.Attribute("class")!)).ToList();
            Assert.Equal(["section-definitions", "section-objectives", "section-functions", "section-funding", "section-cooperation"], sections);
        }
        Assert.Single(doc.Descendants(X + "section"), s => (string?)s.Attribute("id") == "section-overview");
        Assert.Single(doc.Descendants(X + "section"), s => (string?)s.Attribute("id") == "section-reference");
    }

    [Fact]
    public void Definitions_show_every_criterion_with_outcome_explanation_and_missing_facts()
    {
        var akademiker = SampleData.Organisations.Single(o => o.Id == "akademikerforum-entwicklung");
        var report = HtmlReport.Standard([new ReportOrganisation(akademiker.Profile, akademiker.Id)], Language.English, akademiker.Profile.Name, _ => null, _ => null);
        XDocument doc = ReportAssert.WellFormedAndSafe(report.Render());
        ClassificationReport expected = DefinitionSet.Default.ClassifyAll(akademiker.Profile);
        XElement section = doc.Descendants(X + "section").Single(s => (string?)s.Attribute("class") == "section-definitions");
        string text = section.Value;
        foreach (Classification c in expected.Classifications)
        {
            foreach (var part in c.Evaluation.Parts)
            {
                Assert.Contains(part.RuleId, text);
                Assert.Contains(part.Explanation.English, text);
            }
            foreach (string missing in c.Evaluation.MissingFacts)
            {
                Assert.Contains(missing, text);
            }
        }
        Assert.Contains("undetermined", text);
        Assert.Contains("Identifies as MO", text, StringComparison.OrdinalIgnoreCase);
        // No overview table for one organisation; the objectives and functions sections say no data was supplied.
        Assert.DoesNotContain(doc.Descendants(X + "section"), s => (string?)s.Attribute("id") == "section-overview");
        Assert.Contains("No objective profile was supplied", doc.Root!.Value);
        Assert.Contains("No function evidence was supplied", doc.Root!.Value);
    }

    [Fact]
    public void Objectives_quadrant_lists_each_objective_in_its_cell_and_marks_the_dominant_cell()
    {
        var org = SampleData.Organisations.Single(o => o.Id == "anadolu-kulturverein");
        ObjectiveAnalysis analysis = SampleObjectives.For(org.Id).Analyze();
        var scope = new ReportScope(Language.English, [new ReportOrganisation(org.Profile)], 4);
        QuadrantChart chart = ObjectivesSection.Chart(analysis, org.Profile.Name, scope);
        foreach (ObjectiveCell cell in Enum.GetValues<ObjectiveCell>())
        {
            QuadrantCell drawn = chart.Cells[(int)cell];
            Assert.Equal(analysis.CountIn(cell), drawn.Items.Length);
            Assert.Equal(analysis.DominantCells.Contains(cell), drawn.Emphasis is not null);
            foreach (Objective o in analysis.ObjectivesIn(cell))
            {
                Assert.Contains(drawn.Items, i => i.StartsWith(ObjectivesVocabulary.Objectives.ConceptOf(o).Label.English, StringComparison.Ordinal));
            }
        }
        Assert.Equal(["Inward", "Outward"], chart.ColumnLabels);
        Assert.Equal(["Explicit purposes", "Implicit purposes"], chart.RowLabels);
    }

    [Fact]
    public void Functions_heatmap_has_the_matrix_counts_in_its_cells()
    {
        FunctionAssessment assessment = SampleFunctionEvidence.For("moscheegemeinde-am-hafen").Assess();
        var scope = new ReportScope(Language.English, [new ReportOrganisation(SampleData.Profiles[0])], 4);
        HeatmapChart chart = FunctionsSection.Chart(assessment.SupportingMatrix, "t", "items", scope);
        Assert.Equal(4, chart.RowLabels.Length);
        Assert.Equal(3, chart.ColumnLabels.Length);
        foreach (SocialSecurityFunction f in Enum.GetValues<SocialSecurityFunction>())
        {
            foreach (Perspective p in Enum.GetValues<Perspective>())
            {
                Assert.Equal(assessment.SupportingMatrix.Count(f, p), chart.Values[(int)f][(int)p]);
            }
        }
    }

    [Fact]
    public void Reference_section_charts_use_the_reference_figures_and_the_table_gives_provenance()
    {
        var scope = new ReportScope(Language.English, [new ReportOrganisation(SampleData.Profiles[0])], 3);
        BarChart forms = ReferenceSection.FormsChart(scope);
        Assert.Equal([35m, 35m, 30m], forms.Groups[0].Bars.Select(b => b.Value));
        Assert.Equal([39m, 35m, 26m], forms.Groups[1].Bars.Select(b => b.Value));
        Assert.Equal([41m, 31m, 28m], ReferenceSection.InitiatorsChart(scope).Groups[0].Bars.Select(b => b.Value));
        XDocument doc = ReportAssert.Parse(Sample().Render());
        XElement table = doc.Descendants(X + "table").Single(t => ((string?)t.Attribute("class"))?.Contains("figures", StringComparison.Ordinal) == true);
        var rows = table.Element(X + "tbody")!.Elements(X + "tr").ToList();
        Assert.Equal(MoDomain.Reference.ReferenceData.Figures.Length, rows.Count);
        XElement pga = rows.Single(r => r.Elements().First().Value == "pga-founded-for-youth-welfare");
        Assert.Contains("54 %", pga.Value);
    }

    [Fact]
    public void Funding_and_cooperation_are_marked_placeholders_only_without_data()
    {
        XDocument without = ReportAssert.Parse(Sample().Render());
        // Funding without a provider is a placeholder; cooperation without data says that none was supplied.
        Assert.Equal(SampleData.Organisations.Length, without.Descendants(X + "p").Count(p => (string?)p.Attribute("class") == PlaceholderText.CssClass));
        Assert.Contains("Not available in this build.", without.Root!.Value);
        Assert.Equal(SampleData.Organisations.Length, without.Descendants(X + "p").Count(p => p.Value.StartsWith("No cooperation data was supplied for this report", StringComparison.Ordinal)));

        var funding = new FundingSection((o, scope) => o.SampleId == "sc-vielfalt"
            ? null
            : new LadderChart("Funding ladder: " + o.Name, "Synthetic ladder.", [new LadderRung("low"), new LadderRung("high", date: new LocalDate(2027, 1, 1), dateLabel: "from")], 0, scope.Language));
        var cooperation = new CooperationSection((o, scope) => o.SampleId == "sc-vielfalt"
            ? []
            : [new TimelineChart("Trajectory: " + o.Name, "Synthetic steps.", ["event", "project"], [new TimelineStep(new LocalDate(2020, 1, 1), 0, "start"), new TimelineStep(new LocalDate(2021, 1, 1), 1, "project")], scope.Language)]);
        Assert.True(funding.HasData && cooperation.HasData);
        string html = Sample(funding: funding, cooperation: cooperation).Render();
        XDocument with = ReportAssert.WellFormedAndSafe(html);
        Assert.DoesNotContain(with.Descendants(X + "p"), p => (string?)p.Attribute("class") == PlaceholderText.CssClass);
        Assert.Equal(SampleData.Organisations.Length - 1, ReportAssert.Figures(with, "ladder").Length);
        Assert.Equal(SampleData.Organisations.Length - 1, ReportAssert.Figures(with, "timeline").Length);
        Assert.Contains("No funding data was supplied", with.Root!.Value);
        Assert.Contains("No cooperation records were supplied", with.Root!.Value);
    }

    [Fact]
    public void Hostile_organisation_name_is_escaped_everywhere()
    {
        OrganisationProfile profile = new OrganisationProfileBuilder(Hostile, new LocalDate(2026, 1, 1)).Build();
        var organisation = new ReportOrganisation(profile, description: Hostile);
        var objectives = new ObjectiveProfile(Hostile, [new PursuedObjective(Objective.IdentityBuilding, EvidenceSource.SelfReported)]);
        var report = HtmlReport.Standard([organisation], Language.English, Hostile, _ => objectives, _ => new FunctionEvidenceProfile(Hostile, []));
        string html = report.Render();
        XDocument doc = ReportAssert.WellFormedAndSafe(html);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;", html, StringComparison.Ordinal);
        Assert.Equal(Hostile, doc.Descendants(X + "article").Single().Element(X + "h2")!.Value);
        Assert.EndsWith(Hostile, doc.Descendants(X + "title").Single().Value, StringComparison.Ordinal);
        // Inside the charts too: the SVG title carries the name as text.
        Assert.Contains(doc.Descendants(ReportAssert.Svg + "title"), t => t.Value.Contains(Hostile, StringComparison.Ordinal));
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        Assert.Equal(Sample().Render(), Sample().Render());
        Assert.Equal(Sample(Language.German).ToUtf8(), Sample(Language.German).ToUtf8());
    }

    [Fact]
    public void German_report_uses_German_labels()
    {
        XDocument doc = ReportAssert.WellFormedAndSafe(Sample(Language.German).Render());
        Assert.Equal("de", (string?)doc.Root!.Attribute("lang"));
        string text = doc.Root.Value;
        Assert.Contains("Zielsetzungen (Matrix nach Preißler)", text);
        Assert.Contains("nicht erfüllt", text);
        Assert.Contains("In dieser Version nicht verfügbar.", text);
    }

    [Fact]
    public void Constructor_rejects_no_organisations_and_duplicate_section_ids()
    {
        var org = new ReportOrganisation(SampleData.Profiles[0]);
        Assert.Throws<ArgumentException>(() => new HtmlReport([], Language.English, [], [], [], "x"));
        Assert.Throws<ArgumentException>(() => new HtmlReport([org], Language.English, [], [new DefinitionsSection(), new DefinitionsSection()], [], "x"));
        Assert.Throws<ArgumentException>(() => new HtmlReport([org], Language.English, [], [], [], " "));
        Assert.Throws<ArgumentException>(() => new HtmlReport([org], Language.English, [new ReferenceSection()], [], [new ReferenceSection()], "x"));
    }

    [Fact]
    public void Writer_refuses_markup_in_css_and_a_late_doctype()
    {
        using var text = new System.IO.StringWriter();
        using var writer = new ReportWriter(text);
        writer.Start("div");
        Assert.Throws<InvalidOperationException>(writer.DocType);
        Assert.Throws<ArgumentException>(() => writer.Style("a > b { }"));
    }
}
