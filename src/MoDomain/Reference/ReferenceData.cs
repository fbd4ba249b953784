using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Reference;

/// <summary>
/// The survey figures and rankings of the sources (DOMAIN.md §4–§6) as typed, citable reference data: the
/// Qualitätszirkel 2020 survey of 32 municipalities, the Paritätischer "Gemeinsam aktiv" survey and the IQ 2013 estimate.
/// </summary>
/// <remarks>
/// <para>
/// Data only; every figure names its survey (and so its survey year, publication year and source key), its base n
/// where the source states one, and what it measures. Rankings are ordered tiers with ties as the source states them.
/// </para>
/// <para>
/// Where the brief and the source differ the source is followed: the source lists the open field "other" in the
/// lowest tier of regular exchange beside labour/economy and sport; urban planning is not placed in that ranking at all.
/// </para>
/// <para>All members are immutable and built once; they are safe to share across threads.</para>
/// </remarks>
public static class ReferenceData
{
    private const string Qz = "qz-2020";
    private const string Pga = "paritaetischer-gemeinsam-aktiv";
    private const string Iq = "iq-2013";

    /// <summary>Gets the topics figures and rankings are grouped by.</summary>
    public static ConceptScheme Topics { get; } = new(
        "reference-topics",
        new LocalizedText("Topics of reference figures", "Themen der Referenzzahlen"),
        SourceKeys.Model,
        [
            Topic("survey-design", "Survey design", "Anlage der Befragung", "Who was asked and how."),
            Topic("organisations", "Migrant organisations in Germany", "Migrantenorganisationen in Deutschland", "How many migrant organisations exist."),
            Topic("municipal-set-up", "Municipal set-up", "Kommunale Aufstellung", "Concepts, job descriptions, staff and budget shares of municipalities (DOMAIN.md §5.3)."),
            Topic("funding", "Funding", "Förderung", "Funding forms, their frequency and regular funding (DOMAIN.md §4)."),
            Topic("rooms", "Room provision", "Bereitstellung von Räumen", "How municipalities provide rooms (DOMAIN.md §4.2)."),
            Topic("qualification", "Advice and qualification", "Beratung und Qualifizierung", "Municipal advice and qualification offers (DOMAIN.md §4.3)."),
            Topic("cooperation-levels", "Levels of cooperation", "Ebenen der Zusammenarbeit", "Events, projects and standing bodies (DOMAIN.md §5.1)."),
            Topic("cooperation-forms", "Forms of cooperation", "Formen der Zusammenarbeit", "Who leads events and projects (DOMAIN.md §5.1)."),
            Topic("cooperation-topics", "Topics of cooperation", "Themenfelder der Zusammenarbeit", "Topics of regular exchange and of representation in working bodies (DOMAIN.md §5.2)."),
            Topic("cooperation-initiators", "Initiators of cooperation", "Impulsgeber der Zusammenarbeit", "Who initiates cooperation (DOMAIN.md §5.2)."),
        ]);

    /// <summary>Gets the surveys the figures come from.</summary>
    public static ImmutableArray<ReferenceSurvey> Surveys { get; } =
    [
        new(
            Qz,
            new LocalizedText("Qualitätszirkel survey of integration offices (2020)", "Befragung des Kommunalen Qualitätszirkels zur Integrationspolitik (2020)"),
            new LocalizedText(
                "32 integration commissioners and integration offices of cities, districts, Bremen with Bremerhaven and the district offices of Berlin and Hamburg, spread over ten Länder; a questionnaire of ten questions in three parts.",
                "32 Integrationsbeauftragte und Fachstellen für Integration aus Städten, Landkreisen, Bremen mit Bremerhaven und den Bezirksämtern Berlins und Hamburgs in zehn Bundesländern; Fragebogen mit zehn Fragen in drei Teilen."),
            Fact.Known(2020),
            Fact.Known(2023),
            SourceKeys.Qualitaetszirkel2023),
        new(
            Pga,
            new LocalizedText("Paritätischer project \"Gemeinsam aktiv\": interviews and online survey", "Paritätisches Projekt „Gemeinsam aktiv“: Gespräche und Online-Befragung"),
            new LocalizedText(
                "20 individual interviews with representatives of migrant organisations, then an online survey answered by 414 migrant organisations, 102 authorities and 171 service providers; the project page states neither the year of the survey nor of its publication.",
                "20 Einzelgespräche mit Vertretungen von Migrantenorganisationen, danach eine Online-Befragung mit 414 Migrantenorganisationen, 102 Behörden und 171 Leistungserbringern; die Projektseite nennt weder das Jahr der Befragung noch das der Veröffentlichung."),
            Fact<int>.Unknown,
            Fact<int>.Unknown,
            SourceKeys.ParitaetischerGemeinsamAktiv),
        new(
            Iq,
            new LocalizedText("IQ Fach-AG MO guideline (2013)", "Leitfaden der IQ Fach-AG MO (2013)"),
            new LocalizedText(
                "A practice guideline of the IQ programme; its count of migrant organisations is an estimate, not a survey result.",
                "Ein Praxisleitfaden des IQ-Programms; die Zahl der Migrantenorganisationen ist eine Schätzung, kein Befragungsergebnis."),
            Fact.Known(2013),
            Fact.Known(2013),
            SourceKeys.IqFachAgMo2013),
    ];

