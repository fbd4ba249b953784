using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Objectives;

namespace MoDomain.Samples;

/// <summary>
/// The embedded sample's objective profiles (Preißler's matrix, DOMAIN.md §2): one per organisation of
/// <see cref="SampleData"/>, keyed by the sample id and named like the sample profile.
/// </summary>
/// <remarks>
/// <para>Invented, like the rest of the sample, and chosen to be plausible from each organisation's description. They
/// cover the interesting cases: a profile whose dominant cells tie (<c>heimatverbund-wolgaregion</c>,
/// <c>dachverband-migrantischer-vereine</c>), an inward share of exactly 0.5, which is not "mainly inward" under the
/// default threshold (<c>buergerinitiative-nordstadt</c>), a profile with only outward objectives
/// (<c>netzwerk-neue-vielfalt</c>), and an empty profile for the faith community about which little is recorded
/// (<c>glaubensgemeinschaft-lichtblick</c>).</para>
/// </remarks>
public static class SampleObjectives
{
    private const EvidenceSource Self = EvidenceSource.SelfReported;
    private const EvidenceSource Seen = EvidenceSource.Observed;

    /// <summary>Gets the objective profiles keyed by sample id (<see cref="SampleOrganisation.Id"/>).</summary>
    public static ImmutableDictionary<string, ObjectiveProfile> BySampleId { get; } = Create();

    /// <summary>Gets the objective profiles in the order of <see cref="SampleData.Organisations"/>.</summary>
    public static ImmutableArray<ObjectiveProfile> Profiles { get; } = [.. SampleData.Organisations.Select(o => BySampleId[o.Id])];

    /// <summary>Gets the objective profile of a sample organisation.</summary>
    /// <param name="sampleId">The sample id, for example <c>anadolu-kulturverein</c>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="sampleId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No sample organisation has that id; the message names it and lists the known ids.</exception>
    public static ObjectiveProfile For(string sampleId)
    {
        Guard.Against.Null(sampleId);
        return TryGet(sampleId, out var profile)
            ? profile
            : throw new KeyNotFoundException($"There is no sample organisation '{sampleId}'. Known ids: {string.Join(", ", SampleData.Organisations.Select(o => o.Id))}.");
    }

    /// <summary>Looks up the objective profile of a sample organisation.</summary>
    /// <param name="sampleId">The sample id; null gives false.</param>
    /// <param name="profile">The profile when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string? sampleId, [NotNullWhen(true)] out ObjectiveProfile? profile)
    {
        if (sampleId is null)
        {
            profile = null;
            return false;
        }
        return BySampleId.TryGetValue(sampleId, out profile);
    }

    private static ImmutableDictionary<string, ObjectiveProfile> Create()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ObjectiveProfile>(System.StringComparer.Ordinal);

        // A guest workers' cultural association: identity and tradition first, with a lived tie to the origin country.
        Add(builder, "anadolu-kulturverein",
            P(Objective.IdentityBuilding, Self, 2), P(Objective.CultureAndTradition, Self, 2),
            P(Objective.GroupBelonging, Seen), P(Objective.TiesToOriginCountry, Seen), P(Objective.LivingTogether, Self));

        // Repatriates' local group: explicit heritage work and implicit belonging weigh the same (a tie of two cells).
        Add(builder, "heimatverbund-wolgaregion",
            P(Objective.CultureAndTradition, Self), P(Objective.IdentityBuilding, Self),
            P(Objective.GroupBelonging, Seen), P(Objective.TiesToOriginCountry, Self));

        // Binational friendship society: mainly about understanding between the two countries.
        Add(builder, "freundeskreis-lissabon",
            P(Objective.InternationalUnderstandingAndIntegration, Self, 3), P(Objective.CultureAndTradition, Self),
            P(Objective.NetworkingAndCooperation, Seen), P(Objective.LivingTogether, Seen));

