using System;
using System.Globalization;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Benchmarks;

/// <summary>Deterministic funding subjects (case + date + funder) for the institutional-funding benchmark.</summary>
public static class FundingCaseGenerator
{
    public const int DefaultSeed = 20261123;

    public const double KnownProbability = 0.8;

    private static readonly LocalDate Epoch = new(2005, 1, 1);
    private static readonly LegalForm[] LegalForms = Enum.GetValues<LegalForm>();
    private static readonly Staffing[] StaffingValues = Enum.GetValues<Staffing>();
    private static readonly LegalPersonKind[] Kinds = Enum.GetValues<LegalPersonKind>();
    private static readonly FunderKind?[] Funders = [null, FunderKind.MunicipalYouthEducationDepartment, FunderKind.MunicipalIntegrationDepartment, FunderKind.MunicipalCultureDepartment];

    public static FundingSubject[] Generate(int count, int seed = DefaultSeed)
    {
#pragma warning disable CA5394 // Deterministic test data, not security.
        var random = new Random(seed);
        var subjects = new FundingSubject[count];
        for (int i = 0; i < count; i++)
        {
            var asOf = Epoch.PlusDays(random.Next(0, 7_000));
            var staffing = Maybe(random, () => StaffingValues[random.Next(StaffingValues.Length)]);
            var kind = Maybe(random, () => random.NextDouble() < 0.7 ? LegalPersonKind.Association : Kinds[random.Next(Kinds.Length)]);
            var legalForm = Maybe(random, () => LegalForms[random.Next(LegalForms.Length)]);
            if (kind.IsKnown && kind.Value == LegalPersonKind.Individual)
            {
                legalForm = LegalForm.Other;
            }
            var profile = new OrganisationProfile(
                string.Create(CultureInfo.InvariantCulture, $"Generated organisation {i}"),
                asOf,
                legalForm: legalForm,
                nonProfitStatus: Maybe(random, () => random.NextDouble() < 0.8 ? NonProfitStatus.Recognised : NonProfitStatus.NotRecognised),
                staffing: staffing);
            bool youth = random.NextDouble() < 0.6;
            Fact<LocalDate> youthStart = youth ? Maybe(random, () => Date(random, asOf)) : default;
            Fact<bool> works = youthStart.IsKnown ? (random.Next(2) == 0 ? true : default(Fact<bool>)) : Maybe(random, () => youth);
            var c = new FundingCase(
                profile,
                legalPersonKind: kind,
                paidStructures: staffing.IsKnown ? default : Maybe(random, () => random.Next(2) == 0),
                offersBeyondOwnCommunity: Maybe(random, () => random.NextDouble() < 0.7),
                successRecordSince: Maybe(random, () => Date(random, asOf)),
                worksInYouthWelfare: works,
                youthWelfareStart: youthStart,
                professionalPrerequisites: Maybe(random, () => random.NextDouble() < 0.8),
                conduciveToBasicLaw: Maybe(random, () => random.NextDouble() < 0.9));
            var at = asOf.PlusDays(random.Next(-400, 2_000));
            subjects[i] = new FundingSubject(c, at, Funders[random.Next(Funders.Length)]);
        }
        return subjects;
#pragma warning restore CA5394
    }

#pragma warning disable CA5394 // Deterministic test data, not security.
    private static Fact<T> Maybe<T>(Random random, Func<T> value) =>
        random.NextDouble() < KnownProbability ? new Fact<T>(value()) : Fact<T>.Unknown;

    // Up to 12 years back, with 29 February starts about once in fifty.
    private static LocalDate Date(Random random, LocalDate asOf)
    {
        if (random.Next(50) == 0)
        {
            int year = asOf.Year - random.Next(1, 12);
            while (!CalendarSystem.Iso.IsLeapYear(year))
            {
                year--;
            }
            return new LocalDate(year, 2, 29);
        }
        return asOf.PlusDays(-random.Next(0, 12 * 365));
    }
#pragma warning restore CA5394
}
