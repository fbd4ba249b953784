using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Cooperation;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Samples;

/// <summary>
/// The embedded sample of the cooperation framework (DOMAIN.md §5): the fictional municipality of Musterstadt with
/// its set-up and cooperation records from 2019 to 2025 with organisations of <see cref="SampleData"/> (referenced by
/// sample id), an assessment of one cooperation and one start process.
/// </summary>
/// <remarks>
/// <para>Invented, like the rest of the sample. The records are chosen to show the interesting cases: a pair that
/// moves from a door-opener event to a standing body (<c>anadolu-kulturverein</c> with the integration office), a
/// pair whose next step the source's order leaves open (<c>moscheegemeinde-am-hafen</c>: a round table of religions
/// is a thematic working group), a pair whose project forms the source does not rank (<c>elternnetzwerk-bildungsbruecke</c>
/// with the Kita coordination), a record with an unknown form and one with an unknown initiator.</para>
/// <para>All members are immutable and built once.</para>
/// </remarks>
public static class SampleCooperation
{
    /// <summary>The name of the integration office in the sample.</summary>
    public const string IntegrationOffice = "Integrationsbüro Musterstadt";

    /// <summary>The name of the Kita coordination office in the sample.</summary>
    public const string KitaCoordination = "Kita-Einstieg Koordinierungsstelle Musterstadt";

    private static readonly CooperationPartner Integration = new(IntegrationOffice, PartnerKind.IntegrationDepartment);
    private static readonly CooperationPartner Youth = new("Jugendamt Musterstadt", PartnerKind.MunicipalOffice);
    private static readonly CooperationPartner Kita = new(KitaCoordination, PartnerKind.Kita);
    private static readonly CooperationPartner JobCentre = new("Jobcenter Musterstadt", PartnerKind.LabourMarketInstitution);
    private static readonly CooperationPartner Welfare = new("Wohlfahrtsverband Musterstadt (fictional)", PartnerKind.WelfareAssociation);
    private static readonly CooperationPartner School = new("Gesamtschule Nordstadt", PartnerKind.School);

    /// <summary>Gets the sample municipality: Musterstadt, its set-up and its records.</summary>
    public static MunicipalityCooperation Municipality { get; } = new(
        "Musterstadt",
        new MunicipalSetUp(
            hasConcept: true,
            hasJobDescription: true,
            staffShare: ShareBand.From11To25Percent,
            budgetShare: ShareBand.Over25Percent,
            roomProvision: ValueSet.Of(RoomForm.MunicipalMeetingRooms, RoomForm.CoFinancedInterculturalCentre),
            qualificationOffers: ValueSet.Of(QualificationWay.HouseOfResources)),
        CreateRecords());

    /// <summary>Gets an assessment of the cooperation between <c>anadolu-kulturverein</c> and the integration office (2024).</summary>
    public static CooperationAssessment Assessment { get; } = new(
    [
        new FactorObservation("mutual-appreciation", Truth.Yes, "The association's expertise is named in the council's integration report."),
        new FactorObservation("personnel-continuity", Truth.Yes),
        new FactorObservation("regular-trusting-exchange", Truth.Yes, "Monthly meeting in the working group."),
        new FactorObservation("transparency-and-role-clarity", Truth.No, "Who organises the joint festival is renegotiated every year."),
        new FactorObservation("resources-provided", Truth.Yes),
        new FactorObservation("visible-recognition", Truth.Unknown),
        new FactorObservation("power-asymmetry", Truth.Yes, "The working group meets at 10 a.m. on weekdays."),
        new FactorObservation("dependence-on-key-volunteers", Truth.Yes),
        new FactorObservation("long-municipal-processes", Truth.No),
        new FactorObservation("reduction-to-folklore", Truth.No),
    ]);

    /// <summary>Gets a complete start process of the Kita coordination office (Kita-Einstieg, 2023).</summary>
    public static CooperationStart Start { get; } = CooperationStart.Begin("Reach families with a migration history for early childhood education (Kita-Einstieg)")
        .DefineGoals(new GoalsDefinition(
            ["Inform families about day care and their right to a place", "Lower access barriers to Kita and child-minding"],
            "Access to families the office does not reach, and knowledge about their views on education and childcare.",
            "Funding for information evenings and a say in the design of the offers."))
        .FindMso(new MsoSearch(
            [
                new MsoCandidate(
                    "Elternnetzwerk Bildungsbrücke e.V.",
                    activeInRegion: true,
                    umbrellaMemberships: ValueSet.OfStrings("Bundesverband der Migrantinnen-Elternvereine (fictional)"),
                    character: ValueSet.Of(Orientation.Social, Orientation.Education),
                    goals: "Educational participation of children of immigrant families",
                    staffing: Staffing.Mixed,
                    observationReport: new ObservationReport(false, "Verfassungsschutzbericht Musterland 2022 (fictional)", new LocalDate(2023, 6, 1)),
                    commissionerClarification: CommissionerClarification.NoConcerns),
                new MsoCandidate(
                    "Frauentreff Miteinander",
                    activeInRegion: true,
                    character: ValueSet.Of(Orientation.Social),
                    staffing: Staffing.VolunteerOnly,
                    commissionerClarification: CommissionerClarification.NotRequested),
            ],
            ["Integrationsbeauftragte der Stadt Musterstadt", "Bildungskoordination für Neuzugewanderte"]))
        .MakeFirstContact(new FirstContactRecord("Elternnetzwerk Bildungsbrücke e.V.", new LocalDate(2023, 9, 12), ContactForm.InPerson, true));

