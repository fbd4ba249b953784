using System.Globalization;
using System.Linq;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Definitions;

/// <summary>
/// Descriptors of every fact of an <see cref="OrganisationProfile"/> that rules read. Use them to build your own
/// criteria over profiles; their ids appear in <see cref="Evaluation.FactsRead"/> and <see cref="Evaluation.MissingFacts"/>.
/// </summary>
/// <remarks>Fact ids are kebab-case forms of the profile's JSON property names (for example <c>carrier-migrant-share</c>).
/// Values are formatted invariantly: ids for categories, <c>0.5</c> for shares, <c>yyyy-MM-dd</c> for dates.</remarks>
public static class OrganisationFacts
{
    /// <summary>Gets the legal form.</summary>
    public static FactDescriptor<OrganisationProfile, LegalForm> LegalForm { get; } =
        new("legal-form", new LocalizedText("Legal form", "Rechtsform"), static p => p.LegalForm, DefinitionsVocabulary.LegalForms.IdOf);

    /// <summary>Gets the non-profit status.</summary>
    public static FactDescriptor<OrganisationProfile, NonProfitStatus> NonProfitStatus { get; } =
        new("non-profit-status", new LocalizedText("Non-profit status", "Gemeinnützigkeit"), static p => p.NonProfitStatus, DefinitionsVocabulary.NonProfitStatuses.IdOf);

    /// <summary>Gets the founding date.</summary>
    public static FactDescriptor<OrganisationProfile, LocalDate> FoundingDate { get; } =
        new("founding-date", new LocalizedText("Founding date", "Gründungsdatum"), static p => p.FoundingDate, LocalDatePattern.Iso.Format);

    /// <summary>Gets whether the organisation was founded by people with a migration history.</summary>
    public static FactDescriptor<OrganisationProfile, bool> FoundedByMigrants { get; } =
        new("founded-by-migrants", new LocalizedText("Founded by people with a migration history", "Von Menschen mit Zuwanderungsgeschichte gegründet"), static p => p.FoundedByMigrants, FormatBoolean);

    /// <summary>Gets the share of carrying people with a migration history.</summary>
    public static FactDescriptor<OrganisationProfile, double> CarrierMigrantShare { get; } =
        new("carrier-migrant-share", new LocalizedText("Share of carrying people with a migration history", "Anteil der Tragenden mit Zuwanderungsgeschichte"), static p => p.CarrierMigrantShare, FormatShare);

    /// <summary>Gets the share of members with a migration background.</summary>
    public static FactDescriptor<OrganisationProfile, double> MemberMigrantShare { get; } =
        new("member-migrant-share", new LocalizedText("Share of members with a migration background", "Anteil der Mitglieder mit Migrationshintergrund"), static p => p.MemberMigrantShare, FormatShare);

    /// <summary>Gets the role of people with a migration background in internal structures.</summary>
    public static FactDescriptor<OrganisationProfile, InternalRole> MigrantRoleInStructures { get; } =
        new("migrant-role-in-structures", new LocalizedText("Role of people with a migration background in internal structures", "Rolle von Personen mit Migrationshintergrund in internen Strukturen"), static p => p.MigrantRoleInStructures, DefinitionsVocabulary.InternalRoles.IdOf);

    /// <summary>Gets the central migration references.</summary>
    public static FactDescriptor<OrganisationProfile, ValueSet<MigrationReference>> MigrationReferences { get; } =
        new("migration-references", new LocalizedText("Central migration references", "Zentrale Migrationsbezüge"), static p => p.MigrationReferences, static s => FormatSet(s, DefinitionsVocabulary.MigrationReferences));

    /// <summary>Gets the purposes.</summary>
    public static FactDescriptor<OrganisationProfile, ValueSet<Purpose>> Purposes { get; } =
        new("purposes", new LocalizedText("Goals and purposes", "Ziele und Zwecke"), static p => p.Purposes, static s => FormatSet(s, DefinitionsVocabulary.Purposes));

