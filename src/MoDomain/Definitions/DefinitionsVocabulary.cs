using MoDomain.Vocabulary;

namespace MoDomain.Definitions;

/// <summary>
/// The vocabulary data of the definitions framework (DOMAIN.md §1): every category the organisation profile uses,
/// with stable id, German and English label, description and source key. Data only; the rules live elsewhere.
/// </summary>
/// <remarks>All members are immutable and built once; they are safe to share across threads.</remarks>
public static class DefinitionsVocabulary
{
    /// <summary>Gets the scheme of <see cref="LegalForm"/> values (Legal forms).</summary>
    public static EnumScheme<LegalForm> LegalForms { get; } = new(new ConceptScheme(
        "legal-forms",
        new LocalizedText("Legal forms", "Rechtsformen"),
        SourceKeys.Model,
        [
            new Concept("registered-association", new LocalizedText("Registered association (e.V.)", "Eingetragener Verein (e.V.)"), "An association entered in the register of associations; the usual form of MOs.", SourceKeys.KitaEinstieg2018),
            new Concept("unregistered-association", new LocalizedText("Unregistered association", "Nicht eingetragener Verein"), "An association of people without entry in the register.", SourceKeys.Model),
            new Concept("non-profit-company", new LocalizedText("Non-profit company (gGmbH)", "Gemeinnützige GmbH (gGmbH)"), "A limited company with recognised non-profit purposes.", SourceKeys.Model),
            new Concept("foundation", new LocalizedText("Foundation", "Stiftung"), "A legal entity holding assets for a purpose; not an association of people.", SourceKeys.Model),
            new Concept("informal-initiative", new LocalizedText("Informal initiative", "Informelle Initiative"), "A group working together without any legal form.", SourceKeys.Model),
            new Concept("other", new LocalizedText("Other legal form", "Andere Rechtsform"), "Any legal form not listed; too unspecific to decide whether it is an association of people.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="NonProfitStatus"/> values (Non-profit status).</summary>
    public static EnumScheme<NonProfitStatus> NonProfitStatuses { get; } = new(new ConceptScheme(
        "non-profit-statuses",
        new LocalizedText("Non-profit status", "Gemeinnützigkeit"),
        SourceKeys.Model,
        [
            new Concept("recognised", new LocalizedText("Recognised as non-profit", "Als gemeinnützig anerkannt"), "The tax authority recognises the organisation's purposes as non-profit.", SourceKeys.Model),
            new Concept("not-recognised", new LocalizedText("Not recognised as non-profit", "Nicht als gemeinnützig anerkannt"), "The organisation has no recognised non-profit status.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="SelfIdentification"/> values (Self-identification as MO).</summary>
    public static EnumScheme<SelfIdentification> SelfIdentifications { get; } = new(new ConceptScheme(
        "self-identifications",
        new LocalizedText("Self-identification as MO", "Selbstverständnis als MO"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("identifies", new LocalizedText("Identifies as MO", "Versteht sich als MO"), "The organisation calls itself a migrant organisation.", SourceKeys.Qualitaetszirkel2023),
            new Concept("rejects-label", new LocalizedText("Rejects the label", "Lehnt die Bezeichnung ab"), "The organisation does not (or no longer) see itself as a migrant organisation, e.g. new German organisations or repatriate associations.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="MigrationReference"/> values (Migration references).</summary>
    public static EnumScheme<MigrationReference> MigrationReferences { get; } = new(new ConceptScheme(
        "migration-references",
        new LocalizedText("Migration references", "Migrationsbezüge"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("origin-country-or-region", new LocalizedText("Common country or region of origin", "Gemeinsames Herkunftsland oder Herkunftsregion"), "A strong reference to a shared country or region of origin.", SourceKeys.Qualitaetszirkel2023),
            new Concept("migration-situation", new LocalizedText("Migration-related situation", "Migrationsbedingte Situation"), "A strong reference to the situation that results from migration.", SourceKeys.Qualitaetszirkel2023),
            new Concept("living-together-in-germany", new LocalizedText("Living together in the immigration country", "Gesellschaftliches Zusammenleben im Einwanderungsland"), "A strong reference to how society lives together in Germany as a country of immigration.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="Purpose"/> values (Purposes).</summary>
    public static EnumScheme<Purpose> Purposes { get; } = new(new ConceptScheme(
        "purposes",
        new LocalizedText("Purposes", "Ziele und Zwecke"),
        SourceKeys.KitaEinstieg2018,
        [
            new Concept("migration-process", new LocalizedText("The migration process", "Der Migrationsprozess"), "Goals concerning migration itself.", SourceKeys.KitaEinstieg2018),
            new Concept("participation-in-arrival-region", new LocalizedText("Participation in the region of arrival", "Teilhabe in der Ankunftsregion"), "Goals concerning societal participation where migrants (and their descendants) live now.", SourceKeys.KitaEinstieg2018),
            new Concept("participation-in-origin-region", new LocalizedText("Participation in the region of origin", "Teilhabe in der Herkunftsregion"), "Goals concerning participation questions in the regions migrants or their ancestors came from.", SourceKeys.KitaEinstieg2018),
            new Concept("other", new LocalizedText("Other purposes", "Andere Zwecke"), "Goals that do not arise from the situation and interests of people with a migration history.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="InternalRole"/> values (Role in internal structures).</summary>
    public static EnumScheme<InternalRole> InternalRoles { get; } = new(new ConceptScheme(
        "internal-roles",
        new LocalizedText("Role in internal structures", "Rolle in internen Strukturen"),
        SourceKeys.KitaEinstieg2018,
        [
            new Concept("none", new LocalizedText("No role", "Keine Rolle"), "People with a migration background play no part in the internal structures and processes.", SourceKeys.Model),
            new Concept("minor", new LocalizedText("Minor role", "Geringe Rolle"), "People with a migration background take part, but not to a considerable degree.", SourceKeys.Model),
            new Concept("considerable", new LocalizedText("Considerable role", "Beachtliche Rolle"), "People with a migration background play a considerable role (the BpB wording).", SourceKeys.KitaEinstieg2018),
            new Concept("leading", new LocalizedText("Leading role", "Führende Rolle"), "People with a migration background lead the organisation's structures and processes.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="OrganisationKind"/> values (Kinds in the MO container term).</summary>
    public static EnumScheme<OrganisationKind> OrganisationKinds { get; } = new(new ConceptScheme(
        "organisation-kinds",
        new LocalizedText("Kinds in the MO container term", "Arten im Begriffscontainer MO"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("guest-worker-cultural-association", new LocalizedText("Cultural association founded by guest workers", "Von Gastarbeiter*innen gegründeter Kulturverein"), "Cultural clubs set up by the first generation of labour migrants.", SourceKeys.Qualitaetszirkel2023),
            new Concept("homeland-association", new LocalizedText("Homeland association", "Landsmannschaft"), "Associations of people from the same region of origin.", SourceKeys.Qualitaetszirkel2023),
            new Concept("sports-club", new LocalizedText("Sports club", "Sportverein"), "Sports clubs shaped by migrants.", SourceKeys.Qualitaetszirkel2023),
            new Concept("mosque-community", new LocalizedText("Mosque community", "Moscheegemeinde"), "Muslim congregations organised around a mosque.", SourceKeys.Qualitaetszirkel2023),
            new Concept("other-faith-community", new LocalizedText("Other faith community", "Andere Glaubensgemeinschaft"), "Religious communities other than mosque communities.", SourceKeys.Qualitaetszirkel2023),
            new Concept("postmigrant-organisation", new LocalizedText("Postmigrant organisation", "Postmigrantische Organisation"), "Organisations of the generations after migration, focused on a diverse society.", SourceKeys.Qualitaetszirkel2023),
            new Concept("new-german-organisation", new LocalizedText("New German organisation", "Neue deutsche Organisation"), "Organisations that reject the ascribed adjective 'migrant' yet work in the integration field and as partners.", SourceKeys.Qualitaetszirkel2023),
            new Concept("political-organisation", new LocalizedText("Political organisation", "Politische Organisation"), "Organisations with a political mission.", SourceKeys.Qualitaetszirkel2023),
            new Concept("refugee-initiative", new LocalizedText("Initiative founded by refugees", "Von Geflüchteten gegründete Initiative"), "Self-organised initiatives of people who fled.", SourceKeys.Qualitaetszirkel2023),
            new Concept("migrant-womens-group", new LocalizedText("Migrant women's group", "Migrantisch geprägte Frauengruppe"), "Women's groups shaped by migration.", SourceKeys.Qualitaetszirkel2023),
            new Concept("education-actor", new LocalizedText("Education actor", "Bildungsakteur"), "Organisations working in education.", SourceKeys.Qualitaetszirkel2023),
            new Concept("youth-welfare-provider", new LocalizedText("Youth welfare provider", "Träger der Jugendhilfe"), "Organisations running child and youth welfare services.", SourceKeys.Qualitaetszirkel2023),
            new Concept("umbrella-association", new LocalizedText("Umbrella association", "Dachverband"), "Associations whose members are other organisations.", SourceKeys.Qualitaetszirkel2023),
            new Concept("development-cooperation-association", new LocalizedText("Development cooperation association", "Migrantischer Verein in Entwicklungspolitik/-zusammenarbeit"), "Migrant associations active in development policy, often with projects abroad such as in the Global South.", SourceKeys.Qualitaetszirkel2023),
            new Concept("academic-association", new LocalizedText("Academic or student association", "Akademiker- oder Studierendenverein"), "Associations of academics or students, mostly origin-based (named in the source's history section).", SourceKeys.Qualitaetszirkel2023),
            new Concept("parents-association", new LocalizedText("Parents' association", "Elternverein"), "Associations of parents, mostly origin-based (named in the source's history section).", SourceKeys.Qualitaetszirkel2023),
            new Concept("entrepreneurs-association", new LocalizedText("Entrepreneurs' association", "Unternehmerverein"), "Associations of business owners, mostly origin-based (named in the source's history section).", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="Orientation"/> values (Orientations).</summary>
    public static EnumScheme<Orientation> Orientations { get; } = new(new ConceptScheme(
        "orientations",
        new LocalizedText("Orientations", "Ausrichtungen"),
        SourceKeys.KitaEinstieg2018,
        [
            new Concept("cultural", new LocalizedText("Cultural", "Kulturell"), "Work shaped by culture.", SourceKeys.KitaEinstieg2018),
            new Concept("political", new LocalizedText("Political", "Politisch"), "Work shaped by politics.", SourceKeys.KitaEinstieg2018),
            new Concept("religious", new LocalizedText("Religious", "Religiös"), "Work shaped by religion.", SourceKeys.KitaEinstieg2018),
            new Concept("social", new LocalizedText("Social", "Sozial"), "Social work and welfare.", SourceKeys.Model),
            new Concept("sport", new LocalizedText("Sport", "Sport"), "Sport and leisure.", SourceKeys.Model),
            new Concept("education", new LocalizedText("Education", "Bildung"), "Education and learning.", SourceKeys.Model),
            new Concept("other", new LocalizedText("Other orientation", "Andere Ausrichtung"), "Any other orientation.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="Staffing"/> values (Staffing).</summary>
    public static EnumScheme<Staffing> Staffing { get; } = new(new ConceptScheme(
        "staffing",
        new LocalizedText("Staffing", "Personelle Ausstattung"),
        SourceKeys.KitaEinstieg2018,
        [
            new Concept("volunteer-only", new LocalizedText("Volunteers only", "Nur ehrenamtlich"), "All work, including the board, is done by volunteers.", SourceKeys.KitaEinstieg2018),
            new Concept("mixed", new LocalizedText("Volunteers and paid staff", "Ehren- und hauptamtlich"), "Some paid staff alongside volunteers.", SourceKeys.Model),
            new Concept("mainly-paid", new LocalizedText("Mainly paid staff", "Überwiegend hauptamtlich"), "Most work is done by paid staff.", SourceKeys.KitaEinstieg2018),
        ]));

    /// <summary>Gets the scheme of <see cref="GeographicScale"/> values (Geographic scale).</summary>
    public static EnumScheme<GeographicScale> GeographicScales { get; } = new(new ConceptScheme(
        "geographic-scales",
        new LocalizedText("Geographic scale", "Räumliche Ebene"),
        SourceKeys.Model,
        [
            new Concept("local", new LocalizedText("Local", "Lokal"), "Works in one municipality or district.", SourceKeys.Model),
            new Concept("regional", new LocalizedText("Regional", "Regional"), "Works across several municipalities.", SourceKeys.Model),
            new Concept("land", new LocalizedText("Federal state (Land)", "Landesebene"), "Works across a German federal state.", SourceKeys.Model),
            new Concept("federal", new LocalizedText("Federal", "Bundesebene"), "Works across Germany.", SourceKeys.Model),
        ]));
}
