using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Funding;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Samples;

/// <summary>
/// Funding cases for the sample organisations of <see cref="SampleData"/>: funding facts, youth-welfare starts and award
/// histories (all fictional), keyed by sample id.
/// </summary>
/// <remarks>Every case is meant to be read at <see cref="AsOf"/> (the sample date, 2026-01-01), which the CLI uses as the
/// default evaluation date. No legal status is derived from a faith or origin: the mosque community and the faith community
/// are private-law associations (given explicitly) or unknown, never a public-law religious community by inference.</remarks>
public static class SampleFunding
{
    private const string Eur = "EUR";
    private const LegalPersonKind Association = LegalPersonKind.Association;

    /// <summary>Gets the date the sample cases describe (<see cref="SampleData.AsOf"/>).</summary>
    public static LocalDate AsOf => SampleData.AsOf;

    /// <summary>Gets the funding cases by sample id.</summary>
    public static ImmutableDictionary<string, FundingCase> BySampleId { get; } = Create();

    /// <summary>Gets the funding cases in the order of <see cref="SampleData.Organisations"/>.</summary>
    public static ImmutableArray<FundingCase> Cases { get; } = [.. SampleData.Organisations.Select(o => BySampleId[o.Id])];

    /// <summary>Returns the case of a sample organisation.</summary>
    /// <param name="sampleId">The sample id.</param>
    /// <returns>The case.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="sampleId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">There is no such sample.</exception>
    public static FundingCase For(string sampleId)
    {
        Guard.Against.Null(sampleId);
        return TryGet(sampleId, out var c)
            ? c
            : throw new KeyNotFoundException($"There is no sample organisation '{sampleId}'. Known ids: {string.Join(", ", SampleData.Organisations.Select(o => o.Id))}.");
    }

    /// <summary>Looks up the case of a sample organisation.</summary>
    /// <param name="sampleId">The sample id.</param>
    /// <param name="fundingCase">The case, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGet(string? sampleId, [NotNullWhen(true)] out FundingCase? fundingCase)
    {
        if (sampleId is null)
        {
            fundingCase = null;
            return false;
        }
        return BySampleId.TryGetValue(sampleId, out fundingCase);
    }

    private static ImmutableDictionary<string, FundingCase> Create()
    {
        var b = ImmutableDictionary.CreateBuilder<string, FundingCase>(System.StringComparer.Ordinal);

        // Volunteer-run cultural association: small one-off and project grants; far from institutional funding.
        Add(b, "anadolu-kulturverein", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: false, successRecordSince: new LocalDate(1985, 1, 1), worksInYouthWelfare: false,
            awards: History(
                new FundingAward(FundingForm.SingleMeasureFunding, FunderKind.MunicipalCultureDepartment, new(2025, 6, 1), new(2025, 6, 30), Money(500m)),
                new FundingAward(FundingForm.ProjectGrant, FunderKind.MunicipalIntegrationDepartment, new(2025, 9, 1), new(2026, 8, 31), Money(3_000m)))));

