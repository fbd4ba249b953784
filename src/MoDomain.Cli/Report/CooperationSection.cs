using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Cli.Report.Charts;
using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report;

/// <summary>
/// The cooperation section: the trajectory of each MO–partner pair as a <see cref="TimelineChart"/> (labelled steps
/// over dates). The charts are built by a provider the caller passes; without a provider the section says that no
/// cooperation data was supplied.
/// </summary>
public sealed class CooperationSection : IReportSection
{
    private readonly Func<ReportOrganisation, ReportScope, IEnumerable<TimelineChart>>? provider;

    /// <summary>Creates the section.</summary>
    /// <param name="provider">Builds one timeline per cooperation pair of an organisation (none: no records for it); null when no cooperation data was supplied, which the section says.</param>
    public CooperationSection(Func<ReportOrganisation, ReportScope, IEnumerable<TimelineChart>>? provider = null) => this.provider = provider;

    /// <summary>Gets whether cooperation data is passed to the section.</summary>
    public bool HasData => provider is not null;

    /// <inheritdoc/>
    public string Id => "cooperation";

    /// <inheritdoc/>
    public LocalizedText Title { get; } = new("Cooperation trajectory", "Verlauf der Zusammenarbeit");

    /// <inheritdoc/>
    public void Render(ReportWriter writer, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scope);
        if (provider is null)
        {
            writer.Element("p", scope.T(
                "No cooperation data was supplied for this report (a municipality's cooperation file, given with --cooperation).",
                "Für diesen Bericht wurden keine Kooperationsdaten übergeben (die Kooperationsdatei einer Kommune, angegeben mit --cooperation)."), ("class", "no-data"));
            return;
        }
        foreach (ReportOrganisation organisation in scope.Organisations)
        {
            var charts = provider(organisation, scope).ToList();
            if (charts.Count == 0)
            {
                writer.Element("p", scope.T("No cooperation records were supplied for this organisation.", "Für diese Organisation liegen keine Kooperationsdaten vor."), ("class", "no-data"));
            }
            foreach (TimelineChart chart in charts)
            {
                chart.Write(writer);
            }
        }
    }
}