    /// <summary>Gets the self-identification.</summary>
    public static FactDescriptor<OrganisationProfile, SelfIdentification> SelfIdentification { get; } =
        new("self-identification", new LocalizedText("Self-identification as MO", "Selbstverständnis als MO"), static p => p.SelfIdentification, DefinitionsVocabulary.SelfIdentifications.IdOf);

    /// <summary>Gets the container kinds.</summary>
    public static FactDescriptor<OrganisationProfile, ValueSet<OrganisationKind>> Kinds { get; } =
        new("kinds", new LocalizedText("Kinds (container term)", "Arten (Begriffscontainer)"), static p => p.Kinds, static s => FormatSet(s, DefinitionsVocabulary.OrganisationKinds));

    /// <summary>Gets the umbrella memberships (names).</summary>
    public static FactDescriptor<OrganisationProfile, ValueSet<string>> UmbrellaMemberships { get; } =
        new("umbrella-memberships", new LocalizedText("Umbrella memberships", "Dachverbandsmitgliedschaften"), static p => p.UmbrellaMemberships, FormatNames);

    /// <summary>Gets the orientations (descriptive only; no built-in rule reads them).</summary>
    public static FactDescriptor<OrganisationProfile, ValueSet<Orientation>> Orientations { get; } =
        new("orientations", new LocalizedText("Orientations", "Ausrichtungen"), static p => p.Orientations, static s => FormatSet(s, DefinitionsVocabulary.Orientations));

    /// <summary>Gets the staffing.</summary>
    public static FactDescriptor<OrganisationProfile, Staffing> Staffing { get; } =
        new("staffing", new LocalizedText("Staffing", "Personelle Ausstattung"), static p => p.Staffing, DefinitionsVocabulary.Staffing.IdOf);

    /// <summary>Gets whether the organisation has premises of its own.</summary>
    public static FactDescriptor<OrganisationProfile, bool> OwnPremises { get; } =
        new("own-premises", new LocalizedText("Own premises", "Eigene Räume"), static p => p.OwnPremises, FormatBoolean);

    /// <summary>Gets whether the organisation has an office with set hours.</summary>
    public static FactDescriptor<OrganisationProfile, bool> OfficeWithSetHours { get; } =
        new("office-with-set-hours", new LocalizedText("Office with set hours", "Geschäftsstelle mit festen Zeiten"), static p => p.OfficeWithSetHours, FormatBoolean);

    /// <summary>Gets the geographic scale.</summary>
    public static FactDescriptor<OrganisationProfile, GeographicScale> GeographicScale { get; } =
        new("geographic-scale", new LocalizedText("Geographic scale", "Räumliche Ebene"), static p => p.GeographicScale, DefinitionsVocabulary.GeographicScales.IdOf);

    /// <summary>Returns the invariant text of a share: the shortest round-trip form, for example <c>0.5</c>.</summary>
    /// <param name="share">The share.</param>
    /// <returns>The text.</returns>
    public static string FormatShare(double share) => share.ToString("R", CultureInfo.InvariantCulture);

    private static string FormatBoolean(bool value) => value ? "yes" : "no";

    // Names are free text: quote each so that commas or the word "none" inside a name stay unambiguous.
    private static string FormatNames(ValueSet<string> names) =>
        names.IsEmpty ? "none" : string.Join(", ", names.Items.Select(static n => "\"" + n.Replace("\"", "\\\"", System.StringComparison.Ordinal) + "\""));

    private static string FormatSet<TEnum>(ValueSet<TEnum> set, EnumScheme<TEnum> scheme)
        where TEnum : struct, System.Enum
    {
        if (set.IsEmpty)
        {
            return "none";
        }
        var ids = new string[set.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = scheme.IdOf(set[i]);
        }
        return string.Join(", ", ids);
    }
}
