using System;
using System.Collections.Generic;
using System.Globalization;
using MoDomain.Definitions;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Benchmarks;

/// <summary>Generates a deterministic population of profiles with a mix of known and unknown facts.</summary>
public static class ProfileGenerator
{
    /// <summary>The seed used by the benchmarks.</summary>
    public const int DefaultSeed = 20261123;

    /// <summary>The probability that a fact read by the definitions is known.</summary>
    public const double KnownProbability = 0.8;

    private static readonly LocalDate AsOf = new(2026, 1, 1);
    private static readonly LegalForm[] LegalForms = Enum.GetValues<LegalForm>();
    private static readonly InternalRole[] Roles = Enum.GetValues<InternalRole>();
    private static readonly SelfIdentification[] SelfIdentifications = Enum.GetValues<SelfIdentification>();
    private static readonly MigrationReference[] References = Enum.GetValues<MigrationReference>();
    private static readonly Purpose[] Purposes = Enum.GetValues<Purpose>();
    private static readonly OrganisationKind[] Kinds = Enum.GetValues<OrganisationKind>();

    /// <summary>Generates <paramref name="count"/> profiles from a seeded <see cref="Random"/>.</summary>
    /// <param name="count">How many profiles.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The profiles; the same seed always gives the same profiles.</returns>
    public static OrganisationProfile[] Generate(int count, int seed = DefaultSeed)
    {
#pragma warning disable CA5394 // Deterministic test data, not security.
        var random = new Random(seed);
        var profiles = new OrganisationProfile[count];
        for (int i = 0; i < count; i++)
        {
            profiles[i] = new OrganisationProfile(
                string.Create(CultureInfo.InvariantCulture, $"Generated organisation {i}"),
                AsOf,
                legalForm: Maybe(random, () => LegalForms[random.Next(LegalForms.Length)]),
                nonProfitStatus: Maybe(random, () => random.NextDouble() < 0.75 ? NonProfitStatus.Recognised : NonProfitStatus.NotRecognised),
                foundingDate: Maybe(random, () => AsOf.PlusDays(-random.Next(1, 60 * 365))),
                foundedByMigrants: Maybe(random, () => random.Next(2) == 0),
                carrierMigrantShare: Maybe(random, () => Share(random)),
                memberMigrantShare: Maybe(random, () => Share(random)),
                migrantRoleInStructures: Maybe(random, () => Roles[random.Next(Roles.Length)]),
                migrationReferences: Maybe(random, () => Subset(random, References, 0.5)),
                purposes: Maybe(random, () => Subset(random, Purposes, 0.4)),
                selfIdentification: Maybe(random, () => SelfIdentifications[random.Next(SelfIdentifications.Length)]),
                kinds: Maybe(random, () => Subset(random, Kinds, 0.1)));
        }
        return profiles;
#pragma warning restore CA5394
    }

#pragma warning disable CA5394 // Deterministic test data, not security.
    private static Fact<T> Maybe<T>(Random random, Func<T> value) =>
        random.NextDouble() < KnownProbability ? new Fact<T>(value()) : Fact<T>.Unknown;

    // Two decimals, so exactly 0.5 (the SVR threshold) occurs about once in a hundred.
    private static double Share(Random random) => random.Next(0, 101) / 100.0;

    private static ValueSet<T> Subset<T>(Random random, T[] values, double probability)
        where T : struct, Enum
    {
        var chosen = new List<T>();
        foreach (var value in values)
        {
            if (random.NextDouble() < probability)
            {
                chosen.Add(value);
            }
        }
        return ValueSet.Of<T>(chosen);
    }
#pragma warning restore CA5394
}
