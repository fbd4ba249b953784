using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Cli.Report.Charts;
using MoDomain.Cooperation;
using MoDomain.Definitions;

namespace MoDomain.Cli.Report;

/// <summary>
/// Turns a municipality's cooperation records into the report's trajectory charts: one timeline per MO–partner pair,
/// one step per record (its start date, level, title and form), levels in vocabulary order.
/// </summary>
public static class CooperationCharts
{
    /// <summary>Creates the provider the <see cref="CooperationSection"/> calls for each organisation.</summary>
    /// <param name="cooperation">The municipality's cooperation.</param>
    /// <param name="organisations">The organisations of the report: a record's MO key refers to an organisation by its id,
    /// or (older files) by a name no other organisation has (<see cref="OrganisationIndex"/>).</param>
    /// <returns>A provider giving the timelines of the organisation's own MO–partner pairs.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Func<ReportOrganisation, ReportScope, IEnumerable<TimelineChart>> Provider(MunicipalityCooperation cooperation, OrganisationIndex organisations)
    {
        ArgumentNullException.ThrowIfNull(cooperation);
        ArgumentNullException.ThrowIfNull(organisations);
        // Each MO key is resolved once and grouped by the organisation it refers to, so that a report of many
        // organisations costs time linear in the keys rather than organisations × keys.
        var keysByOrganisation = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string key in cooperation.Records.SelectMany(r => r.Mos).Distinct(StringComparer.Ordinal))
        {
            if (organisations.TryFind(key, out OrganisationProfile? profile))
            {
                if (!keysByOrganisation.TryGetValue(profile.Id, out List<string>? list))
                {
                    list = [];
                    keysByOrganisation.Add(profile.Id, list);
                }
                list.Add(key);
            }
        }
        return (organisation, scope) => For(
            cooperation,
            keysByOrganisation.TryGetValue(organisation.Profile.Id, out List<string>? keys) ? keys : [],
            organisation,
            scope);
    }

    private static IEnumerable<TimelineChart> For(MunicipalityCooperation cooperation, IEnumerable<string> keys, ReportOrganisation organisation, ReportScope scope)
    {
        CooperationLevel[] levels = Enum.GetValues<CooperationLevel>();
        string[] levelLabels = [.. levels.Select(l => CooperationVocabulary.Levels.ConceptOf(l).Label.In(scope.Language))];
        foreach (CooperationTrajectory trajectory in keys.SelectMany(k => cooperation.Portfolio.ForMo(k).Trajectories()))
        {
            var steps = trajectory.Steps.Select(step =>
            {
                CooperationRecord record = step.Record;
                string form = record.Form.TryGetValue(out CooperationForm f) ? CooperationVocabulary.Forms.ConceptOf(f).Label.In(scope.Language) : scope.T("form unknown", "Form unbekannt");
                return new TimelineStep(record.Period.Start, Array.IndexOf(levels, record.Level), $"{record.Title} ({form})");
            });
            string moves = trajectory.MovesTowardsInstitutionalisation.Id switch
            {
                "yes" => scope.T("every step is at least as institutionalised as the one before", "jeder Schritt ist mindestens so institutionalisiert wie der vorige"),
                "no" => scope.T("at least one step is less institutionalised than an earlier one", "mindestens ein Schritt ist weniger institutionalisiert als ein früherer"),
                _ => scope.T("whether it moves towards institutionalisation is undetermined (some steps cannot be compared)", "ob sie sich zur Institutionalisierung hin bewegt, ist offen (manche Schritte sind nicht vergleichbar)"),
            };
            yield return new TimelineChart(
                $"{organisation.Name} – {trajectory.PartnerName}",
                scope.T($"Cooperation steps of {organisation.Name} with {trajectory.PartnerName} by date and level; {moves}.", $"Schritte der Zusammenarbeit von {organisation.Name} mit {trajectory.PartnerName} nach Datum und Ebene; {moves}."),
                levelLabels,
                steps,
                scope.Language);
        }
    }
}