    /// <summary>Gets every figure, grouped by survey and topic in source order.</summary>
    public static ImmutableArray<ReferenceFigure> Figures { get; } = BuildFigures();

    /// <summary>Gets every ranking the sources state.</summary>
    public static ImmutableArray<ReferenceRanking> Rankings { get; } = BuildRankings();

    private static readonly ImmutableDictionary<string, ReferenceFigure> FigureById =
        Figures.ToImmutableDictionary(f => f.Id, StringComparer.Ordinal);

    private static readonly ImmutableDictionary<string, ReferenceRanking> RankingById =
        Rankings.ToImmutableDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>Gets the survey with the given id.</summary>
    /// <param name="id">The survey id.</param>
    /// <returns>The survey.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No survey has this id; the message names the known ids or the nearest one.</exception>
    public static ReferenceSurvey Survey(string id) => Lookup(id, Surveys.ToDictionary(s => s.Id, StringComparer.Ordinal), "survey");

    /// <summary>Gets the figure with the given id.</summary>
    /// <param name="id">The figure id.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No figure has this id; the message suggests the nearest ids.</exception>
    public static ReferenceFigure Figure(string id) => Lookup(id, FigureById, "figure");

    /// <summary>Gets the ranking with the given id.</summary>
    /// <param name="id">The ranking id.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No ranking has this id; the message suggests the nearest ids.</exception>
    public static ReferenceRanking Ranking(string id) => Lookup(id, RankingById, "ranking");

    /// <summary>Tries to get the survey with the given id.</summary>
    /// <param name="id">The survey id; <see langword="null"/> finds nothing.</param>
    /// <param name="survey">The survey, when found.</param>
    /// <returns>Whether a survey has this id.</returns>
    public static bool TryGetSurvey(string? id, [NotNullWhen(true)] out ReferenceSurvey? survey)
    {
        survey = id is null ? null : Surveys.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
        return survey is not null;
    }

    /// <summary>Tries to get the ranking with the given id.</summary>
    /// <param name="id">The ranking id; <see langword="null"/> finds nothing.</param>
    /// <param name="ranking">The ranking, when found.</param>
    /// <returns>Whether a ranking has this id.</returns>
    public static bool TryGetRanking(string? id, [NotNullWhen(true)] out ReferenceRanking? ranking)
    {
        ranking = null;
        return id is not null && RankingById.TryGetValue(id, out ranking);
    }

    /// <summary>Tries to get the figure with the given id.</summary>
    /// <param name="id">The figure id; <see langword="null"/> finds nothing.</param>
    /// <param name="figure">The figure, when found.</param>
    /// <returns>Whether a figure has this id.</returns>
    public static bool TryGetFigure(string? id, [NotNullWhen(true)] out ReferenceFigure? figure)
    {
        figure = null;
        return id is not null && FigureById.TryGetValue(id, out figure);
    }

    /// <summary>Gets the figures of one topic, in source order.</summary>
    /// <param name="topic">A topic id of <see cref="Topics"/>.</param>
    /// <returns>The figures of the topic (possibly none, for a topic that only has rankings).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topic"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The topic is not in <see cref="Topics"/>.</exception>
    public static ImmutableArray<ReferenceFigure> FiguresOn(string topic)
    {
        string id = Topics[Guard.Against.Null(topic)].Id;
        return [.. Figures.Where(f => f.Topic == id)];
    }

