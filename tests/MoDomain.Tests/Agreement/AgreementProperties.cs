using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Coding.Agreement;

namespace MoDomain.Tests.Agreement;

/// <summary>Laws of the agreement statistics, checked on generated data.</summary>
public sealed class AgreementProperties
{
    private const double Tolerance = 1e-9;

    private static readonly AlphaMetric[] Metrics = Enum.GetValues<AlphaMetric>();

    private static void SameResult(double? expected, double? actual)
    {
        Assert.Equal(expected.HasValue, actual.HasValue);
        if (expected.HasValue)
        {
            Assert.Equal(expected.Value, actual!.Value, Tolerance);
        }
    }

    [Fact]
    public void Property_alpha_equals_the_textbook_coincidence_matrix_definition()
    {
        Check.One(AgreementGenerators.Config, Prop.ForAll(AgreementGenerators.WithMissing, raw =>
        {
            var data = raw.Numeric();
            foreach (var metric in Metrics)
            {
                var result = KrippendorffAlpha.Compute(data, metric);
                double? reference = AgreementExamples.ReferenceAlpha(raw.UnitValues(), metric, out var o, out var values);
                if (result.Status == AgreementStatus.NoPairableUnits)
                {
                    Assert.Empty(values);
                    continue;
                }
                SameResult(reference, result.Value);
                Assert.Equal(values.Length, result.Coincidences.Size);
                for (int c = 0; c < values.Length; c++)
                {
                    for (int k = 0; k < values.Length; k++)
                    {
                        Assert.Equal(o[c, k], result.Coincidences[c, k], Tolerance);
                    }
                }
                Assert.Equal(result.PairableValues, result.Coincidences.Total, Tolerance);
            }
        }));
    }

    [Fact]
    public void Property_perfect_agreement_gives_one_where_defined()
    {
        Check.One(AgreementGenerators.Config, Prop.ForAll(AgreementGenerators.WithMissing, raw =>
        {
            // Every coder of a unit gives the value of the unit's first present cell.
            var cells = (int[])raw.Cells.Clone();
            for (int u = 0; u < raw.Units; u++)
            {
                int first = Enumerable.Range(0, raw.Coders).Select(c => cells[(u * raw.Coders) + c]).FirstOrDefault(v => v >= 0, -1);
                for (int c = 0; c < raw.Coders; c++)
                {
                    if (cells[(u * raw.Coders) + c] >= 0)
                    {
                        cells[(u * raw.Coders) + c] = first;
                    }
                }
            }
            var perfect = raw with { Cells = cells };
            var data = perfect.Numeric();
            foreach (var metric in Metrics)
            {
                var alpha = KrippendorffAlpha.Compute(data, metric);
                if (alpha.IsDefined)
                {
                    Assert.Equal(1.0, alpha.Value!.Value, 12);
                    Assert.Equal(0.0, alpha.ObservedDisagreement);
                }
            }
            var percent = PercentAgreement.Compute(data);
            Assert.True(!percent.IsDefined || percent.Value == 1.0);
            if (perfect.IsComplete)
            {
                var fleiss = FleissKappa.Compute(data);
                Assert.True(!fleiss.IsDefined || Math.Abs(fleiss.Value!.Value - 1.0) < 1e-12);
            }
            if (perfect.Coders == 2)
            {
                var cohen = CohensKappa.Compute(data);
                Assert.True(!cohen.IsDefined || Math.Abs(cohen.Value!.Value - 1.0) < 1e-12);
            }
        }));
    }

    [Fact]
    public void Property_alpha_is_invariant_under_permuting_coders_and_units()
    {
        Check.One(AgreementGenerators.Config, Prop.ForAll(AgreementGenerators.WithMissing, raw =>
        {
            var data = raw.Numeric();
            var permuted = raw.Numeric(raw.Permutation(raw.Units, 1), raw.Permutation(raw.Coders, 2));
            foreach (var metric in Metrics)
            {
                var a = KrippendorffAlpha.Compute(data, metric);
                var b = KrippendorffAlpha.Compute(permuted, metric);
                Assert.Equal(a.Status, b.Status);
                SameResult(a.Value, b.Value);
                Assert.Equal(a.PairableUnits, b.PairableUnits);
                Assert.Equal(a.PairableValues, b.PairableValues);
            }
            SameResult(PercentAgreement.Compute(data).Value, PercentAgreement.Compute(permuted).Value);
        }));
    }

