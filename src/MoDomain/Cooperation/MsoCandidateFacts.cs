using System.Linq;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime.Text;

namespace MoDomain.Cooperation;

/// <summary>
/// The facts about an <see cref="MsoCandidate"/> that due-diligence rules may read. Origin country, nationality and
/// religion have no descriptor on purpose: no rule can read them.
/// </summary>
/// <remarks>All members are immutable and built once; they are safe to share across threads.</remarks>
public static class MsoCandidateFacts
{
    /// <summary>Gets the fact <c>umbrella-memberships</c>.</summary>
    public static FactDescriptor<MsoCandidate, ValueSet<string>> UmbrellaMemberships { get; } =
        new("umbrella-memberships", new LocalizedText("Umbrella memberships", "Dachverbandsmitgliedschaften"), static c => c.UmbrellaMemberships, FormatNames);

    /// <summary>Gets the fact <c>observation-report</c>.</summary>
    public static FactDescriptor<MsoCandidate, ObservationReport> ObservationReport { get; } =
        new("observation-report", new LocalizedText("Reported observation by the Verfassungsschutz", "Gemeldete Beobachtung durch den Verfassungsschutz"), static c => c.ObservationReport, FormatObservation);

    /// <summary>Gets the fact <c>commissioner-clarification</c>.</summary>
    public static FactDescriptor<MsoCandidate, CommissionerClarification> CommissionerClarification { get; } =
        new("commissioner-clarification", new LocalizedText("Clarification with the integration commissioner", "Klärung mit den Integrationsbeauftragten"), static c => c.CommissionerClarification,
            CooperationVocabulary.CommissionerClarifications.IdOf);

    private static string FormatNames(ValueSet<string> names) =>
        names.IsEmpty ? "none" : string.Join(", ", names.Items.Select(static n => "\"" + n + "\""));

    private static string FormatObservation(ObservationReport report) =>
        $"{(report.Observed ? "observed" : "not observed")}; {report.Source}; {LocalDatePattern.Iso.Format(report.Date)}";
}
