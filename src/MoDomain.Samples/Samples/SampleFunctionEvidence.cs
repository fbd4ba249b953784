using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Samples;

/// <summary>
/// The embedded sample's function evidence (the four social-security functions and three perspectives, DOMAIN.md
/// §3.1–3.2): one <see cref="FunctionEvidenceProfile"/> per organisation of <see cref="SampleData"/>, keyed by the
/// sample id and named like the sample profile.
/// </summary>
/// <remarks>
/// <para>Invented, like the rest of the sample: the document ids (<c>interview-mo-03</c> for an interview with an MO,
/// <c>interview-wv-…</c> with a welfare association, <c>interview-ba-…</c>, <c>interview-ja-…</c> and
/// <c>interview-iv-…</c> with the employment agency, the youth welfare office and the integration administration,
/// <c>minutes-…</c> and <c>report-…</c> for other documents) refer to no real material.</para>
/// <para>Across the sample, every indicator and every perspective and administrative role occurs. Perspectives
/// disagree about the hinge function of <c>moscheegemeinde-am-hafen</c> (supported by the MO and the employment
/// agency, contradicted by the integration administration) and about the service function of
/// <c>elternnetzwerk-bildungsbruecke</c> (supported by the MO and the youth welfare office, contradicted by a welfare
/// association). The faith community about which little is recorded (<c>glaubensgemeinschaft-lichtblick</c>) has no
/// evidence at all.</para>
/// </remarks>
public static class SampleFunctionEvidence
{
    private const Perspective Mo = Perspective.MigrantOrganisation;
    private const Perspective Wv = Perspective.WelfareAssociation;
    private const Perspective Pa = Perspective.PublicAdministration;
    private const EvidenceStance Yes = EvidenceStance.Supports;
    private const EvidenceStance No = EvidenceStance.Contradicts;

    /// <summary>Gets the evidence profiles keyed by sample id (<see cref="SampleOrganisation.Id"/>).</summary>
    public static ImmutableDictionary<string, FunctionEvidenceProfile> BySampleId { get; } = Create();

    /// <summary>Gets the evidence profiles in the order of <see cref="SampleData.Organisations"/>.</summary>
    public static ImmutableArray<FunctionEvidenceProfile> Profiles { get; } = [.. SampleData.Organisations.Select(o => BySampleId[o.Id])];

    /// <summary>Gets the evidence profile of a sample organisation.</summary>
    /// <param name="sampleId">The sample id, for example <c>anadolu-kulturverein</c>.</param>
    /// <returns>The evidence profile.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="sampleId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No sample organisation has that id; the message names it and lists the known ids.</exception>
    public static FunctionEvidenceProfile For(string sampleId)
    {
        Guard.Against.Null(sampleId);
        return TryGet(sampleId, out var profile)
            ? profile
            : throw new KeyNotFoundException($"There is no sample organisation '{sampleId}'. Known ids: {string.Join(", ", SampleData.Organisations.Select(o => o.Id))}.");
    }

    /// <summary>Looks up the evidence profile of a sample organisation.</summary>
    /// <param name="sampleId">The sample id; null gives false.</param>
    /// <param name="profile">The evidence profile when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string? sampleId, [NotNullWhen(true)] out FunctionEvidenceProfile? profile)
    {
        if (sampleId is null)
        {
            profile = null;
            return false;
        }
        return BySampleId.TryGetValue(sampleId, out profile);
    }

    private static ImmutableDictionary<string, FunctionEvidenceProfile> Create()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, FunctionEvidenceProfile>(System.StringComparer.Ordinal);

        // Guest workers' cultural association: a home for the community, an informal safety net.
        Add(builder, "anadolu-kulturverein",
            E(FunctionIndicator.ArrivingFeelingAtHome, Mo, Yes, "interview-mo-01", "seg-04", "Members describe the association as a big family.", new LocalDate(2021, 3, 9)),
            E(FunctionIndicator.InformalSocialNetwork, Mo, Yes, "interview-mo-01", "seg-11", date: new LocalDate(2021, 3, 9)),
            E(FunctionIndicator.InformalToFormalContinuum, Wv, Yes, "interview-wv-02", "seg-07", "Advice evenings grew out of informal help.", new LocalDate(2021, 6, 2)));

        // Repatriates' local group: belonging and networks, seen by itself only.
        Add(builder, "heimatverbund-wolgaregion",
            E(FunctionIndicator.ArrivingFeelingAtHome, Mo, Yes, "interview-mo-02", "seg-02", date: new LocalDate(2021, 4, 14)),
            E(FunctionIndicator.InformalSocialNetwork, Mo, Yes, "interview-mo-02", "seg-05", date: new LocalDate(2021, 4, 14)));

