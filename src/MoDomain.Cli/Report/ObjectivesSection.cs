using System;
using System.Globalization;
using System.Linq;
using MoDomain.Cli.Report.Charts;
using MoDomain.Objectives;
using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report;

/// <summary>
/// The objectives section: Preißler's matrix as a 2 × 2 quadrant chart (inward/outward × explicit/implicit) with the
/// organisation's objectives listed in their cells, the dominant cell(s) marked, and the shares.
/// </summary>
public sealed class ObjectivesSection : IReportSection
{
    private readonly Func<ReportOrganisation, ObjectiveProfile?> lookup;

    /// <summary>Creates the section.</summary>
    /// <param name="lookup">Finds the objective profile of an organisation, or null when none was supplied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lookup"/> is null.</exception>
    public ObjectivesSection(Func<ReportOrganisation, ObjectiveProfile?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        this.lookup = lookup;
    }

    /// <inheritdoc/>
    public string Id => "objectives";

    /// <inheritdoc/>
    public LocalizedText Title { get; } = new("Objectives (Preißler's matrix)", "Zielsetzungen (Matrix nach Preißler)");

    /// <summary>Builds the quadrant chart of an analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="organisation">The organisation name (for the title).</param>
    /// <param name="scope">The scope (language).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static QuadrantChart Chart(ObjectiveAnalysis analysis, string organisation, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(scope);
        Language l = scope.Language;
        var cells = Enum.GetValues<ObjectiveCell>().Select(cell =>
        {
            int count = analysis.CountIn(cell);
            string summary = count.ToString(CultureInfo.InvariantCulture) + " " + scope.T(count == 1 ? "objective" : "objectives", count == 1 ? "Zielsetzung" : "Zielsetzungen")
                + ", " + scope.T("share of weight ", "Gewichtsanteil ") + ReportText.Share(analysis.ShareIn(cell), scope);
            var items = analysis.Considered.Where(p => p.Cell == cell).Select(p =>
                ObjectivesVocabulary.Objectives.ConceptOf(p.Objective).Label.In(l)
                + " (" + ObjectivesVocabulary.EvidenceSources.ConceptOf(p.Evidence).Label.In(l)
                + ", " + scope.T("weight ", "Gewicht ") + p.Emphasis.ToString("0.##", CultureInfo.InvariantCulture) + ")");
            string? emphasis = analysis.DominantCells.Contains(cell) ? scope.T("dominant", "dominant") : null;
            return new QuadrantCell(ObjectivesVocabulary.Cells.ConceptOf(cell).Label.In(l), items, summary, emphasis);
        });
        string dominant = analysis.DominantCells.Count == 0
            ? scope.T("no dominant cell (no objectives recorded)", "keine dominante Zelle (keine Zielsetzungen erfasst)")
            : scope.T("dominant: ", "dominant: ") + string.Join(scope.T(" and ", " und "), analysis.DominantCells.Select(c => ObjectivesVocabulary.Cells.ConceptOf(c).Label.In(l)));
        string description = scope.T(
            $"Objectives of {organisation} in the four cells of Preißler's matrix; columns: orientation of action (inward, outward); rows: kind of purpose (explicit, implicit). Inward share {ReportText.Share(analysis.InwardShare, scope)}, explicit share {ReportText.Share(analysis.ExplicitShare, scope)}; {dominant}.",
            $"Zielsetzungen von {organisation} in den vier Feldern der Matrix nach Preißler; Spalten: Handlungsorientierung (nach Innen, nach Außen); Zeilen: Art der Zwecke (explizit, implizit). Anteil nach Innen {ReportText.Share(analysis.InwardShare, scope)}, Anteil explizit {ReportText.Share(analysis.ExplicitShare, scope)}; {dominant}.");
        return new QuadrantChart(
            scope.T("Objectives matrix: ", "Zielsetzungsmatrix: ") + organisation,
            description,
            ObjectivesVocabulary.Orientations.Scheme.Label.In(l),
            Enum.GetValues<ObjectiveOrientation>().Select(o => ObjectivesVocabulary.Orientations.ConceptOf(o).Label.In(l)),
            ObjectivesVocabulary.Purposes.Scheme.Label.In(l),
            Enum.GetValues<ObjectivePurpose>().Select(p => ObjectivesVocabulary.Purposes.ConceptOf(p).Label.In(l)),
            cells);
    }

    /// <inheritdoc/>
    public void Render(ReportWriter writer, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (ReportOrganisation organisation in scope.Organisations)
        {
            ObjectiveProfile? profile = lookup(organisation);
            if (profile is null)
            {
                writer.Element("p", scope.T("No objective profile was supplied for this organisation.", "Für diese Organisation liegt kein Zielsetzungsprofil vor."), ("class", "no-data"));
                continue;
            }
            ObjectiveAnalysis analysis = profile.Analyze();
            Chart(analysis, organisation.Name, scope).Write(writer);
            writer.Start("ul", ("class", "facts"));
            writer.Element("li", scope.T("Inward share: ", "Anteil nach Innen: ") + ReportText.Share(analysis.InwardShare, scope));
            writer.Element("li", scope.T("Explicit share: ", "Anteil explizit: ") + ReportText.Share(analysis.ExplicitShare, scope));
            writer.Element("li", scope.T("Mainly inward: ", "Überwiegend nach Innen: ") + ReportText.Truth(analysis.IsMainlyInward, scope));
            writer.Element("li", scope.T("Objectives of the matrix not evidenced at all: ", "Zielsetzungen der Matrix ohne jeden Beleg: ")
                + (analysis.NeverEvidenced.Count == 0 ? "–" : string.Join(", ", analysis.NeverEvidenced.Select(o => ObjectivesVocabulary.Objectives.ConceptOf(o).Label.In(scope.Language)))));
            writer.End();
        }
    }
}
