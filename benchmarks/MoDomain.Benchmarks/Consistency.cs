using System;
using System.Collections.Generic;
using System.Globalization;
using MoDomain.Definitions;
using MoDomain.Rules;

namespace MoDomain.Benchmarks;

/// <summary>Checks before measuring that every variant decides the same verdicts, so the comparison is fair.</summary>
public static class Consistency
{
    /// <summary>Converts MoDomain's truth value to the baseline's.</summary>
    /// <param name="truth">The truth value.</param>
    /// <returns>The same value as <see cref="Tri"/>.</returns>
    public static Tri ToTri(Truth truth) => truth.IsYes ? Tri.Yes : truth.IsNo ? Tri.No : Tri.Unknown;

    /// <summary>Throws when a variant disagrees with <c>Svr2020.Decide</c> on a profile.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="validator">The FluentValidation peer.</param>
    /// <exception cref="InvalidOperationException">A variant disagrees.</exception>
    public static void Check(IEnumerable<OrganisationProfile> profiles, SvrFluentValidator validator)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(validator);
        var svr = StandardDefinitions.Svr2020;
        var counts = new int[3];
        foreach (var p in profiles)
        {
            var expected = ToTri(svr.Decide(p));
            counts[(int)expected]++;
            Expect(p, "hand-coded", expected, HandCodedSvr2020.Decide(p));
            Expect(p, "Classify", expected, ToTri(svr.Classify(p).Verdict));
            Expect(p, "FluentValidation", expected, SvrFluentValidator.Verdict(validator.Validate(p)));
        }
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Consistency: all variants agree; SVR 2020 verdicts yes={counts[2]} no={counts[0]} unknown={counts[1]}"));
    }

    private static void Expect(OrganisationProfile profile, string variant, Tri expected, Tri actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"{variant} gives {actual} for '{profile.Name}', Svr2020.Decide gives {expected}."));
        }
    }
}