        // Binational friendship society: little of social security; the city sees it as a contact for policy.
        Add(builder, "freundeskreis-lissabon",
            E(FunctionIndicator.ExpertForPolicy, Pa, Yes, "interview-iv-01", "seg-09", "Named as a partner in the city's twinning work.", new LocalDate(2021, 9, 21), role: AdministrativeRole.IntegrationAdministration));

        // Postmigrant network: advocacy from all sides.
        Add(builder, "netzwerk-neue-vielfalt",
            E(FunctionIndicator.InterestRepresentation, Mo, Yes, "interview-mo-04", "seg-03", date: new LocalDate(2021, 5, 18)),
            E(FunctionIndicator.MakingNeedsVisible, Mo, Yes, "interview-mo-04", "seg-08", "Publishes a newsletter on everyday discrimination.", new LocalDate(2021, 5, 18)),
            E(FunctionIndicator.ExpertForPolicy, Pa, Yes, "interview-iv-01", "seg-14", "Consulted for the city's integration master plan.", new LocalDate(2021, 9, 21), role: AdministrativeRole.IntegrationAdministration),
            E(FunctionIndicator.DemandingInterculturalOpening, Wv, Yes, "interview-wv-01", "seg-12", "Pushes care services to open up.", new LocalDate(2021, 6, 1)));

        // Former migrant women's group, now a citizens' movement: needs made visible and a safe space.
        Add(builder, "buergerinitiative-nordstadt",
            E(FunctionIndicator.SafeSpace, Mo, Yes, "interview-mo-05", "seg-06", "Women raise problems they have carried all week.", new LocalDate(2021, 7, 6)),
            E(FunctionIndicator.MakingNeedsVisible, Wv, Yes, "interview-wv-03", "seg-04", date: new LocalDate(2021, 8, 10)));

        // Mosque community: a hinge the administration does not agree on (a disagreement).
        Add(builder, "moscheegemeinde-am-hafen",
            E(FunctionIndicator.SafeSpace, Mo, Yes, "interview-mo-06", "seg-02", date: new LocalDate(2021, 2, 23)),
            E(FunctionIndicator.MediationIntoWelfareSystem, Mo, Yes, "interview-mo-06", "seg-09", "Imam's office refers families to counselling.", new LocalDate(2021, 2, 23)),
            E(FunctionIndicator.ReferralAndAccess, Pa, Yes, "interview-ba-01", "seg-05", "Calls the agency about clients' cases.", new LocalDate(2021, 10, 12), role: AdministrativeRole.EmploymentAgency),
            E(FunctionIndicator.ReferralAndAccess, Pa, No, "interview-iv-02", "seg-03", "Says the community does not open access for the office.", new LocalDate(2021, 11, 3), role: AdministrativeRole.IntegrationAdministration));

        // Sports club founded by migrants: belonging; recorded in a report, date unknown.
        Add(builder, "sc-vielfalt",
            E(FunctionIndicator.ArrivingFeelingAtHome, Wv, Yes, "report-stadtsportbund-2020", note: "Youth teams as a first place to belong."),
            E(FunctionIndicator.InformalSocialNetwork, Mo, Yes, "interview-mo-07", "seg-03", date: new LocalDate(2021, 3, 30)));

        // Refugees' initiative: accompanies people to offices, caught between the sides.
        Add(builder, "initiative-neue-nachbarn",
            E(FunctionIndicator.SupportUsingServices, Mo, Yes, "interview-mo-08", "seg-04", "Accompanies people to the jobcenter and translates.", new LocalDate(2021, 4, 27)),
            E(FunctionIndicator.TensionBetweenSides, Mo, Yes, "interview-mo-08", "seg-10", date: new LocalDate(2021, 4, 27)),
            E(FunctionIndicator.SupportUsingServices, Pa, Yes, "interview-ba-01", "seg-08", date: new LocalDate(2021, 10, 12), role: AdministrativeRole.EmploymentAgency),
            E(FunctionIndicator.InformalToFormalContinuum, Mo, Yes, "interview-mo-08", "seg-12", date: new LocalDate(2021, 4, 27)));