    [Fact]
    public void Property_kappas_are_invariant_under_permuting_coders_and_units()
    {
        Check.One(AgreementGenerators.Config, Prop.ForAll(AgreementGenerators.Complete, raw =>
        {
            var data = raw.Numeric();
            var permuted = raw.Numeric(raw.Permutation(raw.Units, 3), raw.Permutation(raw.Coders, 4));
            SameResult(FleissKappa.Compute(data).Value, FleissKappa.Compute(permuted).Value);
        }));
        Check.One(AgreementGenerators.Config, Prop.ForAll(AgreementGenerators.TwoCodersWithMissing, raw =>
        {
            var data = raw.Numeric();
            var swapped = raw.Numeric(raw.Permutation(raw.Units, 5), [1, 0]);
            SameResult(CohensKappa.Compute(data).Value, CohensKappa.Compute(swapped).Value);
        }));
    }

    [Fact]
    public void Property_nominal_statistics_are_invariant_under_relabelling_categories()
    {
        Check.One(AgreementGenerators.Config, Prop.ForAll(AgreementGenerators.WithMissing, raw =>
        {
            var names = new[] { "Wohlfahrt", "zuhause", "Ämter", "b", "aa" };
            var shuffled = raw.Permutation(names.Length, 6);
            var original = raw.Categorical(v => names[v]);
            var relabelled = raw.Categorical(v => names[shuffled[v]]);
            var renumbered = raw.Numeric(number: v => -17.5 + (shuffled[v] * 3.25));
            double? alpha = KrippendorffAlpha.Compute(original).Value;
            SameResult(alpha, KrippendorffAlpha.Compute(relabelled).Value);
            SameResult(alpha, KrippendorffAlpha.Compute(renumbered).Value);
            SameResult(PercentAgreement.Compute(original).Value, PercentAgreement.Compute(relabelled).Value);
            if (raw.IsComplete)
            {
                SameResult(FleissKappa.Compute(original).Value, FleissKappa.Compute(relabelled).Value);
            }
            if (raw.Coders == 2)
            {
                SameResult(CohensKappa.Compute(original).Value, CohensKappa.Compute(relabelled).Value);
            }
        }));
    }

    [Fact]
    public void Property_a_unit_coded_by_one_coder_leaves_alpha_unchanged()
    {
        Check.One(AgreementGenerators.Config, Prop.ForAll(AgreementGenerators.WithMissing, raw =>
        {
            var extra = new int[raw.Coders];
            Array.Fill(extra, -1);
            extra[raw.Seed % raw.Coders] = raw.Seed % 7;
            var larger = raw with { Units = raw.Units + 1, Cells = [.. raw.Cells, .. extra], Values = Math.Max(raw.Values, 7) };
            foreach (var metric in Metrics)
            {
                var a = KrippendorffAlpha.Compute(raw.Numeric(), metric);
                var b = KrippendorffAlpha.Compute(larger.Numeric(), metric);
                Assert.Equal(a.Status, b.Status);
                SameResult(a.Value, b.Value);
                Assert.Equal(a.PairableUnits, b.PairableUnits);
            }
        }));
    }

    [Fact]
    public void Property_results_are_in_their_valid_ranges()
    {
        Check.One(AgreementGenerators.Config, Prop.ForAll(AgreementGenerators.WithMissing, raw =>
        {
            var data = raw.Numeric();
            foreach (var metric in Metrics)
            {
                var alpha = KrippendorffAlpha.Compute(data, metric);
                Assert.Equal(alpha.IsDefined, alpha.Value.HasValue);
                if (alpha.Value is { } a)
                {
                    Assert.True(a <= 1.0 && double.IsFinite(a));
                    Assert.True(alpha.ExpectedDisagreement > 0);
                }
            }
            var percent = PercentAgreement.Compute(data).Value;
            Assert.True(percent is null || percent is >= 0.0 and <= 1.0);
            if (raw.Coders == 2)
            {
                var kappa = CohensKappa.Compute(data);
                Assert.True(kappa.Value is null || kappa.Value is >= -1.0 and <= 1.0);
                Assert.InRange(kappa.ObservedAgreement, 0.0, 1.0);
                Assert.InRange(kappa.ChanceAgreement, 0.0, 1.0);
            }
            if (raw.IsComplete)
            {
                var kappa = FleissKappa.Compute(data);
                Assert.True(kappa.Value is null || kappa.Value is >= -1.0 and <= 1.0);
            }
        }));
    }

