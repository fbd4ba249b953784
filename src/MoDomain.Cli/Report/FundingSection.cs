using System;
using MoDomain.Cli.Report.Charts;
using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report;

/// <summary>
/// The funding section: the funding ladder as a <see cref="LadderChart"/> with the organisation's current rung and the
/// dates of the next rungs. The chart is built by a provider the caller passes (it maps the funding framework's
/// answer to ladder rungs); without a provider the section is a marked placeholder.
/// </summary>
public sealed class FundingSection : IReportSection
{
    private readonly Func<ReportOrganisation, ReportScope, LadderChart?>? provider;

    /// <summary>Creates the section.</summary>
    /// <param name="provider">Builds the ladder chart of an organisation (null result: no funding data for it); null when this build passes no funding data, which renders a placeholder.</param>
    public FundingSection(Func<ReportOrganisation, ReportScope, LadderChart?>? provider = null) => this.provider = provider;

    /// <summary>Gets whether funding data is passed to the section.</summary>
    public bool HasData => provider is not null;

    /// <inheritdoc/>
    public string Id => "funding";

    /// <inheritdoc/>
    public LocalizedText Title { get; } = new("Funding ladder", "Förderleiter");

    /// <inheritdoc/>
    public void Render(ReportWriter writer, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scope);
        if (provider is null)
        {
            PlaceholderText.Write(writer, scope, scope.T(
                "The funding ladder with the organisation's position and the dates of the next rungs needs the funding framework, which this build does not pass to the report.",
                "Die Förderleiter mit der Position der Organisation und den Terminen der nächsten Stufen braucht das Förder-Framework, das diese Version dem Bericht nicht übergibt."));
            return;
        }
        foreach (ReportOrganisation organisation in scope.Organisations)
        {
            LadderChart? chart = provider(organisation, scope);
            if (chart is null)
            {
                writer.Element("p", scope.T("No funding data was supplied for this organisation.", "Für diese Organisation liegen keine Förderdaten vor."), ("class", "no-data"));
            }
            else
            {
                chart.Write(writer);
            }
        }
    }
}
