using System.Collections.Immutable;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Funding;

/// <summary>
/// The funding vocabularies of DOMAIN.md §4: support modes, financial funding forms (with their traits), room forms,
/// ways of advice and qualification, funders, § 75 SGB VIII legal person kinds and outcomes, and requirement kinds.
/// </summary>
/// <remarks>Ids are stable JSON values. Descriptions are MoDomain's own words; labels quote the sources' terms.</remarks>
public static class FundingVocabulary
{
    private const string Qz = SourceKeys.Qualitaetszirkel2023;
    private const string Iq = SourceKeys.IqFachAgMo2013;
    private const string Par = SourceKeys.ParitaetischerGemeinsamAktiv;
    private const string Law = FundingSourceKeys.SgbVIII75;

    private static readonly ImmutableArray<FundingFormTraits> Traits =
    [
        // The source: it enables the step to paid staff and renting rooms; it is the opposite of time-limited project funding.
        new(FundingForm.InstitutionalFunding, Truth.No, Truth.Yes, Truth.Yes, Qz),
        new(FundingForm.StructuralFunding, Truth.Unknown, Truth.Unknown, Truth.Unknown, Qz),
        new(FundingForm.FixedBudget, Truth.Unknown, Truth.Unknown, Truth.Unknown, Qz),
        // Paritätischer: regular funding lies outside time-limited integration projects.
        new(FundingForm.RegularFunding, Truth.No, Truth.Unknown, Truth.Unknown, Par),
        new(FundingForm.FundingGuidelines, Truth.Unknown, Truth.Unknown, Truth.Unknown, Qz),
        // "Most MOs can only apply for time-limited projects."
        new(FundingForm.ProjectFunding, Truth.Yes, Truth.Unknown, Truth.Unknown, Qz),
        new(FundingForm.SingleMeasureFunding, Truth.Yes, Truth.Unknown, Truth.Unknown, Qz),
        new(FundingForm.ProjectGrant, Truth.Yes, Truth.Unknown, Truth.Unknown, Qz),
        new(FundingForm.FlexibleBudget, Truth.Unknown, Truth.Unknown, Truth.Unknown, Qz),
        new(FundingForm.ThirdPartyFunding, Truth.Unknown, Truth.Unknown, Truth.Unknown, Qz),
    ];

    /// <summary>Gets the three central ways municipalities support MOs.</summary>
    public static EnumScheme<SupportMode> SupportModes { get; } = new(new ConceptScheme(
        "support-modes",
        new LocalizedText("Ways of supporting migrant organisations", "Möglichkeiten zur Förderung von Migrantenorganisationen"),
        Qz,
        [
            new Concept("financial-funding", new LocalizedText("Financial funding", "Finanzielle Förderung"), "Money given to an organisation by a municipal department or another funder.", Qz),
            new Concept("room-provision", new LocalizedText("Provision of rooms", "Bereitstellung von Räumen"), "Making premises available for meetings, offers or an office.", Qz),
            new Concept("advice-and-qualification", new LocalizedText("Advice and qualification", "Beratung/Qualifizierung"), "Counselling, training and organisational development for organisations.", Qz),
        ]));

    /// <summary>Gets the forms of financial funding. Traits: <see cref="TraitsOf"/>.</summary>
    public static EnumScheme<FundingForm> Forms { get; } = new(new ConceptScheme(
        "funding-forms",
        new LocalizedText("Forms of financial funding", "Förderformen"),
        Qz,
        [
            new Concept("institutional-funding", new LocalizedText("Institutional funding", "Institutionelle Förderung"), "Ongoing funding of the organisation as such rather than of single activities; the highest rung of the funding hierarchy.", Qz),
            new Concept("structural-funding", new LocalizedText("Structural funding", "Strukturförderung"), "Funding aimed at building up the organisation's structures.", Qz),
            new Concept("fixed-budget", new LocalizedText("Fixed budget", "Festes Budget"), "A fixed yearly amount, for example for centres, umbrellas, advice centres or language and culture mediators.", Qz),
            new Concept("regular-funding", new LocalizedText("Regular funding of social work", "Regelförderung/Regelfinanzierung"), "Financing offers through the regular funding structures of social work, for example child and youth welfare, instead of time-limited integration projects.", Par),
            new Concept("funding-guidelines", new LocalizedText("Funding guidelines", "Förderrichtlinien"), "Grants under guidelines a council has adopted; the most frequent form in the survey.", Qz),
            new Concept("project-funding", new LocalizedText("Funding via project applications", "Finanzierung über Projektanträge"), "Money for a time-limited project applied for by the organisation.", Qz),
            new Concept("single-measure-funding", new LocalizedText("Single-measure funding", "Einzelmaßnahmenförderung"), "Money for one single activity or event.", Qz),
            new Concept("project-grant", new LocalizedText("Project grant", "Projektzuschuss"), "A contribution towards the costs of a project.", Qz),
            new Concept("flexible-budget", new LocalizedText("Flexible budget", "Flexibles Budget"), "Money from a budget the department can allocate flexibly; the second most frequent form in the survey.", Qz),
            new Concept("third-party-funding", new LocalizedText("Third-party funding", "Drittmittelfinanzierung"), "Funds from the federal level, the Länder or associations, including pots not meant for integration.", Qz),
        ]));

