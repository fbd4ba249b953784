using System;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Reference;
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
        Survey.Design.English,
        (int)ReferenceData.Figure("qz-2020-respondents").Value,
        Survey.SurveyYear.Value,
        Survey.PublicationYear.Value,
        Survey.Source);

    // The single store of the figures is MoDomain.Reference.ReferenceData; this class is the typed view of them.
    private static ReferenceSurvey Survey => ReferenceData.Survey("qz-2020");

    /// <summary>Gets the form shares of single events in source order: municipality-led 35 %, mo-led 35 %, joint 30 %.</summary>
    public static ImmutableArray<SurveyShare<CooperationForm>> EventForms { get; } =
    [
        Share(CooperationForm.MunicipalityLed, "qz-2020-events-municipality-led"),
        Share(CooperationForm.MoLed, "qz-2020-events-mo-led"),
        Share(CooperationForm.Joint, "qz-2020-events-joint"),
    ];

    /// <summary>Gets the form shares of projects in source order: mo-led 39 %, municipality-led 35 %, joint 26 %.</summary>
    public static ImmutableArray<SurveyShare<CooperationForm>> ProjectForms { get; } =
    [
        Share(CooperationForm.MoLed, "qz-2020-projects-mo-led"),
        Share(CooperationForm.MunicipalityLed, "qz-2020-projects-municipality-led"),
        Share(CooperationForm.Joint, "qz-2020-projects-joint"),
    ];

    /// <summary>Gets who initiates cooperation: integration department 41 %, MOs 31 %, other municipal offices 28 %.</summary>
    public static ImmutableArray<SurveyShare<CooperationInitiator>> Initiators { get; } =
    [
        Share(CooperationInitiator.IntegrationDepartment, "qz-2020-initiator-integration-department"),
        Share(CooperationInitiator.MigrantOrganisation, "qz-2020-initiator-mo"),
        Share(CooperationInitiator.OtherMunicipalOffice, "qz-2020-initiator-other-municipal-office"),
    ];

    /// <summary>Gets the topics of regular exchange in tiers, most to least frequent. Urban planning is not in this ranking.</summary>
    public static ImmutableArray<ImmutableArray<CooperationTopic>> ExchangeRanking { get; } = Tiers("qz-2020-topics-regular-exchange");

    /// <summary>Gets the topics on which MO representatives sit in municipal working bodies, in tiers, most to least
    /// (the last tier: practically none). "Other" is not in this ranking.</summary>
    public static ImmutableArray<ImmutableArray<CooperationTopic>> WorkingBodyRanking { get; } = Tiers("qz-2020-topics-working-bodies");

    /// <summary>Gets the municipalities with regular exchange with MO umbrellas or working groups: 23 of 32.</summary>
    public static SurveyFigure RegularExchangeWithUmbrellas { get; } = Count("qz-2020-regular-exchange-with-umbrellas");

    /// <summary>Gets the municipalities with MO representatives in municipal working bodies: 28 of 32.</summary>
    public static SurveyFigure MoRepresentativesInBodies { get; } = Count("qz-2020-mo-in-working-bodies");

    /// <summary>Gets the municipalities with other levels of cooperation: 14 of 32.</summary>
    public static SurveyFigure OtherLevels { get; } = Count("qz-2020-other-levels");

    /// <summary>Gets the municipalities with a concept for cooperation with MOs: 23 of 32.</summary>
    public static SurveyFigure Concept { get; } = Count("qz-2020-concept");

    /// <summary>Gets the municipalities with a job description for the cooperation: 23 of 32.</summary>
    public static SurveyFigure JobDescription { get; } = Count("qz-2020-job-description");

    /// <summary>Gets the municipalities with both a concept and a job description: 20 of 32.</summary>
    public static SurveyFigure ConceptAndJobDescription { get; } = Count("qz-2020-concept-and-job-description");

    /// <summary>Gets the municipalities with a concept but no job description: 3 of 32.</summary>
    public static SurveyFigure ConceptOnly { get; } = Count("qz-2020-concept-only");

    /// <summary>Gets the municipalities with a job description but no concept: 3 of 32.</summary>
    public static SurveyFigure JobDescriptionOnly { get; } = Count("qz-2020-job-description-only");

    /// <summary>Gets the integration departments spending more than 25 % of staff on MO cooperation: 13 of 32.</summary>
    public static SurveyFigure StaffOver25Percent { get; } = Count("qz-2020-staff-share-over-25");

    /// <summary>Gets the integration departments spending 11–25 % of staff on MO cooperation: 11 of 32.</summary>
    public static SurveyFigure Staff11To25Percent { get; } = Count("qz-2020-staff-share-11-to-25");

    /// <summary>Gets the integration offices spending over a quarter of their budget on work with and by MOs: half (count not reported).</summary>
    public static SurveyFigure BudgetOver25Percent { get; } = ShareOnly("qz-2020-budget-over-quarter");

    /// <summary>Gets the integration offices spending 11–25 % of their budget on work with and by MOs: a quarter (count not reported).</summary>
    public static SurveyFigure Budget11To25Percent { get; } = ShareOnly("qz-2020-budget-11-to-25");

    /// <summary>Gets the municipalities providing municipal meeting rooms like for other associations: 24 of 32.</summary>
    public static SurveyFigure MunicipalMeetingRooms { get; } = Count("qz-2020-rooms-municipal-meeting-rooms");

    /// <summary>Gets the municipalities offering several forms of room provision: 10 of 32.</summary>
    public static SurveyFigure SeveralRoomForms { get; } = Count("qz-2020-rooms-several-forms");

    /// <summary>Gets the municipalities offering none of the named forms of room provision: 7 of 32.</summary>
    public static SurveyFigure NoRoomForm { get; } = Count("qz-2020-rooms-none");

    /// <summary>Gets the municipalities offering advice and qualification: about three quarters (count not reported).</summary>
    public static SurveyFigure AdviceAndQualification { get; } = ShareOnly("qz-2020-qualification-offers");

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

    private static SurveyShare<T> Share<T>(T category, string figureId)
        where T : struct, Enum => new(category, ShareOnly(figureId));

    private static SurveyFigure Count(string figureId)
    {
        ReferenceFigure figure = ReferenceData.Figure(figureId);
        int count = (int)figure.Value;
        return new(figureId, figure.Measures, count / (double)Provenance.Respondents, count, Provenance);
    }

    private static SurveyFigure ShareOnly(string figureId)
    {
        ReferenceFigure figure = ReferenceData.Figure(figureId);
        return new(figureId, figure.Measures, (double)figure.Share.Value, Fact<int>.Unknown, Provenance);
    }

    private static ImmutableArray<ImmutableArray<CooperationTopic>> Tiers(string rankingId) =>
    [
        .. ReferenceData.Ranking(rankingId).Tiers.Select(tier => tier.Select(id => CooperationVocabulary.Topics.TryParse(id, out CooperationTopic topic)
            ? topic
            : throw new InvalidOperationException($"The ranking '{rankingId}' names the unknown topic '{id}'.")).ToImmutableArray()),
    ];
}