    private static ImmutableArray<CooperationRecord> CreateRecords()
    {
        var list = new List<CooperationRecord>
        {
            // anadolu-kulturverein and the integration office: door-opener event → MO event → joint event → joint project → standing body.
            Event("intercultural-week-2019", "Intercultural week: opening evening", "anadolu-kulturverein", Integration, CooperationForm.MunicipalityLed, [CooperationTopic.CultureIntercultural], CooperationInitiator.IntegrationDepartment, [CooperationRole.DoorOpener], new LocalDate(2019, 9, 20)),
            Event("anadolu-anniversary-2020", "45 years Anadolu: greeting by the mayor", "anadolu-kulturverein", Integration, CooperationForm.MoLed, [CooperationTopic.CultureIntercultural], CooperationInitiator.MigrantOrganisation, [CooperationRole.DoorOpener], new LocalDate(2020, 5, 12)),
            Event("neighbourhood-festival-2021", "Neighbourhood festival Südstadt", "anadolu-kulturverein", Integration, CooperationForm.Joint, [CooperationTopic.CultureIntercultural, CooperationTopic.UrbanPlanningNeighbourhood], CooperationInitiator.MigrantOrganisation, [CooperationRole.DoorOpener, CooperationRole.PartnerCriticalFriend], new LocalDate(2021, 7, 3)),
            Project("elderly-guides-2022", "Guides for older guest workers", ["anadolu-kulturverein"], [Integration, Welfare], CooperationForm.Joint, [CooperationTopic.SocialHealthElderly], CooperationInitiator.IntegrationDepartment, [CooperationRole.Expert, CooperationRole.PartnerCriticalFriend], new LocalDate(2022, 3, 1), new LocalDate(2023, 2, 28)),
            Body("mo-working-group", "Working group of migrant organisations", ["anadolu-kulturverein", "dachverband-migrantischer-vereine", "moscheegemeinde-am-hafen"], Integration, CooperationLevel.StandingBody, [CooperationTopic.AntiRacismDemocracy, CooperationTopic.CultureIntercultural], CooperationInitiator.IntegrationDepartment, [CooperationRole.Expert, CooperationRole.PartnerCriticalFriend], new LocalDate(2023, 4, 1), new LocalDate(2025, 12, 31)),

            // moscheegemeinde-am-hafen: a door-opener event, then the round table of religions (a thematic working group).
            Event("open-mosque-day-2020", "Open mosque day with the integration office", "moscheegemeinde-am-hafen", Integration, CooperationForm.MunicipalityLed, [CooperationTopic.ReligionInterreligious], CooperationInitiator.IntegrationDepartment, [CooperationRole.DoorOpener], new LocalDate(2020, 10, 3)),
            Body("round-table-religions", "Round table of religions", ["moscheegemeinde-am-hafen", "glaubensgemeinschaft-lichtblick"], Integration, CooperationLevel.ThematicWorkingGroup, [CooperationTopic.ReligionInterreligious], CooperationInitiator.OtherMunicipalOffice, [CooperationRole.Expert], new LocalDate(2021, 1, 15), new LocalDate(2025, 12, 31)),

            // elternnetzwerk-bildungsbruecke and the Kita coordination: municipal project, MO project, joint project.
            Project("kita-info-evenings-2021", "Information evenings on day care", ["elternnetzwerk-bildungsbruecke"], [Kita], CooperationForm.MunicipalityLed, [CooperationTopic.YouthEducation], CooperationInitiator.OtherMunicipalOffice, [CooperationRole.DoorOpener], new LocalDate(2021, 2, 1), new LocalDate(2021, 11, 30)),
            Project("parents-as-guides-2022", "Parents as education guides", ["elternnetzwerk-bildungsbruecke"], [Kita, School], CooperationForm.MoLed, [CooperationTopic.YouthEducation], CooperationInitiator.MigrantOrganisation, [CooperationRole.Expert], new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)),
            Project("kita-bridge-2024", "Kita bridge: joint arrival programme", ["elternnetzwerk-bildungsbruecke"], [Kita], CooperationForm.Joint, [CooperationTopic.YouthEducation, CooperationTopic.Refugees], CooperationInitiator.MigrantOrganisation, [CooperationRole.PartnerCriticalFriend], new LocalDate(2024, 1, 1), new LocalDate(2025, 6, 30)),

            // Further records.
            Event("football-tournament-2022", "Football tournament against racism", "sc-vielfalt", Youth, CooperationForm.MoLed, [CooperationTopic.Sport, CooperationTopic.AntiRacismDemocracy], CooperationInitiator.MigrantOrganisation, [CooperationRole.DoorOpener], new LocalDate(2022, 6, 18)),
            Event("football-tournament-2023", "Football tournament against racism", "sc-vielfalt", Youth, CooperationForm.MoLed, [CooperationTopic.Sport], CooperationInitiator.MigrantOrganisation, [CooperationRole.DoorOpener], new LocalDate(2023, 6, 17)),
            Event("women-breakfast-2023", "Women's breakfast on day care", "frauentreff-miteinander", Kita, CooperationForm.MunicipalityLed, [CooperationTopic.GenderSpecific, CooperationTopic.YouthEducation], CooperationInitiator.OtherMunicipalOffice, [CooperationRole.DoorOpener], new LocalDate(2023, 3, 8)),
            new CooperationRecord("founders-day-2024", "Founders' day for immigrant entrepreneurs", ["unternehmerverband-vielfalt"], [JobCentre], CooperationLevel.SingleEvent,
                Fact<CooperationForm>.Unknown, ValueSet.Of(CooperationTopic.LabourEconomy), Fact<CooperationInitiator>.Unknown, Fact<ValueSet<CooperationRole>>.Unknown, CooperationPeriod.On(new LocalDate(2024, 11, 5))),
            Body("integration-council", "Integration council", ["netzwerk-neue-vielfalt", "dachverband-migrantischer-vereine"], Integration, CooperationLevel.PoliticalAdvisoryBody, [CooperationTopic.AntiRacismDemocracy, CooperationTopic.InterculturalOpeningAdministration], CooperationInitiator.IntegrationDepartment, [CooperationRole.PartnerCriticalFriend], new LocalDate(2019, 1, 1), new LocalDate(2025, 12, 31)),
            Body("democracy-partnership", "Local partnership for democracy", ["netzwerk-neue-vielfalt"], Youth, CooperationLevel.DemocracyPartnershipNetwork, [CooperationTopic.AntiRacismDemocracy], CooperationInitiator.OtherMunicipalOffice, [CooperationRole.PartnerCriticalFriend], new LocalDate(2020, 1, 1), new LocalDate(2024, 12, 31)),
            Project("joint-diversity-training-2023", "Diversity training for the citizens' office", ["dachverband-migrantischer-vereine"], [Integration], CooperationForm.Joint, [CooperationTopic.InterculturalOpeningAdministration], CooperationInitiator.MigrantOrganisation, [CooperationRole.Expert, CooperationRole.PartnerCriticalFriend], new LocalDate(2023, 9, 1), new LocalDate(2023, 12, 15)),
            Event("diaspora-conference-2024", "Conference on development cooperation", "akademikerforum-entwicklung", Integration, CooperationForm.MoLed, [CooperationTopic.Other], CooperationInitiator.MigrantOrganisation, [CooperationRole.Expert], new LocalDate(2024, 4, 20)),
            Body("refugee-aid-conference-2025", "Refugee aid conference", ["initiative-neue-nachbarn"], Welfare, CooperationLevel.AdHocExchange, [CooperationTopic.Refugees], CooperationInitiator.OtherMunicipalOffice, [CooperationRole.Expert], new LocalDate(2025, 2, 10), new LocalDate(2025, 2, 11)),
        };
        return [.. list];
    }

    private static CooperationRecord Event(string id, string title, string mo, CooperationPartner partner, CooperationForm form, CooperationTopic[] topics, CooperationInitiator initiator, CooperationRole[] roles, LocalDate date) =>
        new(id, title, [mo], [partner], CooperationLevel.SingleEvent, form, ValueSet.Of(topics), initiator, ValueSet.Of(roles), CooperationPeriod.On(date));

    private static CooperationRecord Project(string id, string title, string[] mos, CooperationPartner[] partners, CooperationForm form, CooperationTopic[] topics, CooperationInitiator initiator, CooperationRole[] roles, LocalDate start, LocalDate end) =>
        new(id, title, mos, partners, CooperationLevel.Project, form, ValueSet.Of(topics), initiator, ValueSet.Of(roles), CooperationPeriod.Between(start, end));

    private static CooperationRecord Body(string id, string title, string[] mos, CooperationPartner partner, CooperationLevel level, CooperationTopic[] topics, CooperationInitiator initiator, CooperationRole[] roles, LocalDate start, LocalDate end) =>
        new(id, title, mos, [partner], level, Fact<CooperationForm>.Unknown, ValueSet.Of(topics), initiator, ValueSet.Of(roles), CooperationPeriod.Between(start, end));
}