    /// <summary>Gets the forms of room provision (Qualitätszirkel 2023 survey, n = 32). The single definition of these
    /// ids: the cooperation framework's <see cref="MoDomain.Cooperation.MunicipalSetUp"/> records them too.</summary>
    public static EnumScheme<RoomForm> RoomForms { get; } = new(new ConceptScheme(
        "room-forms",
        new LocalizedText("Forms of room provision", "Formen der Bereitstellung von Räumen"),
        Qz,
        [
            new Concept("municipal-meeting-rooms", new LocalizedText("Municipal meeting rooms, as for other associations", "Städtische Begegnungsräume (analog zu anderen Vereinen)"), "Rooms the municipality lends to all associations alike; 24 of 32 surveyed municipalities offer them.", Qz),
            new Concept("rooms-primarily-for-mos", new LocalizedText("Municipal rooms primarily for MOs", "Städtische Räume primär für Migrantenorganisationen"), "Premises set aside mainly for migrant organisations.", Qz),
            new Concept("co-financed-intercultural-centre", new LocalizedText("Co-financed intercultural centre", "Kofinanziertes interkulturelles Zentrum in freier Trägerschaft"), "A centre under free sponsorship, for example an umbrella of local MOs, co-financed by the municipality.", Qz),
            new Concept("shared-co-working", new LocalizedText("Shared co-working rooms", "Gemeinsame Nutzung angemieteter Räume (Co-Working)"), "Rented rooms that several organisations share.", Qz),
            new Concept("structural-funding-via-third-parties", new LocalizedText("Structural funding via third parties", "Strukturelle Förderung über Dritte"), "Rooms financed through structural funding channelled via other organisations.", Qz),
        ]));

    /// <summary>Gets the ways of advice and qualification. The single definition of these ids: the cooperation
    /// framework's <see cref="MoDomain.Cooperation.MunicipalSetUp"/> records them too.</summary>
    public static EnumScheme<QualificationWay> QualificationWays { get; } = new(new ConceptScheme(
        "qualification-ways",
        new LocalizedText("Ways of advice and qualification", "Wege der Beratung und Qualifizierung"),
        Qz,
        [
            new Concept("funded-qualifying-organisation", new LocalizedText("Funding an MO or umbrella that qualifies others", "Kommunale Finanzierung einer MO oder eines Dachverbandes zur Qualifizierung anderer MO"), "The municipality funds one organisation to train and advise the others.", Qz),
            new Concept("house-of-resources", new LocalizedText("House of Resources", "House of Resources"), "The federal programme offering resources and qualification tailored to MOs.", Qz),
            new Concept("cooperation-qualification", new LocalizedText("Qualification through cooperation with the municipality", "Qualifizierung durch die Zusammenarbeit mit der Kommune"), "Single organisations learn through joint work: organisational development, networks, practical experience.", Qz),
            new Concept("service-points", new LocalizedText("Service points", "Servicestellen"), "Service points staffed by experts from MOs' own ranks offering coaching, mentoring and trainee programmes on association law, project management and public relations.", Iq),
            new Concept("empowerment", new LocalizedText("Empowerment", "Empowerment"), "Rooms, project-management and diversity training and positive measures in funding programmes.", Iq),
            new Concept("tandem-coaching", new LocalizedText("Tandem and coaching", "Tandem/Coaching"), "Longer accompaniment in pairs, judged more useful than one-off training; start with small projects.", Iq),
        ]));