    /// <summary>Gets the rankings of one topic.</summary>
    /// <param name="topic">A topic id of <see cref="Topics"/>.</param>
    /// <returns>The rankings of the topic (possibly none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topic"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The topic is not in <see cref="Topics"/>.</exception>
    public static ImmutableArray<ReferenceRanking> RankingsOn(string topic)
    {
        string id = Topics[Guard.Against.Null(topic)].Id;
        return [.. Rankings.Where(r => r.Topic == id)];
    }

    private static T Lookup<T>(string id, IReadOnlyDictionary<string, T> items, string kind)
    {
        Guard.Against.Null(id);
        if (items.TryGetValue(id, out T? item))
        {
            return item;
        }

        ImmutableArray<string> suggestions = IdSuggestions.Suggest(id, items.Keys);
        throw new KeyNotFoundException($"No reference {kind} has the id '{id}'{IdSuggestions.Text(suggestions)}.");
    }

    private static Concept Topic(string id, string english, string german, string description) =>
        new(id, new LocalizedText(english, german), description, SourceKeys.Model);

    private static ImmutableArray<ReferenceFigure> BuildFigures()
    {
        ReferenceSurvey qz = Surveys[0];
        ReferenceSurvey pga = Surveys[1];
        ReferenceSurvey iq = Surveys[2];
        Fact<int> n32 = Fact.Known(32);
        Fact<int> none = Fact<int>.Unknown;

        ReferenceFigure Count(string id, string topic, string en, string de, decimal value, Fact<int> n, ReferenceSurvey s, bool approx = false) =>
            new(id, topic, new LocalizedText(en, de), value, FigureUnit.Count, n, approx, s);

        ReferenceFigure Percent(string id, string topic, string en, string de, decimal value, Fact<int> n, ReferenceSurvey s, bool approx = false) =>
            new(id, topic, new LocalizedText(en, de), value, FigureUnit.Percent, n, approx, s);

        return
        [
            // Qualitätszirkel 2020 survey: design.
            Count("qz-2020-respondents", "survey-design", "Municipalities (integration offices) that answered", "Antwortende Kommunen (Fachstellen für Integration)", 32, none, qz),
            Count("qz-2020-laender", "survey-design", "Länder the responding municipalities are spread over", "Bundesländer, über die sich die Antworten verteilen", 10, none, qz),
            Count("qz-2020-questions", "survey-design", "Questions in the questionnaire", "Fragen im Fragebogen", 10, none, qz),
            Count("qz-2020-questionnaire-parts", "survey-design", "Parts of the questionnaire", "Teile des Fragebogens", 3, none, qz),

            // Municipal set-up (§5.3).
            Count("qz-2020-concept", "municipal-set-up", "Municipalities with a concept for cooperation with MOs", "Kommunen mit einem Konzept für die Zusammenarbeit mit MO", 23, n32, qz),
            Count("qz-2020-job-description", "municipal-set-up", "Municipalities with a job description for the cooperation", "Kommunen mit einer Stellenbeschreibung für die Zusammenarbeit", 23, n32, qz),
            Count("qz-2020-concept-and-job-description", "municipal-set-up", "Municipalities with both a concept and a job description", "Kommunen mit Konzept und Stellenbeschreibung", 20, n32, qz),
            Count("qz-2020-concept-only", "municipal-set-up", "Municipalities with a concept but no job description", "Kommunen mit Konzept, aber ohne Stellenbeschreibung", 3, n32, qz),
            Count("qz-2020-job-description-only", "municipal-set-up", "Municipalities with a job description but no concept", "Kommunen mit Stellenbeschreibung, aber ohne Konzept", 3, n32, qz),
            Count("qz-2020-staff-share-over-11", "municipal-set-up", "Integration offices spending more than 11 % of their staff resources on cooperation with MOs", "Fachbereiche für Integration mit mehr als 11 % ihrer Personalressourcen für die Zusammenarbeit mit MO", 24, n32, qz),
            Count("qz-2020-staff-share-over-25", "municipal-set-up", "Integration offices spending more than 25 % of their staff resources on it", "Fachbereiche mit über 25 % der Personalressourcen dafür", 13, n32, qz),
            Count("qz-2020-staff-share-11-to-25", "municipal-set-up", "Integration offices spending between 11 % and 25 % of their staff resources on it", "Fachbereiche mit 11 % bis 25 % der Personalressourcen dafür", 11, n32, qz),
            Percent("qz-2020-budget-over-quarter", "municipal-set-up", "Integration offices spending more than a quarter of their own budget on work with and by MOs (stated as \"half\")", "Fachstellen, die über ein Viertel ihres Etats für die Arbeit von und mit MO aufwenden (genannt: „die Hälfte“)", 50, n32, qz),
            Percent("qz-2020-budget-11-to-25", "municipal-set-up", "Integration offices spending 11–25 % of their own budget on it (stated as \"a quarter\")", "Fachstellen, die 11–25 % ihres Etats dafür aufwenden (genannt: „ein Viertel“)", 25, n32, qz),

            // Rooms (§4.2).
            Count("qz-2020-rooms-municipal-meeting-rooms", "rooms", "Municipalities providing municipal meeting rooms to MOs as to other associations", "Kommunen, die MO städtische Begegnungsräume wie anderen Vereinen bereitstellen", 24, n32, qz),
            Count("qz-2020-rooms-several-forms", "rooms", "Municipalities offering several forms of room provision", "Kommunen mit mehreren Formen der Raumbereitstellung", 10, n32, qz),
            Count("qz-2020-rooms-none", "rooms", "Municipalities offering none of the named forms", "Kommunen ohne eine der genannten Formen", 7, n32, qz),

            // Advice and qualification (§4.3).
            Percent("qz-2020-qualification-offers", "qualification", "Municipalities with advice and qualification offers for MOs (stated as \"nearly three quarters\")", "Kommunen mit Qualifizierungs- und Beratungsangeboten für MO (genannt: „annähernd Dreiviertel“)", 75, n32, qz, approx: true),

            // Levels (§5.1).
            Count("qz-2020-regular-exchange-with-umbrellas", "cooperation-levels", "Municipalities in regular exchange with MO umbrella associations or working groups", "Kommunen mit regelmäßigem Austausch mit Dachverbänden oder Arbeitskreisen der MO", 23, n32, qz),
            Count("qz-2020-mo-in-working-bodies", "cooperation-levels", "Municipalities with MO representatives in municipal working bodies", "Kommunen, in deren Arbeitsgremien Vertretungen von MO eingebunden sind", 28, n32, qz),
            Count("qz-2020-other-levels", "cooperation-levels", "Municipalities naming other levels of cooperation", "Kommunen mit „anderen Ebenen der Zusammenarbeit“", 14, n32, qz),

            // Forms (§5.1); shares of events and projects, base not stated.
            Percent("qz-2020-events-municipality-led", "cooperation-forms", "Share of single events that are the municipality's with MOs involved", "Anteil der Einzelveranstaltungen der Kommune mit eingebundenen MO", 35, none, qz),
            Percent("qz-2020-events-mo-led", "cooperation-forms", "Share of single events that are the MO's with municipal involvement", "Anteil der Einzelveranstaltungen von MO mit Beteiligung der Kommune", 35, none, qz),
            Percent("qz-2020-events-joint", "cooperation-forms", "Share of single events planned and carried out jointly", "Anteil gemeinsam geplanter und durchgeführter Einzelveranstaltungen", 30, none, qz),
            Percent("qz-2020-projects-mo-led", "cooperation-forms", "Share of projects that are the MO's with municipal funding or content participation", "Anteil der Projekte von MO mit Förderung oder inhaltlicher Beteiligung der Kommune", 39, none, qz),
            Percent("qz-2020-projects-municipality-led", "cooperation-forms", "Share of projects that are the municipality's with MOs involved", "Anteil der Projekte der Kommune mit eingebundenen MO", 35, none, qz),
            Percent("qz-2020-projects-joint", "cooperation-forms", "Share of projects planned and carried out jointly", "Anteil gemeinsam geplanter und durchgeführter Projekte", 26, none, qz),

            // Initiators (§5.2).
            Percent("qz-2020-initiator-integration-department", "cooperation-initiators", "Share of cooperation initiated by the integration department", "Anteil der Zusammenarbeit, die vom Fachbereich für Integration ausgeht", 41, none, qz),
            Percent("qz-2020-initiator-mo", "cooperation-initiators", "Share of cooperation initiated by migrant organisations", "Anteil der Zusammenarbeit, die von Migrantenorganisationen ausgeht", 31, none, qz),
            Percent("qz-2020-initiator-other-municipal-office", "cooperation-initiators", "Share of cooperation initiated by other municipal offices", "Anteil der Zusammenarbeit, die von anderen kommunalen Stellen ausgeht", 28, none, qz),

            // Paritätischer "Gemeinsam aktiv".
            Count("pga-interviews", "survey-design", "Individual interviews with representatives of migrant organisations", "Einzelgespräche mit Vertretungen von Migrantenorganisationen", 20, none, pga),
            Count("pga-survey-mos", "survey-design", "Migrant organisations that answered the online survey", "An der Online-Befragung beteiligte Migrantenorganisationen", 414, none, pga),
            Count("pga-survey-authorities", "survey-design", "Authorities that answered the online survey", "An der Online-Befragung beteiligte Behörden", 102, none, pga),
            Count("pga-survey-providers", "survey-design", "Service providers that answered the online survey", "An der Online-Befragung beteiligte Leistungserbringer", 171, none, pga),
            Percent("pga-founded-for-youth-welfare", "funding", "Surveyed MOs founded to work in child and youth welfare or to develop offers for young migrants", "Befragte MO, die gegründet wurden, um in der Kinder- und Jugendhilfe tätig zu sein oder Angebote für junge Migrant*innen zu entwickeln", 54, none, pga),
            Percent("pga-financed-via-youth-welfare", "funding", "Surveyed MOs that finance their offers through child and youth welfare", "Befragte MO, die ihre Angebote über die Kinder- und Jugendhilfe finanzieren", 18, none, pga),

            // IQ 2013.
            Count("iq-2013-migrant-organisations", "organisations", "Migrant organisations active in Germany (estimate)", "In Deutschland aktive Migrantenorganisationen (Schätzung)", 16000, none, iq, approx: true),
        ];
    }

