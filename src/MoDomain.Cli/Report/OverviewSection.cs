using System;
using MoDomain.Definitions;
using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report;

/// <summary>A summary section: one row per organisation with each definition's verdict, the container term and the self-identification.</summary>
public sealed class OverviewSection : IReportSection
{
    /// <summary>Creates the section.</summary>
    /// <param name="definitions">The definitions; null for <see cref="DefinitionSet.Default"/>.</param>
    public OverviewSection(DefinitionSet? definitions = null) => Definitions = definitions ?? DefinitionSet.Default;

    /// <summary>Gets the definitions.</summary>
    public DefinitionSet Definitions { get; }

    /// <inheritdoc/>
    public string Id => "overview";

    /// <inheritdoc/>
    public LocalizedText Title { get; } = new("Overview of verdicts", "Übersicht der Urteile");

    /// <inheritdoc/>
    public void Render(ReportWriter writer, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scope);
        writer.Start("table", ("class", "data overview"));
        writer.Start("thead");
        writer.Start("tr");
        writer.Element("th", "Organisation", ("scope", "col"));
        foreach (Definition d in Definitions.Definitions)
        {
            writer.Element("th", d.Label.In(scope.Language) + " (" + d.Id + ")", ("scope", "col"));
        }
        writer.Element("th", scope.T("Container term", "Begriffscontainer"), ("scope", "col"));
        writer.Element("th", scope.T("Self-identification", "Selbstverständnis"), ("scope", "col"));
        writer.End();
        writer.End();
        writer.Start("tbody");
        foreach (ReportOrganisation organisation in scope.Organisations)
        {
            ClassificationReport report = Definitions.ClassifyAll(organisation.Profile);
            writer.Start("tr");
            writer.Element("th", organisation.Name, ("scope", "row"));
            foreach (Classification c in report.Classifications)
            {
                writer.Element("td", ReportText.Verdict(c.Verdict, scope), ("class", ReportText.Class(c.Verdict)));
            }
            writer.Element("td", ReportText.Truth(report.ContainerTerm.Outcome, scope), ("class", ReportText.Class(report.ContainerTerm.Outcome)));
            writer.Element("td", ReportText.SelfIdentification(report.SelfIdentification, scope));
            writer.End();
        }
        writer.End();
        writer.End();
    }
}
