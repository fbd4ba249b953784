using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Coding.Agreement;

namespace MoDomain.Tests.Agreement;

/// <summary>
/// Test-side material for the unitizing α: random segmentations built from a seed, and a reference implementation that
/// walks every position of the continuum (O(L · m²)) instead of sweeping boundaries, written from the published
/// definitions (Krippendorff, Mathet, Bouvry &amp; Widlöcher 2016).
/// </summary>
internal static class UnitizingReference
{
    internal static readonly string[] ValueNames = ["a", "b", "c"];

    /// <summary>A random data set: 2–4 coders, 1–3 continua of length 1–30, non-overlapping units per coder.</summary>
    internal static (List<UnitizedSegment> Segments, List<Continuum> Continua, List<string> Coders) Random(int seed, int maxValues = 3, bool unitLengthOne = false)
    {
        var random = new Random(seed);
        int m = random.Next(2, 5);
        var coders = Enumerable.Range(0, m).Select(i => "coder-" + i).ToList();
        var continua = Enumerable.Range(0, random.Next(1, 4)).Select(i => new Continuum("doc-" + i, random.Next(1, 31))).ToList();
        var segments = new List<UnitizedSegment>();
        foreach (var coder in coders)
        {
            foreach (var continuum in continua)
            {
                int p = 0;
                while (p < continuum.Length)
                {
                    int length = unitLengthOne ? 1 : random.Next(1, 8);
                    int end = Math.Min(continuum.Length, p + length);
                    if (random.Next(3) > 0)
                    {
                        segments.Add(new UnitizedSegment(continuum.Id, coder, ValueNames[random.Next(maxValues)], p, end));
                    }
                    p = end;
                }
            }
        }
        return (segments, continua, coders);
    }

    /// <summary>uα, |uα and cuα by walking every position; null where the coefficient is not defined.</summary>
    internal static (double? Unitizing, double? Binary, double? Coding) Compute(IReadOnlyList<UnitizedSegment> segments, IReadOnlyList<Continuum> continua, IReadOnlyList<string> coders)
    {
        var unitizing = Alpha(segments, continua, coders, s => s.Value, restricted: false);
        var binary = Alpha(segments, continua, coders, _ => "unit", restricted: false);
        var coding = Alpha(segments, continua, coders, s => s.Value, restricted: true);
        return (unitizing, binary, coding);
    }

    private static double? Alpha(IReadOnlyList<UnitizedSegment> segments, IReadOnlyList<Continuum> continua, IReadOnlyList<string> coders, Func<UnitizedSegment, string> valueOf, bool restricted)
    {
        const string Gap = "\u2205";
        int m = coders.Count;
        var coincidences = new Dictionary<(string, string), double>();
        var unitMass = new Dictionary<(int Coder, string Doc, int Start), double>();
        var unitValue = new Dictionary<(int Coder, string Doc, int Start), string>();
        double gapLength = 0;
        var unitCorrection = new Dictionary<string, double>();
        foreach (var continuum in continua)
        {
            for (int p = 0; p < continuum.Length; p++)
            {
                var at = new (string Value, int Start)[m];
                for (int i = 0; i < m; i++)
                {
                    var unit = segments.Where(s => s.CoderId == coders[i] && s.ContinuumId == continuum.Id && s.Start <= p && p < s.End).ToList();
                    at[i] = unit.Count == 0 ? (Gap, -1) : (valueOf(unit[0]), unit[0].Start);
                }
                for (int i = 0; i < m; i++)
                {
                    if (at[i].Value == Gap)
                    {
                        gapLength++;
                    }
                    for (int j = 0; j < m; j++)
                    {
                        if (i == j || (restricted && (at[i].Value == Gap || at[j].Value == Gap)))
                        {
                            continue;
                        }
                        var key = (at[i].Value, at[j].Value);
                        coincidences[key] = coincidences.GetValueOrDefault(key) + (1.0 / (m - 1));
                        if (restricted)
                        {
                            var unitKey = (i, continuum.Id, at[i].Start);
                            unitMass[unitKey] = unitMass.GetValueOrDefault(unitKey) + (1.0 / (m - 1));
                            unitValue[unitKey] = at[i].Value;
                        }
                    }
                }
            }
        }
        if (!restricted)
        {
            foreach (var s in segments)
            {
                double l = s.End - s.Start;
                unitCorrection[valueOf(s)] = unitCorrection.GetValueOrDefault(valueOf(s)) + (l * l);
            }
            unitCorrection[Gap] = gapLength;
        }
        else
        {
            foreach (var (key, mass) in unitMass)
            {
                unitCorrection[unitValue[key]] = unitCorrection.GetValueOrDefault(unitValue[key]) + (mass * mass);
            }
        }
        double n = coincidences.Values.Sum();
        if (n == 0)
        {
            return null;
        }
        var values = coincidences.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().ToList();
        if (values.Count < 2)
        {
            return null;
        }
        double Row(string c) => coincidences.Where(p => p.Key.Item1 == c).Sum(p => p.Value);
        double corrections = unitCorrection.Values.Sum();
        double observed = n - values.Sum(c => coincidences.GetValueOrDefault((c, c)));
        double expected = n - values.Sum(c => n * ((Row(c) * Row(c)) - unitCorrection.GetValueOrDefault(c)) / ((n * n) - corrections));
        return 1 - (observed / expected);
    }
}
