using MoDomain.Definitions;

namespace MoDomain.Benchmarks;

/// <summary>
/// The loops the batch and growth benchmarks time: each classifies every profile under SVR 2020 with one variant and
/// returns a checksum of the verdicts, so no work can be skipped.
/// </summary>
internal static class SvrBatch
{
    /// <summary>The hand-coded boolean check over every profile.</summary>
    internal static int HandCoded(OrganisationProfile[] profiles)
    {
        int sum = 0;
        foreach (var p in profiles)
        {
            sum += (int)HandCodedSvr2020.Decide(p);
        }
        return sum;
    }

    /// <summary>MoDomain's verdict-only path over every profile.</summary>
    internal static int Decide(Definition definition, OrganisationProfile[] profiles)
    {
        int sum = 0;
        foreach (var p in profiles)
        {
            sum += (int)Consistency.ToTri(definition.Decide(p));
        }
        return sum;
    }

    /// <summary>MoDomain's explained classification of every profile (the tree is not read).</summary>
    internal static int Classify(Definition definition, OrganisationProfile[] profiles)
    {
        int sum = 0;
        foreach (var p in profiles)
        {
            sum += (int)Consistency.ToTri(definition.Classify(p).Verdict);
        }
        return sum;
    }
}
