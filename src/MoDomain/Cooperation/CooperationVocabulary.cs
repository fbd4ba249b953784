using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>
/// The vocabulary data of the cooperation framework (DOMAIN.md §3.3 and §5): stable ids, German and English labels,
/// descriptions and source keys.
/// </summary>
/// <remarks>All members are immutable and built once; they are safe to share across threads.</remarks>
public static class CooperationVocabulary
{
    /// <summary>Gets the scheme of <see cref="CooperationRole"/> values (scheme <c>cooperation-roles</c>): the three
    /// overlapping roles of MOs as cooperation partners named by the Qualitätszirkel 2023.</summary>
    public static EnumScheme<CooperationRole> Roles { get; } = new(new ConceptScheme(
        "cooperation-roles",
        new LocalizedText("Roles of MOs as cooperation partners", "Rollen von MO als Kooperationspartnerinnen"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("door-opener", new LocalizedText("Door-openers, bridge builders and multipliers", "Türöffnerinnen, Brückenbauerinnen und Multiplikatorinnen"), "MOs carry municipal and state services to groups of people with a history of immigration or flight, opening doors into their communities.", SourceKeys.Qualitaetszirkel2023),
            new Concept("expert", new LocalizedText("Experts", "Expertinnen"), "MOs know the living conditions, needs and potentials of these groups and advise on them.", SourceKeys.Qualitaetszirkel2023),
            new Concept("partner-critical-friend", new LocalizedText("Cooperation partners and critical friends of the administration", "Kooperationspartnerinnen und Critical Friends der Verwaltung"), "MOs plan and carry out measures for and with these groups together with the administration, and question its work constructively.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="CooperationLevel"/> values (scheme <c>cooperation-levels</c>): the three common levels and the further levels the Qualitätszirkel 2023 names (DOMAIN.md §5.1).</summary>
    public static EnumScheme<CooperationLevel> Levels { get; } = new(new ConceptScheme(
        "cooperation-levels",
        new LocalizedText("Levels of cooperation", "Ebenen der Zusammenarbeit"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("single-event", new LocalizedText("Single events", "Einzelveranstaltungen"), "One-off events with MOs; the survey found them more frequent than projects.", SourceKeys.Qualitaetszirkel2023),
            new Concept("project", new LocalizedText("Projects", "Projekte"), "Time-limited projects with MOs.", SourceKeys.Qualitaetszirkel2023),
            new Concept("standing-body", new LocalizedText("Working groups and bodies", "Arbeitskreise und Gremien"), "Regular cooperation in working groups and municipal bodies; it requires regularity.", SourceKeys.Qualitaetszirkel2023),
            new Concept("ad-hoc-exchange", new LocalizedText("Occasional and irregular cooperation", "Punktuelle, themenorientierte und anlassbezogene Zusammenarbeit"), "Cooperation on a topic or occasion and irregular formats of exchange such as conferences.", SourceKeys.Qualitaetszirkel2023),
            new Concept("thematic-working-group", new LocalizedText("Regular thematic working groups", "Regelmäßige thematische Arbeitskreise"), "Working groups meeting regularly on one field, e.g. youth work, women, elderly care, a round table of religions or a local Muslim forum.", SourceKeys.Qualitaetszirkel2023),
            new Concept("democracy-partnership-network", new LocalizedText("Local partnerships for democracy and anti-discrimination networks", "Lokale Partnerschaften für Demokratie, Netzwerke gegen Diskriminierung"), "Local alliances for democracy and networks against discrimination in which MOs take part.", SourceKeys.Qualitaetszirkel2023),
            new Concept("political-advisory-body", new LocalizedText("Migration councils, integration committees and other political bodies", "Migrationsbeiräte/Integrationsausschüsse und andere politische Gremien"), "Involvement through elected or appointed advisory and political bodies on migration and integration.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="CooperationForm"/> values (scheme <c>cooperation-forms</c>): the three forms within single events and projects (DOMAIN.md §5.1).</summary>
    public static EnumScheme<CooperationForm> Forms { get; } = new(new ConceptScheme(
        "cooperation-forms",
        new LocalizedText("Forms of cooperation in events and projects", "Formen der Zusammenarbeit bei Veranstaltungen und Projekten"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("municipality-led", new LocalizedText("Led by the municipality", "Veranstaltung/Projekt der Kommune"), "The municipality runs the event or project and involves MOs, at events as door-openers and multipliers.", SourceKeys.Qualitaetszirkel2023),
            new Concept("mo-led", new LocalizedText("Led by the MO", "Veranstaltung/Projekt der Migrantenorganisation"), "The MO runs the event or project; the municipality takes part, e.g. with a greeting, a keynote, a discussion, co-financing, funding or content.", SourceKeys.Qualitaetszirkel2023),
            new Concept("joint", new LocalizedText("Planned and carried out jointly", "Gemeinsame Planung und Durchführung"), "Both partners plan and carry out the event or project together; the source calls it the most demanding form.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="CooperationTopic"/> values (scheme <c>cooperation-topics</c>): the topics of the survey (DOMAIN.md §5.2).</summary>
    public static EnumScheme<CooperationTopic> Topics { get; } = new(new ConceptScheme(
        "cooperation-topics",
        new LocalizedText("Topics of regular exchange", "Themenfelder des regelmäßigen Austauschs"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("anti-racism-democracy", new LocalizedText("Measures against racism and extremism, promotion of democracy", "Maßnahmen gegen Rassismus und Extremismus, Demokratieförderung"), "Work against racism and extremism and for democracy.", SourceKeys.Qualitaetszirkel2023),
            new Concept("culture-intercultural", new LocalizedText("Culture, intercultural activities", "Kultur, interkulturelle Aktivitäten"), "Cultural and intercultural activities.", SourceKeys.Qualitaetszirkel2023),
            new Concept("religion-interreligious", new LocalizedText("Religion, interreligious dialogue", "Religion, interreligiöser Dialog"), "Religious matters and dialogue between religions.", SourceKeys.Qualitaetszirkel2023),
            new Concept("refugees", new LocalizedText("Refugees", "Geflüchtete"), "Work with and for refugees.", SourceKeys.Qualitaetszirkel2023),
            new Concept("social-health-elderly", new LocalizedText("Social affairs, health, work with the elderly", "Soziales, Gesundheit, Seniorenarbeit"), "Social work, health and work with older people.", SourceKeys.Qualitaetszirkel2023),
            new Concept("youth-education", new LocalizedText("Youth, upbringing, education", "Jugend, Erziehung, Bildung"), "Youth work, upbringing and education.", SourceKeys.Qualitaetszirkel2023),
            new Concept("intercultural-opening-administration", new LocalizedText("Intercultural opening and orientation of the administration", "Interkulturelle Öffnung und Orientierung der Verwaltung"), "Opening the administration to the immigration society.", SourceKeys.Qualitaetszirkel2023),
            new Concept("gender-specific", new LocalizedText("Gender-specific work", "Geschlechtsspezifische Arbeit"), "Work addressed to a gender, e.g. women's groups.", SourceKeys.Qualitaetszirkel2023),
            new Concept("labour-economy", new LocalizedText("Labour-market and economic promotion", "Arbeits- und Wirtschaftsförderung"), "Employment and economic development.", SourceKeys.Qualitaetszirkel2023),
            new Concept("sport", new LocalizedText("Sport", "Sport"), "Sport.", SourceKeys.Qualitaetszirkel2023),
            new Concept("urban-planning-neighbourhood", new LocalizedText("Urban planning and neighbourhood development", "Stadtplanung und Quartiersentwicklung"), "Planning of the city and development of neighbourhoods.", SourceKeys.Qualitaetszirkel2023),
            new Concept("other", new LocalizedText("Other", "Andere"), "Any other topic; respondents named development cooperation, support of associations, multilingualism, remembrance culture, and society and politics.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="CooperationInitiator"/> values (scheme <c>cooperation-initiators</c>): who starts a cooperation (DOMAIN.md §5.2).</summary>
    public static EnumScheme<CooperationInitiator> Initiators { get; } = new(new ConceptScheme(
        "cooperation-initiators",
        new LocalizedText("Initiators of cooperation", "Impulsgebende der Zusammenarbeit"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("integration-department", new LocalizedText("Integration department", "Fachbereich für Integration"), "The municipal department or office for integration.", SourceKeys.Qualitaetszirkel2023),
            new Concept("migrant-organisation", new LocalizedText("Migrant organisation", "Migrantenorganisation"), "The MO itself.", SourceKeys.Qualitaetszirkel2023),
            new Concept("other-municipal-office", new LocalizedText("Other municipal office", "Andere kommunale Stelle"), "Any other municipal office.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="PartnerKind"/> values (scheme <c>cooperation-partner-kinds</c>): the institutions an MO cooperates with.</summary>
    public static EnumScheme<PartnerKind> PartnerKinds { get; } = new(new ConceptScheme(
        "cooperation-partner-kinds",
        new LocalizedText("Kinds of cooperation partners of MOs", "Arten von Kooperationspartnern von MO"),
        SourceKeys.Model,
        [
            new Concept("integration-department", new LocalizedText("Integration department or commissioner", "Fachbereich für Integration / Integrationsbeauftragte"), "The municipal integration department or commissioner.", SourceKeys.Qualitaetszirkel2023),
            new Concept("municipal-office", new LocalizedText("Other municipal office", "Andere kommunale Stelle"), "A municipal office other than the integration department, e.g. youth, culture or social affairs.", SourceKeys.Qualitaetszirkel2023),
            new Concept("welfare-association", new LocalizedText("Welfare association or established provider", "Wohlfahrtsverband oder etablierter Träger"), "A free-welfare association or another established provider.", SourceKeys.Qualitaetszirkel2023),
            new Concept("labour-market-institution", new LocalizedText("Labour-market institution", "Arbeitsmarktinstitution"), "A job centre, employment agency or other institution of the labour market.", SourceKeys.IqFachAgMo2013),
            new Concept("school", new LocalizedText("School", "Schule"), "A school.", SourceKeys.Qualitaetszirkel2023),
            new Concept("kita", new LocalizedText("Day-care centre (Kita)", "Kita"), "A day-care centre or the coordination office of a Kita programme.", SourceKeys.KitaEinstieg2018),
            new Concept("other", new LocalizedText("Other institution", "Andere Institution"), "Any other institution.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="FactorSide"/> values (scheme <c>cooperation-factor-sides</c>): which partner a success factor or obstacle concerns (DOMAIN.md §5.4).</summary>
    public static EnumScheme<FactorSide> FactorSides { get; } = new(new ConceptScheme(
        "cooperation-factor-sides",
        new LocalizedText("Sides a factor concerns", "Betroffene Seite eines Faktors"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("mo", new LocalizedText("Migrant organisation", "Migrantenorganisation"), "The factor lies with the MO.", SourceKeys.Qualitaetszirkel2023),
            new Concept("administration", new LocalizedText("Administration", "Verwaltung"), "The factor lies with the municipality or administration.", SourceKeys.Qualitaetszirkel2023),
            new Concept("both", new LocalizedText("Both partners", "Beide Seiten"), "The factor concerns both partners.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="FactorKind"/> values (scheme <c>cooperation-factor-kinds</c>): success factor or obstacle (DOMAIN.md §5.4).</summary>
    public static EnumScheme<FactorKind> FactorKinds { get; } = new(new ConceptScheme(
        "cooperation-factor-kinds",
        new LocalizedText("Kinds of cooperation factors", "Arten von Faktoren der Zusammenarbeit"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("success-factor", new LocalizedText("Success factor", "Gelingensfaktor"), "Something that helps a cooperation succeed.", SourceKeys.Qualitaetszirkel2023),
            new Concept("obstacle", new LocalizedText("Obstacle", "Schwierigkeit / Hindernis"), "Something that makes cooperation harder.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="TruthValue"/> values read as the presence of a factor (scheme <c>cooperation-factor-presences</c>):
    /// yes = <c>present</c>, no = <c>absent</c>, unknown = <c>unknown</c> (<see cref="FactorStatus.Presence"/>).</summary>
    public static EnumScheme<TruthValue> FactorPresences { get; } = new(new ConceptScheme(
        "cooperation-factor-presences",
        new LocalizedText("Presence of a factor", "Vorliegen eines Faktors"),
        SourceKeys.Model,
        [
            new Concept("unknown", new LocalizedText("Unknown", "Unbekannt"), "Not assessed or not known.", SourceKeys.Model),
            new Concept("present", new LocalizedText("Present", "Vorhanden"), "Observed in the cooperation.", SourceKeys.Model),
            new Concept("absent", new LocalizedText("Absent", "Nicht vorhanden"), "Observed not to be there.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="StartStep"/> values (scheme <c>cooperation-start-steps</c>): the three first steps of the Kita-Einstieg guide (DOMAIN.md §5.5).</summary>
    public static EnumScheme<StartStep> StartSteps { get; } = new(new ConceptScheme(
        "cooperation-start-steps",
        new LocalizedText("First steps of a cooperation", "Erste Schritte der Zusammenarbeit"),
        SourceKeys.KitaEinstieg2018,
        [
            new Concept("define-goals", new LocalizedText("Define goals", "Ziele definieren"), "Decide what the cooperation should achieve and what the MSO gains from it; the added value must be clear.", SourceKeys.KitaEinstieg2018),
            new Concept("find-mso", new LocalizedText("Find an MSO", "MSO finden"), "Find out which MSOs are active in the region, whether they belong to an umbrella, their character, goals and staffing; ask integration and refugee commissioners or education coordinators.", SourceKeys.KitaEinstieg2018),
            new Concept("first-contact", new LocalizedText("First contact", "Erster Kontakt"), "Seek a personal conversation; cooperation only works at eye level.", SourceKeys.KitaEinstieg2018),
        ]));

    /// <summary>Gets the scheme of <see cref="ContactForm"/> values (scheme <c>cooperation-contact-forms</c>): how a first contact was made.</summary>
    public static EnumScheme<ContactForm> ContactForms { get; } = new(new ConceptScheme(
        "cooperation-contact-forms",
        new LocalizedText("Forms of first contact", "Formen des ersten Kontakts"),
        SourceKeys.Model,
        [
            new Concept("in-person", new LocalizedText("In person", "Persönliches Gespräch"), "A personal conversation, which the Kita-Einstieg guide recommends.", SourceKeys.KitaEinstieg2018),
            new Concept("phone", new LocalizedText("Phone", "Telefon"), "A phone call.", SourceKeys.Model),
            new Concept("video", new LocalizedText("Video call", "Videogespräch"), "A video call.", SourceKeys.Model),
            new Concept("written", new LocalizedText("Written", "Schriftlich"), "A letter or e-mail.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="TruthValue"/> values read as the result of checking a candidate MSO (scheme
    /// <c>cooperation-due-diligence-outcomes</c>, DOMAIN.md §5.5): yes = <c>clear</c>, no = <c>concern</c>, unknown = <c>undetermined</c>
    /// (<see cref="DueDiligenceResult.Outcome"/>).</summary>
    public static EnumScheme<TruthValue> DueDiligenceOutcomes { get; } = new(new ConceptScheme(
        "cooperation-due-diligence-outcomes",
        new LocalizedText("Outcomes of due diligence", "Ergebnisse der Prüfung"),
        SourceKeys.Model,
        [
            new Concept("undetermined", new LocalizedText("Undetermined", "Unbestimmt"), "The recorded facts do not decide the checks.", SourceKeys.Model),
            new Concept("clear", new LocalizedText("Clear", "Unbedenklich"), "Every check is passed.", SourceKeys.Model),
            new Concept("concern", new LocalizedText("Concern", "Bedenken"), "At least one check raises a concern.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="CommissionerClarification"/> values (scheme <c>cooperation-commissioner-clarifications</c>): whether and with what result the integration commissioner was consulted (DOMAIN.md §5.5).</summary>
    public static EnumScheme<CommissionerClarification> CommissionerClarifications { get; } = new(new ConceptScheme(
        "cooperation-commissioner-clarifications",
        new LocalizedText("Clarification with the integration commissioner", "Klärung mit den Integrationsbeauftragten"),
        SourceKeys.KitaEinstieg2018,
        [
            new Concept("not-requested", new LocalizedText("Not requested", "Nicht angefragt"), "No clarification was asked for.", SourceKeys.KitaEinstieg2018),
            new Concept("no-concerns", new LocalizedText("No concerns", "Keine Bedenken"), "The commissioner was asked and raised no concerns.", SourceKeys.KitaEinstieg2018),
            new Concept("concerns", new LocalizedText("Concerns", "Bedenken"), "The commissioner was asked and raised concerns.", SourceKeys.KitaEinstieg2018),
        ]));

    /// <summary>Gets the scheme of <see cref="ShareBand"/> values (scheme <c>cooperation-share-bands</c>): the bands in which the survey reports staff and budget shares (DOMAIN.md §5.3).</summary>
    public static EnumScheme<ShareBand> ShareBands { get; } = new(new ConceptScheme(
        "cooperation-share-bands",
        new LocalizedText("Share bands", "Anteilsspannen"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("up-to-10-percent", new LocalizedText("Up to 10 %", "Bis 10 %"), "A share of at most about 10 %; the survey reports no count for it.", SourceKeys.Qualitaetszirkel2023),
            new Concept("11-to-25-percent", new LocalizedText("11 to 25 %", "11 bis 25 %"), "A share between 11 % and 25 %.", SourceKeys.Qualitaetszirkel2023),
            new Concept("over-25-percent", new LocalizedText("Over 25 %", "Über 25 %"), "A share of more than a quarter.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="MaturityComparison"/> values (scheme <c>cooperation-maturity-comparisons</c>): the answers of the partial maturity order.</summary>
    public static EnumScheme<MaturityComparison> MaturityComparisons { get; } = new(new ConceptScheme(
        "cooperation-maturity-comparisons",
        new LocalizedText("Comparisons in the maturity order", "Vergleiche in der Reifeordnung"),
        SourceKeys.Model,
        [
            new Concept("incomparable", new LocalizedText("Incomparable", "Nicht vergleichbar"), "The source does not order the two arrangements.", SourceKeys.Model),
            new Concept("less", new LocalizedText("Less", "Niedriger"), "The first arrangement is less institutionalised or demanding.", SourceKeys.Model),
            new Concept("equal", new LocalizedText("Equal", "Gleich"), "The same arrangement.", SourceKeys.Model),
            new Concept("greater", new LocalizedText("Greater", "Höher"), "The first arrangement is more institutionalised or demanding.", SourceKeys.Model),
        ]));
}