    private static ImmutableArray<ReferenceRanking> BuildRankings()
    {
        ReferenceSurvey qz = Surveys[0];
        return
        [
            new(
                "qz-2020-funding-form-frequency",
                "funding",
                new LocalizedText(
                    "How often municipalities fund MOs by each form, most to least (integration departments, and likewise other departments); a frequency, not the funding ladder",
                    "Wie häufig Kommunen MO in welcher Form fördern, absteigend (Fachbereiche für Integration und analog andere Fachbereiche); eine Häufigkeit, nicht die Förderleiter"),
                "funding-forms",
                [["funding-guidelines"], ["flexible-budget"], ["institutional-funding"]],
                qz),
            new(
                "qz-2020-level-frequency",
                "cooperation-levels",
                new LocalizedText("How often each level of cooperation occurs: single events more often than projects", "Wie häufig die Ebenen vorkommen: Einzelveranstaltungen häufiger als Projekte"),
                "cooperation-levels",
                [["single-event"], ["project"]],
                qz),
            new(
                "qz-2020-topics-regular-exchange",
                "cooperation-topics",
                new LocalizedText("Topics of regular exchange between municipality and MOs, most to least", "Themen des regelmäßigen Austauschs zwischen Kommune und MO, absteigend"),
                "cooperation-topics",
                [
                    ["anti-racism-democracy"],
                    ["culture-intercultural", "religion-interreligious"],
                    ["refugees", "social-health-elderly"],
                    ["youth-education"],
                    ["intercultural-opening-administration", "gender-specific"],
                    ["labour-economy", "sport", "other"],
                ],
                qz),
            new(
                "qz-2020-topics-working-bodies",
                "cooperation-topics",
                new LocalizedText("Topics on which MO representatives sit in municipal working bodies, most to least", "Themen, zu denen Vertretungen von MO in kommunale Arbeitsgremien eingebunden sind, absteigend"),
                "cooperation-topics",
                [
                    ["anti-racism-democracy", "religion-interreligious", "refugees"],
                    ["youth-education", "culture-intercultural", "social-health-elderly"],
                    ["gender-specific", "intercultural-opening-administration"],
                    ["urban-planning-neighbourhood", "sport"],
                    ["labour-economy"],
                ],
                qz),
        ];
    }
}
