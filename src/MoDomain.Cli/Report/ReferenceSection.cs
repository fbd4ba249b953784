using System;
using System.Globalization;
using System.Linq;
using MoDomain.Cli.Report.Charts;
using MoDomain.Reference;
using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report;

/// <summary>
/// The reference figures section: bar charts of the cooperation-form shares and of who initiates cooperation, a
/// table of every survey figure with its provenance (n, survey year, publication year, source), and the rankings
/// with their ties.
/// </summary>
public sealed class ReferenceSection : IReportSection
{
    /// <inheritdoc/>
    public string Id => "reference";

    /// <inheritdoc/>
    public LocalizedText Title { get; } = new("Reference figures from the sources", "Referenzzahlen aus den Quellen");

    /// <summary>Builds the bar chart of the cooperation forms (single events and projects).</summary>
    /// <param name="scope">The scope (language).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public static BarChart FormsChart(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        BarGroup events = new(scope.T("Single events", "Einzelveranstaltungen"),
        [
            Bar("qz-2020-events-municipality-led", scope.T("Municipality's, MOs involved", "der Kommune, MO eingebunden"), scope),
            Bar("qz-2020-events-mo-led", scope.T("MO's, municipality involved", "der MO, Kommune beteiligt"), scope),
            Bar("qz-2020-events-joint", scope.T("Planned and run jointly", "gemeinsam geplant und durchgeführt"), scope),
        ]);
        BarGroup projects = new(scope.T("Projects", "Projekte"),
        [
            Bar("qz-2020-projects-mo-led", scope.T("MO's, municipal funding or input", "der MO, mit Förderung/Beteiligung"), scope),
            Bar("qz-2020-projects-municipality-led", scope.T("Municipality's, MOs involved", "der Kommune, MO eingebunden"), scope),
            Bar("qz-2020-projects-joint", scope.T("Planned and run jointly", "gemeinsam geplant und durchgeführt"), scope),
        ]);
        ReferenceSurvey survey = ReferenceData.Figure("qz-2020-events-joint").Survey;
        return new BarChart(
            scope.T("Forms of cooperation between municipalities and MOs", "Formen der Zusammenarbeit zwischen Kommunen und MO"),
            scope.T(
                $"Shares of single events and of projects by form, in per cent; {survey.Label.English}, source {survey.Source}. Events: municipality's 35, MO's 35, joint 30. Projects: MO's 39, municipality's 35, joint 26.",
                $"Anteile der Einzelveranstaltungen und der Projekte nach Form, in Prozent; {survey.Label.German}, Quelle {survey.Source}. Veranstaltungen: der Kommune 35, der MO 35, gemeinsam 30. Projekte: der MO 39, der Kommune 35, gemeinsam 26."),
            scope.T("Level", "Ebene"), scope.T("Form", "Form"), scope.T("Share", "Anteil"),
            [events, projects],
            100m);
    }

    /// <summary>Builds the bar chart of who initiates cooperation.</summary>
    /// <param name="scope">The scope (language).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public static BarChart InitiatorsChart(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        BarGroup initiators = new(scope.T("Cooperation initiated by", "Zusammenarbeit geht aus von"),
        [
            Bar("qz-2020-initiator-integration-department", scope.T("Integration department", "Fachbereich Integration"), scope),
            Bar("qz-2020-initiator-mo", scope.T("Migrant organisations", "Migrantenorganisationen"), scope),
            Bar("qz-2020-initiator-other-municipal-office", scope.T("Other municipal offices", "andere kommunale Stellen"), scope),
        ]);
        ReferenceSurvey survey = ReferenceData.Figure("qz-2020-initiator-mo").Survey;
        string values = string.Join(", ", initiators.Bars.Select(b => b.Label + " " + b.ValueText));
        return new BarChart(
            scope.T("Who initiates cooperation", "Von wem die Zusammenarbeit ausgeht"),
            scope.T($"Share of cooperation by initiator, in per cent; source {survey.Source}. {values}.", $"Anteil der Zusammenarbeit nach Initiator, in Prozent; Quelle {survey.Source}. {values}."),
            scope.T("Question", "Frage"), scope.T("Initiator", "Initiator"), scope.T("Share", "Anteil"),
            [initiators],
            100m);
    }

    private static Bar Bar(string figureId, string label, ReportScope scope)
    {
        ReferenceFigure figure = ReferenceData.Figure(figureId);
        return new Bar(label, figure.Value, figure.Format(scope.Language));
    }

    private static string Year(Rules.Fact<int> year) => year.TryGetValue(out int y) ? y.ToString(CultureInfo.InvariantCulture) : "–";

    /// <inheritdoc/>
    public void Render(ReportWriter writer, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scope);
        Language l = scope.Language;
        writer.Element("p", scope.T(
            "Survey figures as the sources state them, each with its base (n), survey year, publication year and source key. They describe the surveyed municipalities and organisations, not the organisations of this report.",
            "Erhebungszahlen, wie die Quellen sie nennen, jeweils mit Basis (n), Erhebungsjahr, Veröffentlichungsjahr und Quellenschlüssel. Sie beschreiben die befragten Kommunen und Organisationen, nicht die Organisationen dieses Berichts."));
        FormsChart(scope).Write(writer);
        InitiatorsChart(scope).Write(writer);

        writer.Element(scope.Subheading, scope.T("All figures", "Alle Zahlen"));
        writer.Start("table", ("class", "data figures"));
        writer.Start("thead");
        writer.Start("tr");
        foreach (string header in new[]
        {
            "id", scope.T("Topic", "Thema"), scope.T("Measures", "Was gemessen wird"), scope.T("Value", "Wert"), "n",
            scope.T("Survey year", "Erhebungsjahr"), scope.T("Published", "Veröffentlicht"), scope.T("Source", "Quelle"),
        })
        {
            writer.Element("th", header, ("scope", "col"));
        }
        writer.End();
        writer.End();
        writer.Start("tbody");
        foreach (ReferenceFigure f in ReferenceData.Figures)
        {
            writer.Start("tr");
            writer.Element("td", f.Id, ("class", "id"));
            writer.Element("td", ReferenceData.Topics[f.Topic].Label.In(l));
            writer.Element("td", f.Measures.In(l));
            writer.Element("td", f.Format(l), ("class", "num"));
            writer.Element("td", Year(f.N), ("class", "num"));
            writer.Element("td", Year(f.Survey.SurveyYear), ("class", "num"));
            writer.Element("td", Year(f.Survey.PublicationYear), ("class", "num"));
            writer.Element("td", f.Source);
            writer.End();
        }
        writer.End();
        writer.End();

        writer.Element(scope.Subheading, scope.T("Rankings (ties as the source states them)", "Rangfolgen (Gleichstände wie in der Quelle)"));
        foreach (ReferenceRanking r in ReferenceData.Rankings)
        {
            writer.Start("p");
            writer.Element("strong", r.Measures.In(l));
            writer.Text(" (" + r.Id + ", " + r.Source + ")");
            writer.End();
            writer.Start("ol", ("class", "ranking"));
            foreach (var tier in r.Tiers)
            {
                writer.Element("li", string.Join(" = ", tier));
            }
            writer.End();
        }
    }
}
