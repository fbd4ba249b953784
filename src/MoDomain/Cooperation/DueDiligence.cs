using System;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime.Text;

namespace MoDomain.Cooperation;

/// <summary>
/// Due diligence on a candidate MSO before a cooperation (Kita-Einstieg 2018, DOMAIN.md §5.5), built on
/// <see cref="Rule{TSubject}"/>: reported observation by the Verfassungsschutz, umbrella membership, clarification with
/// the integration commissioner.
/// </summary>
/// <remarks>
/// <para>The rule is an all-of of three criteria: <c>no-reported-observation</c>, <c>umbrella-checked</c>,
/// <c>no-commissioner-concern</c>. Kleene logic gives: a concern if any check fails, clear if all pass, undetermined
/// otherwise. Each criterion reads only the facts of <see cref="MsoCandidateFacts"/>; origin country, nationality and
/// religion are never read.</para>
/// </remarks>
public static class DueDiligence
{
    /// <summary>Builds the due-diligence rule.</summary>
    /// <param name="parameters">The interpretive parameters.</param>
    /// <returns>The rule (id <c>due-diligence</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static Rule<MsoCandidate> Rule(DueDiligenceParameters parameters)
    {
        Guard.Against.Null(parameters);
        var concerning = parameters.ConcerningUmbrellas;
        bool require = parameters.RequireCommissionerClarification;
        var observation = new Criterion<MsoCandidate>(
            "no-reported-observation",
            new LocalizedText("No reported observation by the Verfassungsschutz", "Keine gemeldete Beobachtung durch den Verfassungsschutz"),
            SourceKeys.KitaEinstieg2018,
            [MsoCandidateFacts.ObservationReport],
            static c => c.ObservationReport.Test(static r => !r.Observed),
            static (c, outcome) => c.ObservationReport.TryGetValue(out var r)
                ? (r.Observed
                    ? new LocalizedText($"{r.Source} ({LocalDatePattern.Iso.Format(r.Date)}) reports observation by the Verfassungsschutz.", $"{r.Source} ({LocalDatePattern.Iso.Format(r.Date)}) meldet eine Beobachtung durch den Verfassungsschutz.")
                    : new LocalizedText($"{r.Source} ({LocalDatePattern.Iso.Format(r.Date)}) reports no observation by the Verfassungsschutz.", $"{r.Source} ({LocalDatePattern.Iso.Format(r.Date)}) meldet keine Beobachtung durch den Verfassungsschutz."))
                : new LocalizedText("Whether an authority reports observation by the Verfassungsschutz is not recorded.", "Ob eine Behörde eine Beobachtung durch den Verfassungsschutz meldet, ist nicht erfasst."));
        var umbrella = new Criterion<MsoCandidate>(
            "umbrella-checked",
            new LocalizedText("Umbrella association checked", "Dachverband geprüft"),
            SourceKeys.KitaEinstieg2018,
            [MsoCandidateFacts.UmbrellaMemberships],
            c => c.UmbrellaMemberships.Test(s => !s.Overlaps(concerning)),
            (c, outcome) =>
            {
                if (!c.UmbrellaMemberships.TryGetValue(out var s))
                {
                    return new LocalizedText("Which umbrella association it belongs to is not known.", "Zu welchem Dachverband sie gehört, ist nicht bekannt.");
                }
                string names = MsoCandidateFacts.UmbrellaMemberships.Format(s);
                return outcome.IsNo
                    ? new LocalizedText($"It belongs to an umbrella listed as a concern: {names}.", $"Sie gehört einem als bedenklich geführten Dachverband an: {names}.")
                    : new LocalizedText($"Umbrella associations checked: {names}; none is listed as a concern.", $"Dachverbände geprüft: {names}; keiner ist als bedenklich geführt.");
            });
        var commissioner = new Criterion<MsoCandidate>(
            "no-commissioner-concern",
            new LocalizedText("No concern from the integration commissioner", "Keine Bedenken der Integrationsbeauftragten"),
            SourceKeys.KitaEinstieg2018,
            [MsoCandidateFacts.CommissionerClarification],
            c => !c.CommissionerClarification.TryGetValue(out var k) ? Truth.Unknown : k switch
            {
                CommissionerClarification.Concerns => Truth.No,
                CommissionerClarification.NoConcerns => Truth.Yes,
                _ => require ? Truth.Unknown : Truth.Yes,
            },
            (c, outcome) => !c.CommissionerClarification.TryGetValue(out var k)
                ? new LocalizedText("Whether the integration commissioner was consulted is not recorded.", "Ob die Integrationsbeauftragten angefragt wurden, ist nicht erfasst.")
                : k switch
                {
                    CommissionerClarification.Concerns => new LocalizedText("The integration commissioner raised concerns.", "Die Integrationsbeauftragten haben Bedenken geäußert."),
                    CommissionerClarification.NoConcerns => new LocalizedText("The integration commissioner raised no concerns.", "Die Integrationsbeauftragten haben keine Bedenken geäußert."),
                    _ => outcome.IsUnknown
                        ? new LocalizedText("The integration commissioner has not been consulted yet, and the parameters require it.", "Die Integrationsbeauftragten wurden noch nicht angefragt; die Parameter verlangen es.")
                        : new LocalizedText("The integration commissioner was not consulted; the source makes this optional.", "Die Integrationsbeauftragten wurden nicht angefragt; die Quelle stellt dies frei."),
                });
        return new AllOf<MsoCandidate>(
            "due-diligence",
            new LocalizedText("Due diligence on a candidate MSO", "Prüfung einer möglichen Partner-MSO"),
            SourceKeys.KitaEinstieg2018,
            [observation, umbrella, commissioner]);
    }

    /// <summary>Checks a candidate with <see cref="DueDiligenceParameters.Default"/>.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public static DueDiligenceResult Check(MsoCandidate candidate) => Check(candidate, DueDiligenceParameters.Default);

    /// <summary>Checks a candidate.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DueDiligenceResult Check(MsoCandidate candidate, DueDiligenceParameters parameters)
    {
        Guard.Against.Null(candidate);
        return new DueDiligenceResult(candidate.Name, Rule(parameters).Evaluate(candidate));
    }
}
