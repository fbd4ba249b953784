using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Funding;

/// <summary>Descriptors of every fact funding requirements read from a <see cref="FundingSubject"/>. Their ids appear in
/// <see cref="Evaluation.FactsRead"/> and <see cref="Evaluation.MissingFacts"/>.</summary>
/// <remarks>Profile facts keep the ids of <see cref="OrganisationFacts"/>; dates are <c>yyyy-MM-dd</c>.</remarks>
public static class FundingFacts
{
    /// <summary>Gets the evaluation date (always known).</summary>
    public static FactDescriptor<FundingSubject, LocalDate> EvaluationDate { get; } =
        new("evaluation-date", new LocalizedText("Evaluation date", "Stichtag"), static s => s.At, LocalDatePattern.Iso.Format);

    /// <summary>Gets the funder applied to (always known; <c>none</c> when no specific funder is meant).</summary>
    public static FactDescriptor<FundingSubject, string> IntendedFunder { get; } =
        new("intended-funder", new LocalizedText("Funder applied to", "Angefragter Fördergeber"), FunderIdOf);

    /// <summary>Gets the kind of legal person (§ 75 SGB VIII), as given; never derived from faith or origin.</summary>
    public static FactDescriptor<FundingSubject, LegalPersonKind> LegalPersonKind { get; } =
        new("legal-person-kind", new LocalizedText("Kind of legal person", "Art der Person"), static s => s.Case.LegalPersonKind, FundingVocabulary.LegalPersonKinds.IdOf);

    /// <summary>Gets the profile's legal form.</summary>
    public static FactDescriptor<FundingSubject, LegalForm> LegalForm { get; } =
        new(OrganisationFacts.LegalForm.Id, OrganisationFacts.LegalForm.Label, static s => s.Case.Profile.LegalForm, DefinitionsVocabulary.LegalForms.IdOf);

    /// <summary>Gets the profile's non-profit status.</summary>
    public static FactDescriptor<FundingSubject, NonProfitStatus> NonProfitStatus { get; } =
        new(OrganisationFacts.NonProfitStatus.Id, OrganisationFacts.NonProfitStatus.Label, static s => s.Case.Profile.NonProfitStatus, DefinitionsVocabulary.NonProfitStatuses.IdOf);

    /// <summary>Gets whether paid structures exist: as given, else from the profile's staffing.</summary>
    public static FactDescriptor<FundingSubject, bool> PaidStructures { get; } =
        new("paid-structures", new LocalizedText("Paid structures", "Hauptamtliche Strukturen"), static s => PaidStructuresOf(s.Case), FormatBoolean);

    /// <summary>Gets whether offers aim beyond the own community.</summary>
    public static FactDescriptor<FundingSubject, bool> OffersBeyondOwnCommunity { get; } =
        new("offers-beyond-own-community", new LocalizedText("Offers beyond the own community", "Angebote über die eigene Community hinaus"), static s => s.Case.OffersBeyondOwnCommunity, FormatBoolean);

    /// <summary>Gets since when success is demonstrable.</summary>
    public static FactDescriptor<FundingSubject, LocalDate> SuccessRecordSince { get; } =
        new("success-record-since", new LocalizedText("Demonstrable success since", "Nachweisbare Erfolge seit"), static s => s.Case.SuccessRecordSince, LocalDatePattern.Iso.Format);

    /// <summary>Gets whether the organisation works in youth welfare.</summary>
    public static FactDescriptor<FundingSubject, bool> WorksInYouthWelfare { get; } =
        new("works-in-youth-welfare", new LocalizedText("Works in youth welfare", "In der Jugendhilfe tätig"), static s => s.Case.WorksInYouthWelfare, FormatBoolean);

    /// <summary>Gets the start of actual youth-welfare work.</summary>
    public static FactDescriptor<FundingSubject, LocalDate> YouthWelfareStart { get; } =
        new("youth-welfare-start", new LocalizedText("Start of youth-welfare work", "Beginn der Tätigkeit in der Jugendhilfe"), static s => s.Case.YouthWelfareStart, LocalDatePattern.Iso.Format);

