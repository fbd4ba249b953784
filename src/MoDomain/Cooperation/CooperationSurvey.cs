using System;
using System.Collections.Immutable;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>
/// The Qualitätszirkel survey of 32 municipalities (2020, published 2023) as reference data with provenance
/// (DOMAIN.md §5.1–§5.3 and §6): form shares of events and projects, initiators, topic rankings, municipal set-up.
/// </summary>
/// <remarks>
/// <para>Shares are kept in the order the source lists them; for projects that is mo-led 39, municipality-led 35,
/// joint 26. Counts are given where the source gives them; where it reports only a share (budget "half" and
/// "a quarter", advice "about three quarters", percentages) the count is unknown.</para>
/// <para>The topic rankings are tiers (most to least); the source does not rank topics within a tier. A topic the
/// source leaves out of a ranking has no tier (see <see cref="ExchangeTier"/>).</para>
/// <para>All members are immutable and built once; they are safe to share across threads.</para>
/// </remarks>
public static class CooperationSurvey
{
    /// <summary>Gets the provenance shared by every figure.</summary>
    public static SurveyProvenance Provenance { get; } = new(
        "Survey of municipal integration commissioners by the Kommunaler Qualitätszirkel (cities, districts, Bremen/Bremerhaven, district offices of Berlin and Hamburg; ten Länder)",
        32,
        2020,
        2023,
        SourceKeys.Qualitaetszirkel2023);

    /// <summary>Gets the form shares of single events in source order: municipality-led 35 %, mo-led 35 %, joint 30 %.</summary>
    public static ImmutableArray<SurveyShare<CooperationForm>> EventForms { get; } =
    [
        Share(CooperationForm.MunicipalityLed, "events-municipality-led", 0.35, "Municipal events involving MOs", "Veranstaltungen der Kommune mit MO"),
        Share(CooperationForm.MoLed, "events-mo-led", 0.35, "MO events with municipal involvement", "Veranstaltungen von MO mit Beteiligung der Kommune"),
        Share(CooperationForm.Joint, "events-joint", 0.30, "Events planned and carried out jointly", "Gemeinsam geplante und durchgeführte Veranstaltungen"),
    ];

    /// <summary>Gets the form shares of projects in source order: mo-led 39 %, municipality-led 35 %, joint 26 %.</summary>
    public static ImmutableArray<SurveyShare<CooperationForm>> ProjectForms { get; } =
    [
        Share(CooperationForm.MoLed, "projects-mo-led", 0.39, "MO projects with municipal funding or content", "Projekte von MO mit Förderung oder inhaltlicher Beteiligung der Kommune"),
        Share(CooperationForm.MunicipalityLed, "projects-municipality-led", 0.35, "Municipal projects involving MOs", "Projekte der Kommune mit MO"),
        Share(CooperationForm.Joint, "projects-joint", 0.26, "Projects planned and carried out jointly", "Gemeinsam geplante und durchgeführte Projekte"),
    ];

    /// <summary>Gets who initiates cooperation: integration department 41 %, MOs 31 %, other municipal offices 28 %.</summary>
    public static ImmutableArray<SurveyShare<CooperationInitiator>> Initiators { get; } =
    [
        Share(CooperationInitiator.IntegrationDepartment, "initiator-integration-department", 0.41, "Initiated by the integration department", "Impuls vom Fachbereich Integration"),
        Share(CooperationInitiator.MigrantOrganisation, "initiator-migrant-organisation", 0.31, "Initiated by MOs", "Impuls von Migrantenorganisationen"),
        Share(CooperationInitiator.OtherMunicipalOffice, "initiator-other-municipal-office", 0.28, "Initiated by other municipal offices", "Impuls von anderen kommunalen Stellen"),
    ];

    /// <summary>Gets the topics of regular exchange in tiers, most to least frequent. Urban planning is not in this ranking.</summary>
    public static ImmutableArray<ImmutableArray<CooperationTopic>> ExchangeRanking { get; } =
    [
        [CooperationTopic.AntiRacismDemocracy],
        [CooperationTopic.CultureIntercultural, CooperationTopic.ReligionInterreligious],
        [CooperationTopic.Refugees, CooperationTopic.SocialHealthElderly],
        [CooperationTopic.YouthEducation],
        [CooperationTopic.InterculturalOpeningAdministration, CooperationTopic.GenderSpecific],
        [CooperationTopic.LabourEconomy, CooperationTopic.Sport, CooperationTopic.Other],
    ];

    /// <summary>Gets the topics on which MO representatives sit in municipal working bodies, in tiers, most to least
    /// (the last tier: practically none). "Other" is not in this ranking.</summary>
    public static ImmutableArray<ImmutableArray<CooperationTopic>> WorkingBodyRanking { get; } =
    [
        [CooperationTopic.AntiRacismDemocracy, CooperationTopic.ReligionInterreligious, CooperationTopic.Refugees],
        [CooperationTopic.YouthEducation, CooperationTopic.CultureIntercultural, CooperationTopic.SocialHealthElderly],
        [CooperationTopic.GenderSpecific, CooperationTopic.InterculturalOpeningAdministration],
        [CooperationTopic.UrbanPlanningNeighbourhood, CooperationTopic.Sport],
        [CooperationTopic.LabourEconomy],
    ];

    /// <summary>Gets the municipalities with regular exchange with MO umbrellas or working groups: 23 of 32.</summary>
    public static SurveyFigure RegularExchangeWithUmbrellas { get; } = Count("regular-exchange-with-umbrellas", 23, "Regular exchange with MO umbrellas or working groups", "Regelmäßiger Austausch mit Dachverbänden oder Arbeitskreisen der MO");