    /// <summary>Gets the kinds of funders.</summary>
    public static EnumScheme<FunderKind> Funders { get; } = new(new ConceptScheme(
        "funders",
        new LocalizedText("Funders", "Fördergeber"),
        Qz,
        [
            new Concept("municipal-integration-department", new LocalizedText("Municipal integration department", "Fachbereich für Integration"), "The municipal unit for integration; it funds MOs more often than other departments.", Qz),
            new Concept("municipal-culture-department", new LocalizedText("Municipal culture department", "Kulturamt"), "A department that often funds MOs institutionally.", Qz),
            new Concept("municipal-youth-education-department", new LocalizedText("Municipal youth/education department", "Fachbereich Jugend/Erziehung/Bildung"), "A department that often funds MOs institutionally; long-term funding usually presupposes recognition as a youth-welfare provider.", Qz),
            new Concept("municipal-sport-department", new LocalizedText("Municipal sport department", "Sportamt"), "The municipal unit for sport.", Qz),
            new Concept("municipal-social-department", new LocalizedText("Municipal social department", "Sozialamt"), "The municipal unit for social affairs.", Qz),
            new Concept("other-municipal-department", new LocalizedText("Other municipal department", "Anderer Fachbereich"), "Any other municipal office, for example neighbourhood work, refugee aid or anti-discrimination work.", Qz),
            new Concept("land", new LocalizedText("Land", "Land"), "A federal state's ministries or programmes.", Qz),
            new Concept("federal-programme", new LocalizedText("Federal programme", "Bundesprogramm"), "A programme of the federal government, for example House of Resources.", Qz),
            new Concept("eu-fund", new LocalizedText("EU fund", "EU-Fonds"), "A fund of the European Union, for example AMIF.", Par),
            new Concept("foundation", new LocalizedText("Foundation", "Stiftung"), "A private or public foundation.", Qz),
            new Concept("association", new LocalizedText("Association", "Verband"), "An association such as a welfare association passing on funds.", Qz),
        ]));

    /// <summary>Gets the kinds of legal persons § 75 SGB VIII distinguishes.</summary>
    public static EnumScheme<LegalPersonKind> LegalPersonKinds { get; } = new(new ConceptScheme(
        "legal-person-kinds",
        new LocalizedText("Kinds of legal person (§ 75 SGB VIII)", "Arten von Personen (§ 75 SGB VIII)"),
        Law,
        [
            new Concept("individual", new LocalizedText("Individual", "Natürliche Person"), "A single person; the law never recognises individuals as providers.", Law),
            new Concept("association", new LocalizedText("Legal person or association of persons", "Juristische Person oder Personenvereinigung"), "A private-law legal person or association of persons, such as a registered association.", Law),
            new Concept("church", new LocalizedText("Church", "Kirche"), "A church; recognised by law.", Law),
            new Concept("public-law-religious-community", new LocalizedText("Public-law religious community", "Religionsgemeinschaft des öffentlichen Rechts"), "A religious community that a Land has granted public-law status; recognised by law. Other religious communities are associations.", Law),
            new Concept("federal-free-welfare-association", new LocalizedText("Free-welfare association joined at federal level", "Auf Bundesebene zusammengeschlossener Verband der freien Wohlfahrtspflege"), "AWO, Caritas, Der Paritätische, DRK, Diakonie or ZWST; recognised by law. A member organisation of one of them is not such an association.", Law),
            new Concept("free-welfare-subdivision", new LocalizedText("Land or local subdivision of a free-welfare association", "Landes- oder Ortsgliederung eines Wohlfahrtsverbands"), "A subdivision of one of those associations; whether it shares the status by law is disputed (interpretive).", Law),
        ]));

