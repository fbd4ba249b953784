using System;
using System.Collections.Generic;
using System.Globalization;
using MoDomain.Funding;

namespace MoDomain.Benchmarks;

/// <summary>Checks that MoDomain's institutional-funding policy and the FluentValidation peer agree.</summary>
public static class FundingConsistency
{
    /// <summary>Asserts agreement: wherever MoDomain decides (eligible / not eligible), the peer gives the same answer;
    /// also counts full three-valued agreement. Throws on the first disagreement.</summary>
    /// <param name="subjects">The inputs.</param>
    /// <param name="validator">The peer.</param>
    /// <returns>The number of decided inputs.</returns>
    public static int Check(IEnumerable<FundingSubject> subjects, InstitutionalFundingFluentValidator validator)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(validator);
        var policy = FundingPolicies.InstitutionalFunding;
        var counts = new int[3];
        int threeValuedAgreement = 0;
        int total = 0;
        foreach (var s in subjects)
        {
            total++;
            var expected = Consistency.ToTri(policy.Decide(s));
            counts[(int)expected]++;
            var peer = InstitutionalFundingFluentValidator.Verdict(validator.Validate(s));
            var explained = Consistency.ToTri(policy.Evaluate(s).Outcome);
            if (explained != expected)
            {
                throw new InvalidOperationException($"Evaluate gives {explained} for '{s}', Decide gives {expected}.");
            }
            if (expected != Tri.Unknown && peer != expected)
            {
                throw new InvalidOperationException($"FluentValidation gives {peer} for '{s}', MoDomain gives {expected}.");
            }
            if (peer == expected)
            {
                threeValuedAgreement++;
            }
        }
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Funding consistency: FluentValidation agrees on all {counts[2] + counts[0]} decided inputs (eligible={counts[2]} not-eligible={counts[0]} undetermined={counts[1]}); three-valued agreement {threeValuedAgreement}/{total}"));
        return counts[2] + counts[0];
    }
}