        // Postmigrant network: entirely outward, advocacy and co-shaping society.
        Add(builder, "netzwerk-neue-vielfalt",
            P(Objective.RecognitionAndVisibility, Self, 2), P(Objective.ParticipationAndCoDesign, Self, 2),
            P(Objective.NetworkingAndCooperation, Seen), P(Objective.LivingTogether, Seen));

        // Former women's group turned citizens' movement: exactly half inward, so not mainly inward under the default.
        Add(builder, "buergerinitiative-nordstadt",
            P(Objective.ParticipationAndCoDesign, Self), P(Objective.LivingTogether, Self),
            P(Objective.CommunityServices, Seen), P(Objective.ProblemSolver, Seen));

        // Mosque community with premises: services and education for its members, some networking in the district.
        Add(builder, "moscheegemeinde-am-hafen",
            P(Objective.IdentityBuilding, Self), P(Objective.CommunityServices, Seen), P(Objective.EducationSupport, Seen),
            P(Objective.GroupBelonging, Self), P(Objective.ProblemSolver, Seen), P(Objective.NetworkingAndCooperation, Seen));

        // Sports club: belonging above all, and meeting others through sport.
        Add(builder, "sc-vielfalt",
            P(Objective.GroupBelonging, Seen, 2), P(Objective.LivingTogether, Self));

        // Refugee initiative: helping newcomers find their way and solving everyday problems.
        Add(builder, "initiative-neue-nachbarn",
            P(Objective.FirstOrientation, Seen, 2), P(Objective.ProblemSolver, Seen), P(Objective.CommunityServices, Self),
            P(Objective.RecognitionAndVisibility, Self));

        // Land-wide political umbrella: explicit advocacy and implicit networking weigh the same (a tie of two cells).
        Add(builder, "dachverband-migrantischer-vereine",
            P(Objective.RecognitionAndVisibility, Self, 3), P(Objective.InternationalUnderstandingAndIntegration, Self),
            P(Objective.NetworkingAndCooperation, Seen, 2), P(Objective.ParticipationAndCoDesign, Self, 2));

        // Parents' network: education support first, with services and first orientation for families.
        Add(builder, "elternnetzwerk-bildungsbruecke",
            P(Objective.EducationSupport, Seen, 3), P(Objective.CommunityServices, Seen), P(Objective.FirstOrientation, Self),
            P(Objective.NetworkingAndCooperation, Self));

        // Academics in development cooperation: ties to the origin region; almost everything is self-reported.
        Add(builder, "akademikerforum-entwicklung",
            P(Objective.TiesToOriginCountry, Self, 2), P(Objective.InternationalUnderstandingAndIntegration, Self),
            P(Objective.EducationSupport, Self), P(Objective.NetworkingAndCooperation, Seen));

        // Entrepreneurs' association: networking with business and administration, advice for founders.
        Add(builder, "unternehmerverband-vielfalt",
            P(Objective.NetworkingAndCooperation, Seen, 2), P(Objective.RecognitionAndVisibility, Self),
            P(Objective.ParticipationAndCoDesign, Self), P(Objective.CommunityServices, Self));

        // Little is recorded about this faith community: an empty profile, whose shares are unknown.
        Add(builder, "glaubensgemeinschaft-lichtblick");

        // Women's meeting point: a place to belong, first orientation and help with everyday problems.
        Add(builder, "frauentreff-miteinander",
            P(Objective.GroupBelonging, Seen, 2), P(Objective.FirstOrientation, Seen), P(Objective.ProblemSolver, Seen),
            P(Objective.CommunityServices, Self), P(Objective.LivingTogether, Self));

        return builder.ToImmutable();
    }

    private static void Add(ImmutableDictionary<string, ObjectiveProfile>.Builder builder, string sampleId, params PursuedObjective[] objectives)
    {
        var organisation = SampleData.Organisations.Single(o => o.Id == sampleId);
        builder.Add(sampleId, new ObjectiveProfile(organisation.Profile.Name, objectives));
    }

    private static PursuedObjective P(Objective objective, EvidenceSource evidence, double emphasis = PursuedObjective.DefaultEmphasis) =>
        new(objective, evidence, emphasis);
}