    /// <summary>Gets the outcomes of § 75 SGB VIII recognition.</summary>
    public static EnumScheme<RecognitionStatus> RecognitionStatuses { get; } = new(new ConceptScheme(
        "youth-welfare-recognition-statuses",
        new LocalizedText("Recognition as a free youth-welfare provider (§ 75 SGB VIII)", "Anerkennung als Träger der freien Jugendhilfe (§ 75 SGB VIII)"),
        Law,
        [
            new Concept("not-recognisable", new LocalizedText("Not recognisable", "Nicht anerkennungsfähig"), "The preconditions of Abs. 1 are not met and no recognition by law applies.", Law),
            new Concept("may-be-recognised", new LocalizedText("May be recognised (discretion)", "Kann anerkannt werden (Ermessen)"), "Abs. 1 is met but not yet three years of youth-welfare work: recognition is at the authority's discretion.", Law),
            new Concept("entitled", new LocalizedText("Entitled to recognition", "Anspruch auf Anerkennung"), "Abs. 1 is met and the organisation has worked in youth welfare for at least three years.", Law),
            new Concept("recognised-by-law", new LocalizedText("Recognised by law", "Kraft Gesetzes anerkannt"), "Churches, public-law religious communities and the federal free-welfare associations.", Law),
            new Concept("undetermined", new LocalizedText("Undetermined", "Unbestimmt"), "Facts that would decide the outcome are missing.", SourceKeys.Model),
            new Concept("not-applicable", new LocalizedText("Not applicable", "Nicht zutreffend"), "The status does not apply, e.g. to a requirement other than youth-welfare recognition.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="TruthValue"/> values read as the outcome of a funding policy (scheme
    /// <c>funding-eligibility-outcomes</c>): yes = <c>eligible</c>, no = <c>not-eligible</c>, unknown = <c>undetermined</c>
    /// (<see cref="EligibilityResult.Outcome"/>, <see cref="EligibilityResult.OutcomeId"/>).</summary>
    public static EnumScheme<TruthValue> EligibilityOutcomes { get; } = new(new ConceptScheme(
        "funding-eligibility-outcomes",
        new LocalizedText("Outcomes of a funding policy", "Ergebnisse einer Förderrichtlinie"),
        SourceKeys.Model,
        [
            new Concept("undetermined", new LocalizedText("Undetermined", "Unbestimmt"), "Facts that would decide a requirement are missing and no requirement fails.", SourceKeys.Model),
            new Concept("eligible", new LocalizedText("Eligible", "Förderfähig"), "Every requirement of the policy is met.", SourceKeys.Model),
            new Concept("not-eligible", new LocalizedText("Not eligible", "Nicht förderfähig"), "At least one requirement of the policy fails.", SourceKeys.Model),
        ]));

    /// <summary>Gets the kinds of requirements funding policies are built from.</summary>
    public static EnumScheme<FundingRequirementKind> RequirementKinds { get; } = new(new ConceptScheme(
        "funding-requirement-kinds",
        new LocalizedText("Kinds of funding requirements", "Arten von Fördervoraussetzungen"),
        SourceKeys.Model,
        [
            new Concept("legal-person", new LocalizedText("Legal person or association", "Juristische Person oder Vereinigung"), "The applicant is an association or other legal person, not an individual or informal initiative.", SourceKeys.Interpretive),
            new Concept("recognised-non-profit", new LocalizedText("Recognised non-profit status", "Anerkannte Gemeinnützigkeit"), "The applicant's non-profit status is recognised.", SourceKeys.Interpretive),
            new Concept("paid-structures", new LocalizedText("Paid structures", "Hauptamtliche Strukturen"), "Tasks do not rest on volunteers alone (professionalisation).", Qz),
            new Concept("offers-beyond-own-community", new LocalizedText("Offers beyond the own community", "Angebote über die eigene Community hinaus"), "Offers are aimed at various target groups beyond the organisation's own community.", Qz),
            new Concept("demonstrable-success", new LocalizedText("Long-term demonstrable success", "Langjährig nachweisbare Erfolge"), "The organisation can show success of its work for a minimum number of years (a parameter).", Qz),
            new Concept("youth-welfare-recognition", new LocalizedText("Recognition as a youth-welfare provider", "Anerkennung als Träger der freien Jugendhilfe"), "The § 75 SGB VIII status reaches a minimum, optionally only when a given funder funds.", Law),
            new Concept("intercultural-staff", new LocalizedText("Intercultural staff in the regular institution", "Interkulturell geschulte Mitarbeitende in der Regelinstitution"), "The partner institution has interculturally trained, culture-sensitive staff.", Iq),
            new Concept("trust-building", new LocalizedText("Trust-building measures", "Vertrauensbildende Maßnahmen"), "Regular information, close exchange, openness, mutual job shadowing or exchange days.", Iq),
            new Concept("resources-provided", new LocalizedText("Money or equipment provided", "Bereitstellung von Geld oder Ausstattung"), "The cooperation comes with money or equipment for the organisation.", Iq),
        ]));

    /// <summary>Returns what the sources say about a funding form.</summary>
    /// <param name="form">The form.</param>
    /// <returns>The traits.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="form"/> is not a defined value.</exception>
    public static FundingFormTraits TraitsOf(FundingForm form)
    {
        Guard.Against.UndefinedValue(form);
        return Traits[(int)form];
    }
}