    [Fact]
    public void Property_two_coder_percent_agreement_is_the_share_of_equal_pairs_and_cohen_matches_its_definition()
    {
        Check.One(AgreementGenerators.Config, Prop.ForAll(AgreementGenerators.TwoCodersWithMissing, raw =>
        {
            var data = raw.Numeric();
            var pairs = Enumerable.Range(0, raw.Units).Select(u => (A: raw.Cells[2 * u], B: raw.Cells[(2 * u) + 1])).Where(p => p.A >= 0 && p.B >= 0).ToArray();
            var kappa = CohensKappa.Compute(data);
            var percent = PercentAgreement.Compute(data);
            Assert.Equal(pairs.Length, kappa.Units);
            if (pairs.Length == 0)
            {
                Assert.Equal(AgreementStatus.NoPairableUnits, kappa.Status);
                Assert.False(percent.IsDefined);
                return;
            }
            double po = pairs.Count(p => p.A == p.B) / (double)pairs.Length;
            double pe = Enumerable.Range(0, raw.Values).Sum(v => pairs.Count(p => p.A == v) * (double)pairs.Count(p => p.B == v)) / ((double)pairs.Length * pairs.Length);
            Assert.Equal(po, percent.Value!.Value, 12);
            Assert.Equal(po, kappa.ObservedAgreement, 12);
            Assert.Equal(pe, kappa.ChanceAgreement, 12);
            bool single = pairs.Select(p => p.A).Concat(pairs.Select(p => p.B)).Distinct().Count() == 1;
            Assert.Equal(single ? AgreementStatus.NoVariation : AgreementStatus.Defined, kappa.Status);
            if (!single)
            {
                Assert.Equal((po - pe) / (1 - pe), kappa.Value!.Value, 9);
            }
        }));
    }

    [Fact]
    public void Property_the_matrix_builder_agrees_with_the_rating_builder()
    {
        // Values mix the small-integer fast path (0..1023), its boundary, fractions, negatives and -0.
        double[] palette = [0, -0.0, 1, 2.5, 1023, 1024, -3, 7, 1e9, 0.1];
        Check.One(AgreementGenerators.Config, Prop.ForAll(AgreementGenerators.WithMissing, raw =>
        {
            var matrix = new double[raw.Units, raw.Coders];
            var shift = raw.Permutation(palette.Length, 9);
            for (int u = 0; u < raw.Units; u++)
            {
                for (int c = 0; c < raw.Coders; c++)
                {
                    int v = raw.Cells[(u * raw.Coders) + c];
                    matrix[u, c] = v < 0 ? double.NaN : palette[shift[v]];
                }
            }
            var fromMatrix = ReliabilityData.FromNumericMatrix(matrix);
            var fromRatings = raw.Numeric(number: v => palette[shift[v]]);
            Assert.Equal(fromRatings.Numbers, fromMatrix.Numbers);
            Assert.Equal(fromRatings.ValueCount, fromMatrix.ValueCount);
            for (int u = 0; u < raw.Units; u++)
            {
                for (int c = 0; c < raw.Coders; c++)
                {
                    Assert.Equal(fromRatings.NumberAt(u, c), fromMatrix.NumberAt(u, c));
                }
            }
            foreach (var metric in new[] { AlphaMetric.Nominal, AlphaMetric.Ordinal, AlphaMetric.Interval })
            {
                SameResult(KrippendorffAlpha.Compute(fromRatings, metric).Value, KrippendorffAlpha.Compute(fromMatrix, metric).Value);
            }
        }));
    }
}