        Add(b, "heimatverbund-wolgaregion", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: false, worksInYouthWelfare: false,
            awards: History(new FundingAward(FundingForm.SingleMeasureFunding, FunderKind.MunicipalCultureDepartment, new(2025, 10, 3), new(2025, 10, 3), Money(250m)))));

        Add(b, "freundeskreis-lissabon", p => new FundingCase(p, legalPersonKind: Association, offersBeyondOwnCommunity: true));

        // Postmigrant network: paid staff and open offers; three years of demonstrable success complete on 2026-07-01;
        // youth-welfare work since 2023-09-01, so entitled to § 75 recognition from 2026-09-01.
        Add(b, "netzwerk-neue-vielfalt", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: true, successRecordSince: new LocalDate(2023, 7, 1),
            youthWelfareStart: new LocalDate(2023, 9, 1), professionalPrerequisites: true, conduciveToBasicLaw: true,
            awards: History(
                new FundingAward(FundingForm.ProjectFunding, FunderKind.FederalProgramme, new(2024, 1, 1), new(2026, 12, 31), Money(120_000m)),
                new FundingAward(FundingForm.FundingGuidelines, FunderKind.MunicipalIntegrationDepartment, new(2025, 3, 1), new(2026, 2, 28), Money(8_000m)))));

        // Worked example of the 29 February rule: youth-welfare work began on 2020-02-29 (the founding date 2003 does not
        // count); three years are complete on 2023-03-01, not on 2023-02-28.
        Add(b, "buergerinitiative-nordstadt", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: true, successRecordSince: new LocalDate(2010, 1, 1),
            youthWelfareStart: new LocalDate(2020, 2, 29), professionalPrerequisites: true, conduciveToBasicLaw: true,
            awards: History(new FundingAward(FundingForm.ProjectFunding, FunderKind.MunicipalYouthEducationDepartment, new(2025, 1, 1), new(2026, 12, 31), Money(18_500m)))));

        // A registered association: its faith gives it no public-law status.
        Add(b, "moscheegemeinde-am-hafen", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: true, successRecordSince: new LocalDate(2015, 5, 1), worksInYouthWelfare: true,
            awards: History(new FundingAward(FundingForm.ProjectGrant, FunderKind.MunicipalIntegrationDepartment, new(2025, 4, 1), new(2026, 3, 31), Money(4_200m)))));

        Add(b, "sc-vielfalt", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: true, successRecordSince: new LocalDate(1995, 1, 1),
            awards: History(new FundingAward(FundingForm.FundingGuidelines, FunderKind.MunicipalSportDepartment, new(2025, 1, 1), new(2025, 12, 31), Money(2_400m)))));

        Add(b, "initiative-neue-nachbarn", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: true, worksInYouthWelfare: false,
            awards: History(new FundingAward(FundingForm.FlexibleBudget, FunderKind.MunicipalIntegrationDepartment, new(2025, 11, 1), new(2026, 3, 31), Money(800m)))));

        // Land-wide umbrella: institutional funding since 2019 (open-ended) plus an AMIF project.
        Add(b, "dachverband-migrantischer-vereine", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: true, successRecordSince: new LocalDate(2010, 1, 1), worksInYouthWelfare: false,
            partnerInterculturalStaff: true, trustBuilding: true, resourcesProvided: true,
            awards: History(
                new FundingAward(FundingForm.InstitutionalFunding, FunderKind.MunicipalIntegrationDepartment, new(2019, 1, 1), null, Money(85_000m)),
                new FundingAward(FundingForm.ProjectFunding, FunderKind.EuFund, new(2024, 7, 1), new(2027, 6, 30), Money(240_000m)))));

        // Parents' network in youth welfare since 2012: entitled to recognition; a Paritätischer member organisation, which
        // is not a subdivision, so not recognised by law.
        Add(b, "elternnetzwerk-bildungsbruecke", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: true, successRecordSince: new LocalDate(2013, 1, 1),
            youthWelfareStart: new LocalDate(2012, 9, 1), professionalPrerequisites: true, conduciveToBasicLaw: true,
            awards: History(
                new FundingAward(FundingForm.RegularFunding, FunderKind.MunicipalYouthEducationDepartment, new(2018, 1, 1), null, Money(42_000m)),
                new FundingAward(FundingForm.ThirdPartyFunding, FunderKind.Foundation, new(2025, 2, 1), new(2026, 1, 31), null))));

        Add(b, "akademikerforum-entwicklung", p => new FundingCase(p, legalPersonKind: Association));

        // Entrepreneurs' association preparing a labour-market cooperation; whether resources come with it is open.
        Add(b, "unternehmerverband-vielfalt", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: true, successRecordSince: new LocalDate(2020, 1, 15), worksInYouthWelfare: false,
            partnerInterculturalStaff: true, trustBuilding: true,
            awards: History(new FundingAward(FundingForm.ThirdPartyFunding, FunderKind.Land, new(2025, 1, 1), new(2026, 12, 31), Money(60_000m)))));

        Add(b, "glaubensgemeinschaft-lichtblick", p => new FundingCase(p));

        Add(b, "frauentreff-miteinander", p => new FundingCase(p, legalPersonKind: Association,
            offersBeyondOwnCommunity: false, worksInYouthWelfare: false,
            awards: History(new FundingAward(FundingForm.FlexibleBudget, FunderKind.MunicipalIntegrationDepartment, new(2025, 12, 1), new(2025, 12, 31), Money(300m)))));

        return b.ToImmutable();
    }

    private static void Add(ImmutableDictionary<string, FundingCase>.Builder b, string id, System.Func<Definitions.OrganisationProfile, FundingCase> create) =>
        b.Add(id, create(SampleData.Organisations.First(o => o.Id == id).Profile));

    private static AwardHistory History(params FundingAward[] awards) => new(awards);

    private static FundingAmount Money(decimal value) => new(value, Eur);
}