    /// <summary>Gets whether the professional and staffing prerequisites are met.</summary>
    public static FactDescriptor<FundingSubject, bool> ProfessionalPrerequisites { get; } =
        new("professional-prerequisites", new LocalizedText("Professional and staffing prerequisites", "Fachliche und personelle Voraussetzungen"), static s => s.Case.ProfessionalPrerequisites, FormatBoolean);

    /// <summary>Gets whether the work is conducive to the aims of the Basic Law.</summary>
    public static FactDescriptor<FundingSubject, bool> ConduciveToBasicLaw { get; } =
        new("conducive-to-basic-law", new LocalizedText("Work conducive to the aims of the Basic Law", "Förderliche Arbeit im Sinne des Grundgesetzes"), static s => s.Case.ConduciveToBasicLaw, FormatBoolean);

    /// <summary>Gets whether the partner institution has intercultural staff.</summary>
    public static FactDescriptor<FundingSubject, bool> PartnerInterculturalStaff { get; } =
        new("partner-intercultural-staff", new LocalizedText("Intercultural staff in the regular institution", "Interkulturell geschulte Mitarbeitende in der Regelinstitution"), static s => s.Case.PartnerInterculturalStaff, FormatBoolean);

    /// <summary>Gets whether trust-building measures are in place.</summary>
    public static FactDescriptor<FundingSubject, bool> TrustBuilding { get; } =
        new("trust-building", new LocalizedText("Trust-building measures", "Vertrauensbildende Maßnahmen"), static s => s.Case.TrustBuilding, FormatBoolean);

    /// <summary>Gets whether money or equipment is provided.</summary>
    public static FactDescriptor<FundingSubject, bool> ResourcesProvided { get; } =
        new("resources-provided", new LocalizedText("Money or equipment provided", "Geld oder Ausstattung bereitgestellt"), static s => s.Case.ResourcesProvided, FormatBoolean);

    // "Not an individual": the kind when given; otherwise a known legal form other than 'other' is an association,
    // company, foundation or initiative, never a natural person (FundingCase rejects an individual with such a form).
    internal static Truth NotAnIndividual(FundingCase c)
    {
        if (c.LegalPersonKind.TryGetValue(out var kind))
        {
            return Truth.FromBoolean(kind != Funding.LegalPersonKind.Individual);
        }
        var form = c.Profile.LegalForm;
        return form.IsKnown && form.Value != Definitions.LegalForm.Other ? Truth.Yes : Truth.Unknown;
    }

    internal static Fact<bool> PaidStructuresOf(FundingCase c)
    {
        if (c.PaidStructures.IsKnown)
        {
            return c.PaidStructures;
        }
        var staffing = c.Profile.Staffing;
        return staffing.IsKnown ? staffing.Value != Staffing.VolunteerOnly : default(Fact<bool>);
    }

    // The verdict of "paid structures" without building a Fact (the decide path stays allocation-free in every build).
    internal static Truth DecidePaidStructures(FundingCase c)
    {
        if (c.PaidStructures.TryGetValue(out bool paid))
        {
            return Truth.FromBoolean(paid);
        }
        var staffing = c.Profile.Staffing;
        return staffing.IsKnown ? Truth.FromBoolean(staffing.Value != Staffing.VolunteerOnly) : Truth.Unknown;
    }

    // The ids of the descriptors above (declared after them: static initialisers run in textual order).
    private static readonly System.Collections.Immutable.ImmutableHashSet<string> ReservedIds = System.Collections.Immutable.ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        EvaluationDate.Id, IntendedFunder.Id, LegalPersonKind.Id, LegalForm.Id, NonProfitStatus.Id, PaidStructures.Id,
        OffersBeyondOwnCommunity.Id, SuccessRecordSince.Id, WorksInYouthWelfare.Id, YouthWelfareStart.Id, ProfessionalPrerequisites.Id,
        ConduciveToBasicLaw.Id, PartnerInterculturalStaff.Id, TrustBuilding.Id, ResourcesProvided.Id);

    // Whether a caller fact id would clash with a fact the library reads itself.
    internal static bool IsReserved(string id) => ReservedIds.Contains(id);

    private static string FormatBoolean(bool value) => value ? "yes" : "no";

    private static Fact<string> FunderIdOf(FundingSubject subject) => subject.Funder is { } f ? FundingVocabulary.Funders.IdOf(f) : "none";
}
