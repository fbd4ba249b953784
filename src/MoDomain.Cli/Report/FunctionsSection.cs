using System;
using System.Linq;
using MoDomain.Cli.Report.Charts;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report;

/// <summary>
/// The social-security functions section: the 4 × 3 function × perspective matrix as a heatmap with the count of
/// supporting evidence items written in every cell, a second heatmap of contradicting items when there are any, and
/// the disagreements between perspectives.
/// </summary>
public sealed class FunctionsSection : IReportSection
{
    private readonly Func<ReportOrganisation, FunctionEvidenceProfile?> lookup;

    /// <summary>Creates the section.</summary>
    /// <param name="lookup">Finds the function evidence of an organisation, or null when none was supplied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lookup"/> is null.</exception>
    public FunctionsSection(Func<ReportOrganisation, FunctionEvidenceProfile?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        this.lookup = lookup;
    }

    /// <inheritdoc/>
    public string Id => "functions";

    /// <inheritdoc/>
    public LocalizedText Title { get; } = new("Social-security functions by perspective", "Funktionen sozialer Sicherung nach Perspektive");

    /// <summary>Builds the heatmap of a matrix.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="what">What the counts are (for the description).</param>
    /// <param name="scope">The scope (language).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static HeatmapChart Chart(FunctionPerspectiveMatrix matrix, string title, string what, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(scope);
        Language l = scope.Language;
        var functions = Enum.GetValues<SocialSecurityFunction>();
        var perspectives = Enum.GetValues<Perspective>();
        string cells = string.Join("; ", functions.Select(f =>
            SocialSecurityVocabulary.Functions.ConceptOf(f).Label.In(l) + ": "
            + string.Join(", ", perspectives.Select(p => SocialSecurityVocabulary.Perspectives.ConceptOf(p).Label.In(l) + " " + matrix.Count(f, p).ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        string description = scope.T(
            $"Number of {what} per social-security function (rows) and perspective (columns), {matrix.Total} in total. {cells}.",
            $"Anzahl der {what} je Funktion sozialer Sicherung (Zeilen) und Perspektive (Spalten), insgesamt {matrix.Total}. {cells}.");
        return new HeatmapChart(
            title,
            description,
            scope.T("Function \\ perspective", "Funktion \\ Perspektive"),
            scope.T("Total", "Summe"),
            functions.Select(f => SocialSecurityVocabulary.Functions.ConceptOf(f).Label.In(l)),
            perspectives.Select(p => SocialSecurityVocabulary.Perspectives.ConceptOf(p).Label.In(l)),
            functions.Select(f => perspectives.Select(p => matrix.Count(f, p))));
    }

    /// <inheritdoc/>
    public void Render(ReportWriter writer, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scope);
        Language l = scope.Language;
        foreach (ReportOrganisation organisation in scope.Organisations)
        {
            FunctionEvidenceProfile? profile = lookup(organisation);
            if (profile is null)
            {
                writer.Element("p", scope.T("No function evidence was supplied for this organisation.", "Für diese Organisation liegen keine Belege zu Funktionen vor."), ("class", "no-data"));
                continue;
            }
            FunctionAssessment assessment = profile.Assess();
            if (profile.IsEmpty)
            {
                writer.Element("p", scope.T("No evidence is recorded for this organisation, so every count is 0.", "Für diese Organisation sind keine Belege erfasst; jede Anzahl ist 0."), ("class", "no-data"));
            }
            Chart(assessment.SupportingMatrix,
                scope.T("Supporting evidence: ", "Unterstützende Belege: ") + organisation.Name,
                scope.T("supporting evidence items", "unterstützenden Belege"),
                scope).Write(writer);
            if (assessment.ContradictingMatrix.Total > 0)
            {
                Chart(assessment.ContradictingMatrix,
                    scope.T("Contradicting evidence: ", "Widersprechende Belege: ") + organisation.Name,
                    scope.T("contradicting evidence items", "widersprechenden Belege"),
                    scope).Write(writer);
            }
            writer.Start("ul", ("class", "facts"));
            writer.Element("li", scope.T("Evidenced functions: ", "Belegte Funktionen: ")
                + (assessment.EvidencedFunctions.IsEmpty ? "–" : string.Join(", ", assessment.EvidencedFunctions.Select(f => SocialSecurityVocabulary.Functions.ConceptOf(f).Label.In(l)))));
            foreach (FunctionDisagreement d in assessment.Disagreements)
            {
                writer.Element("li", scope.T("Perspectives disagree on ", "Die Perspektiven widersprechen sich bei ")
                    + SocialSecurityVocabulary.Functions.ConceptOf(d.Function).Label.In(l) + ": "
                    + scope.T("supported by ", "unterstützt von ") + string.Join(", ", d.SupportedBy.Select(p => SocialSecurityVocabulary.Perspectives.ConceptOf(p).Label.In(l)))
                    + "; " + scope.T("contradicted by ", "widersprochen von ") + string.Join(", ", d.ContradictedBy.Select(p => SocialSecurityVocabulary.Perspectives.ConceptOf(p).Label.In(l))) + ".");
            }
            writer.End();
        }
    }
}
