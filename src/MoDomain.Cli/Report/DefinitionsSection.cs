using System;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report;

/// <summary>
/// The definitions section: the verdict of each definition with the organisation's self-identification beside it,
/// then every criterion with its outcome, explanation and the facts that would decide an open criterion.
/// </summary>
public sealed class DefinitionsSection : IReportSection
{
    /// <summary>Creates the section.</summary>
    /// <param name="definitions">The definitions to classify under; null for <see cref="DefinitionSet.Default"/>.</param>
    public DefinitionsSection(DefinitionSet? definitions = null) => Definitions = definitions ?? DefinitionSet.Default;

    /// <summary>Gets the definitions.</summary>
    public DefinitionSet Definitions { get; }

    /// <inheritdoc/>
    public string Id => "definitions";

    /// <inheritdoc/>
    public LocalizedText Title { get; } = new("Definitions: verdicts and reasons", "Definitionen: Urteile und Gründe");

    /// <inheritdoc/>
    public void Render(ReportWriter writer, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (ReportOrganisation organisation in scope.Organisations)
        {
            ClassificationReport report = Definitions.ClassifyAll(organisation.Profile);
            writer.Element("p", scope.T(
                "Each definition is applied to the recorded facts. The self-identification is shown beside the verdict and never changes it; the container term is a wider umbrella, not a definition.",
                "Jede Definition wird auf die erfassten Fakten angewandt. Das Selbstverständnis steht neben dem Urteil und ändert es nie; der Begriffscontainer ist ein weiterer Sammelbegriff, keine Definition."));
            writer.Start("table", ("class", "data verdicts"));
            writer.Start("thead");
            writer.Start("tr");
            writer.Element("th", scope.T("Definition", "Definition"), ("scope", "col"));
            writer.Element("th", scope.T("Verdict", "Urteil"), ("scope", "col"));
            writer.Element("th", scope.T("Self-identification", "Selbstverständnis"), ("scope", "col"));
            writer.Element("th", scope.T("Verdict and self-identification differ", "Urteil und Selbstverständnis weichen ab"), ("scope", "col"));
            writer.Element("th", scope.T("Missing facts", "Fehlende Fakten"), ("scope", "col"));
            writer.End();
            writer.End();
            writer.Start("tbody");
            foreach (Classification c in report.Classifications)
            {
                writer.Start("tr");
                writer.Element("th", c.Definition.Label.In(scope.Language) + " (" + c.Definition.Id + ")", ("scope", "row"));
                writer.Element("td", ReportText.Verdict(c.Verdict, scope), ("class", ReportText.Class(c.Verdict)));
                writer.Element("td", ReportText.SelfIdentification(c.SelfIdentification, scope));
                writer.Element("td", ReportText.Truth(c.DiffersFromSelfIdentification, scope));
                writer.Element("td", c.Evaluation.MissingFacts.IsEmpty ? "–" : string.Join(", ", c.Evaluation.MissingFacts));
                writer.End();
            }
            writer.Start("tr");
            writer.Element("th", report.ContainerTerm.Label.In(scope.Language) + " (" + report.ContainerTerm.RuleId + ")", ("scope", "row"));
            writer.Element("td", ReportText.Truth(report.ContainerTerm.Outcome, scope), ("class", ReportText.Class(report.ContainerTerm.Outcome)));
            writer.Element("td", ReportText.SelfIdentification(report.SelfIdentification, scope));
            writer.Element("td", "–");
            writer.Element("td", report.ContainerTerm.MissingFacts.IsEmpty ? "–" : string.Join(", ", report.ContainerTerm.MissingFacts));
            writer.End();
            writer.End();
            writer.End();

            foreach (Classification c in report.Classifications)
            {
                writer.Element(scope.Subheading, c.Definition.Label.In(scope.Language) + ": " + ReportText.Verdict(c.Verdict, scope));
                writer.Element("p", c.Evaluation.Explanation.In(scope.Language));
                writer.Start("table", ("class", "data criteria"));
                writer.Start("thead");
                writer.Start("tr");
                writer.Element("th", scope.T("Criterion", "Kriterium"), ("scope", "col"));
                writer.Element("th", scope.T("Outcome", "Ergebnis"), ("scope", "col"));
                writer.Element("th", scope.T("Explanation", "Erläuterung"), ("scope", "col"));
                writer.Element("th", scope.T("Would decide it", "Würde es entscheiden"), ("scope", "col"));
                writer.End();
                writer.End();
                writer.Start("tbody");
                var parts = c.Evaluation.Parts.IsEmpty ? [c.Evaluation] : c.Evaluation.Parts;
                foreach (Evaluation part in parts)
                {
                    writer.Start("tr");
                    writer.Element("th", part.Label.In(scope.Language) + " (" + part.RuleId + ")", ("scope", "row"));
                    writer.Element("td", ReportText.Truth(part.Outcome, scope), ("class", ReportText.Class(part.Outcome)));
                    writer.Element("td", part.Explanation.In(scope.Language));
                    writer.Element("td", part.MissingFacts.IsEmpty ? "–" : string.Join(", ", part.MissingFacts));
                    writer.End();
                }
                writer.End();
                writer.End();
            }
            writer.Element("p", scope.T("Facts read: ", "Gelesene Fakten: ") + string.Join("; ", report.Classifications
                .SelectMany(c => c.Evaluation.FactsRead)
                .GroupBy(f => f.Id, StringComparer.Ordinal)
                .Select(g => g.First())
                .Select(f => f.Label.In(scope.Language) + " = " + (f.Value.TryGetValue(out string? v) ? v : scope.T("unknown", "unbekannt")))), ("class", "facts"));
        }
    }
}