    /// <summary>Gets the municipalities with MO representatives in municipal working bodies: 28 of 32.</summary>
    public static SurveyFigure MoRepresentativesInBodies { get; } = Count("mo-representatives-in-bodies", 28, "MO representatives in municipal working bodies", "Vertretungen von MO in kommunalen Arbeitsgremien");

    /// <summary>Gets the municipalities with other levels of cooperation: 14 of 32.</summary>
    public static SurveyFigure OtherLevels { get; } = Count("other-levels", 14, "Other levels of cooperation", "Andere Ebenen der Zusammenarbeit");

    /// <summary>Gets the municipalities with a concept for cooperation with MOs: 23 of 32.</summary>
    public static SurveyFigure Concept { get; } = Count("setup-concept", 23, "Concept for cooperation with MOs", "Konzept für die Zusammenarbeit mit MO");

    /// <summary>Gets the municipalities with a job description for the cooperation: 23 of 32.</summary>
    public static SurveyFigure JobDescription { get; } = Count("setup-job-description", 23, "Job description for the cooperation", "Stellenbeschreibung für die Zusammenarbeit");

    /// <summary>Gets the municipalities with both a concept and a job description: 20 of 32.</summary>
    public static SurveyFigure ConceptAndJobDescription { get; } = Count("setup-concept-and-job-description", 20, "Both concept and job description", "Konzept und Stellenbeschreibung");

    /// <summary>Gets the municipalities with a concept but no job description: 3 of 32.</summary>
    public static SurveyFigure ConceptOnly { get; } = Count("setup-concept-only", 3, "Concept only", "Nur Konzept");

    /// <summary>Gets the municipalities with a job description but no concept: 3 of 32.</summary>
    public static SurveyFigure JobDescriptionOnly { get; } = Count("setup-job-description-only", 3, "Job description only", "Nur Stellenbeschreibung");

    /// <summary>Gets the integration departments spending more than 25 % of staff on MO cooperation: 13 of 32.</summary>
    public static SurveyFigure StaffOver25Percent { get; } = Count("staff-over-25-percent", 13, "Staff share over 25 %", "Personalanteil über 25 %");

    /// <summary>Gets the integration departments spending 11–25 % of staff on MO cooperation: 11 of 32.</summary>
    public static SurveyFigure Staff11To25Percent { get; } = Count("staff-11-to-25-percent", 11, "Staff share 11 to 25 %", "Personalanteil 11 bis 25 %");

    /// <summary>Gets the integration offices spending over a quarter of their budget on work with and by MOs: half (count not reported).</summary>
    public static SurveyFigure BudgetOver25Percent { get; } = ShareOnly("budget-over-25-percent", 0.5, "Budget share over 25 %", "Etatanteil über 25 %");

    /// <summary>Gets the integration offices spending 11–25 % of their budget on work with and by MOs: a quarter (count not reported).</summary>
    public static SurveyFigure Budget11To25Percent { get; } = ShareOnly("budget-11-to-25-percent", 0.25, "Budget share 11 to 25 %", "Etatanteil 11 bis 25 %");

    /// <summary>Gets the municipalities providing municipal meeting rooms like for other associations: 24 of 32.</summary>
    public static SurveyFigure MunicipalMeetingRooms { get; } = Count("rooms-municipal-meeting-rooms", 24, "Municipal meeting rooms as for other associations", "Kommunale Besprechungsräume wie für andere Vereine");

    /// <summary>Gets the municipalities offering several forms of room provision: 10 of 32.</summary>
    public static SurveyFigure SeveralRoomForms { get; } = Count("rooms-several-forms", 10, "Several forms of room provision", "Mehrere Formen der Raumbereitstellung");

    /// <summary>Gets the municipalities offering none of the named forms of room provision: 7 of 32.</summary>
    public static SurveyFigure NoRoomForm { get; } = Count("rooms-none", 7, "None of the named forms of room provision", "Keine der genannten Formen der Raumbereitstellung");

    /// <summary>Gets the municipalities offering advice and qualification: about three quarters (count not reported).</summary>
    public static SurveyFigure AdviceAndQualification { get; } = ShareOnly("advice-and-qualification", 0.75, "Advice and qualification offered", "Beratung und Qualifizierung angeboten");

    /// <summary>Gets the tier of a topic in <see cref="ExchangeRanking"/> (0 = most frequent), or unknown when the ranking leaves it out.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns>The tier, or unknown.</returns>
    public static Fact<int> ExchangeTier(CooperationTopic topic) => TierIn(ExchangeRanking, topic);

    /// <summary>Gets the tier of a topic in <see cref="WorkingBodyRanking"/> (0 = most frequent), or unknown when the ranking leaves it out.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns>The tier, or unknown.</returns>
    public static Fact<int> WorkingBodyTier(CooperationTopic topic) => TierIn(WorkingBodyRanking, topic);

    private static Fact<int> TierIn(ImmutableArray<ImmutableArray<CooperationTopic>> ranking, CooperationTopic topic)
    {
        for (int i = 0; i < ranking.Length; i++)
        {
            if (ranking[i].Contains(topic))
            {
                return i;
            }
        }
        return Fact<int>.Unknown;
    }

    private static SurveyShare<T> Share<T>(T category, string id, double share, string english, string german)
        where T : struct, Enum =>
        new(category, new SurveyFigure(id, new LocalizedText(english, german), share, Fact<int>.Unknown, Provenance));

    private static SurveyFigure Count(string id, int count, string english, string german) =>
        new(id, new LocalizedText(english, german), count / (double)Provenance.Respondents, count, Provenance);

    private static SurveyFigure ShareOnly(string id, double share, string english, string german) =>
        new(id, new LocalizedText(english, german), share, Fact<int>.Unknown, Provenance);
}