        // Land-wide umbrella: professionalised services, welfare-association member, advocacy.
        Add(builder, "dachverband-migrantischer-vereine",
            E(FunctionIndicator.FormalOffers, Wv, Yes, "interview-wv-01", "seg-03", "Offers resemble the association's own counselling.", new LocalDate(2021, 6, 1)),
            E(FunctionIndicator.VolunteerToProfessional, Mo, Yes, "interview-mo-09", "seg-02", date: new LocalDate(2021, 5, 4)),
            E(FunctionIndicator.WelfareAssociationMembership, Wv, Yes, "interview-wv-01", "seg-05", "Member of the Paritätischer; competes for regular funding.", new LocalDate(2021, 6, 1)),
            E(FunctionIndicator.WelfareAssociationMembership, Mo, Yes, "interview-mo-09", "seg-06", date: new LocalDate(2021, 5, 4)),
            E(FunctionIndicator.InterestRepresentation, Pa, Yes, "minutes-integrationsrat-2021-03", note: "Speaks for member associations in the integration council.", date: new LocalDate(2021, 3, 17), role: AdministrativeRole.IntegrationAdministration),
            E(FunctionIndicator.DemandingInterculturalOpening, Mo, Yes, "interview-mo-09", "seg-13", date: new LocalDate(2021, 5, 4)));

        // Parents' network with youth welfare offers: service inside statutory structures, disputed by a welfare association.
        Add(builder, "elternnetzwerk-bildungsbruecke",
            E(FunctionIndicator.StatutoryStructures, Mo, Yes, "interview-mo-10", "seg-05", "Runs a family support measure under SGB VIII.", new LocalDate(2021, 7, 20)),
            E(FunctionIndicator.StatutoryStructures, Pa, Yes, "interview-ja-01", "seg-02", date: new LocalDate(2021, 11, 16), role: AdministrativeRole.YouthWelfareOffice),
            E(FunctionIndicator.TensionBetweenSides, Pa, Yes, "interview-ja-01", "seg-07", "Acts for the office in the family and for the family before the office.", new LocalDate(2021, 11, 16), role: AdministrativeRole.YouthWelfareOffice),
            E(FunctionIndicator.FormalOffers, Wv, No, "interview-wv-03", "seg-09", "Sees the offers as informal help, not formal provision.", new LocalDate(2021, 8, 10)),
            E(FunctionIndicator.MediationIntoWelfareSystem, Pa, Yes, "interview-ja-01", "seg-11", date: new LocalDate(2021, 11, 16), role: AdministrativeRole.YouthWelfareOffice));

        // Academics' association: expertise for policy, administration's role not recorded.
        Add(builder, "akademikerforum-entwicklung",
            E(FunctionIndicator.ExpertForPolicy, Pa, Yes, "minutes-entwicklungsbeirat-2021-05", date: new LocalDate(2021, 5, 26)),
            E(FunctionIndicator.InterestRepresentation, Mo, Yes, "interview-mo-11", "seg-04", date: new LocalDate(2021, 6, 15)));

        // Entrepreneurs' association: points members to state programmes.
        Add(builder, "unternehmerverband-vielfalt",
            E(FunctionIndicator.ReferralAndAccess, Mo, Yes, "interview-mo-12", "seg-03", "Points members to state start-up support.", new LocalDate(2021, 9, 7)),
            E(FunctionIndicator.VolunteerToProfessional, Wv, Yes, "interview-wv-02", "seg-13", date: new LocalDate(2021, 6, 2)));

        // Faith community about which little is recorded: no evidence.
        Add(builder, "glaubensgemeinschaft-lichtblick");

        // Informal women's meeting point: homemaking seen by the employment agency.
        Add(builder, "frauentreff-miteinander",
            E(FunctionIndicator.SafeSpace, Mo, Yes, "interview-mo-14", "seg-01", "A safe place to talk.", new LocalDate(2021, 2, 9)),
            E(FunctionIndicator.ArrivingFeelingAtHome, Pa, Yes, "interview-ba-02", "seg-04", "Helps newcomers settle in before the agency steps in.", new LocalDate(2021, 10, 19), role: AdministrativeRole.EmploymentAgency),
            E(FunctionIndicator.SupportUsingServices, Mo, Yes, "interview-mo-14", "seg-06", date: new LocalDate(2021, 2, 9)));

        return builder.ToImmutable();
    }

    private static void Add(ImmutableDictionary<string, FunctionEvidenceProfile>.Builder builder, string sampleId, params FunctionEvidence[] evidence)
    {
        string organisation = SampleData.Organisations.Single(o => o.Id == sampleId).Profile.Name;
        builder.Add(sampleId, new FunctionEvidenceProfile(organisation, evidence));
    }

    private static FunctionEvidence E(
        FunctionIndicator indicator,
        Perspective perspective,
        EvidenceStance stance,
        string documentId,
        string? segmentId = null,
        string? note = null,
        LocalDate? date = null,
        AdministrativeRole? role = null) =>
        new(indicator, perspective, stance,
            new EvidenceReference(documentId, segmentId, note, date is { } d ? new Fact<LocalDate>(d) : default),
            role is { } r ? new Fact<AdministrativeRole>(r) : default);
}
