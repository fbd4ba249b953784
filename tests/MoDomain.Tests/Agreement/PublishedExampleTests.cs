using System;
using MoDomain.Coding.Agreement;

namespace MoDomain.Tests.Agreement;

/// <summary>Agreement statistics pinned to published worked examples (values recomputed independently before pinning).</summary>
public sealed class PublishedExampleTests
{
    private static readonly ReliabilityData Krippendorff = AgreementExamples.FromCoderRows(AgreementExamples.Krippendorff2011);

    [Theory]
    [InlineData(AlphaMetric.Nominal, 0.743)]
    [InlineData(AlphaMetric.Ordinal, 0.815)]
    [InlineData(AlphaMetric.Interval, 0.849)]
    [InlineData(AlphaMetric.Ratio, 0.797)]
    public void Krippendorff_2011_example_matches_the_published_alphas(AlphaMetric metric, double published)
    {
        var result = KrippendorffAlpha.Compute(Krippendorff, metric);
        Assert.True(result.IsDefined);
        Assert.Equal(published, Math.Round(result.Value!.Value, 3), 10);
        Assert.Equal(11, result.PairableUnits);
        Assert.Equal(40, result.PairableValues);
    }

    [Fact]
    public void Krippendorff_2011_nominal_alpha_is_the_exact_fraction()
    {
        // n = 40 pairable values; off-diagonal coincidences sum to 8; n_c = 9, 13, 10, 5, 3 so the expected sum is
        // 40² − (81 + 169 + 100 + 25 + 9) = 1216. alpha = 1 − 39 · 8 / 1216 = 0.743421052631579.
        var result = KrippendorffAlpha.Compute(Krippendorff, AlphaMetric.Nominal);
        Assert.Equal(1 - (39.0 * 8 / 1216), result.Value!.Value, 12);
        Assert.Equal(8.0 / 40, result.ObservedDisagreement, 12);
        Assert.Equal(1216.0 / (40 * 39), result.ExpectedDisagreement, 12);
    }

    [Fact]
    public void Krippendorff_2011_coincidence_matrix_matches_the_paper()
    {
        var o = KrippendorffAlpha.Compute(Krippendorff, AlphaMetric.Nominal).Coincidences;
        Assert.Equal(["1", "2", "3", "4", "5"], o.Labels);
        double[,] expected =
        {
            { 7, 4.0 / 3, 1.0 / 3, 1.0 / 3, 0 },
            { 4.0 / 3, 10, 4.0 / 3, 1.0 / 3, 0 },
            { 1.0 / 3, 4.0 / 3, 8, 1.0 / 3, 0 },
            { 1.0 / 3, 1.0 / 3, 1.0 / 3, 4, 0 },
            { 0, 0, 0, 0, 3 },
        };
        for (int c = 0; c < 5; c++)
        {
            for (int k = 0; k < 5; k++)
            {
                Assert.Equal(expected[c, k], o[c, k], 12);
            }
        }
        Assert.Equal(40, o.Total, 12);
        Assert.Equal(7, o["1", "1"], 12);
    }

    [Fact]
    public void Krippendorff_2011_unit_12_is_not_pairable_and_changes_nothing()
    {
        var rows = AgreementExamples.Krippendorff2011;
        var trimmed = new double[rows.Length][];
        for (int c = 0; c < rows.Length; c++)
        {
            trimmed[c] = rows[c][..11];
        }
        var data = AgreementExamples.FromCoderRows(trimmed);
        foreach (var metric in Enum.GetValues<AlphaMetric>())
        {
            Assert.Equal(KrippendorffAlpha.Compute(Krippendorff, metric).Value!.Value, KrippendorffAlpha.Compute(data, metric).Value!.Value, 12);
        }
    }

    [Fact]
    public void Wikipedia_alpha_example_and_the_npm_package_examples()
    {
        // English Wikipedia, "Krippendorff's alpha", computational example (3 coders × 15 units): alpha = 0.691.
        double n = double.NaN;
        var wiki = AgreementExamples.FromCoderRows(
        [
            [n, n, n, n, n, 3, 4, 1, 2, 1, 1, 3, 3, n, 3],
            [1, n, 2, 1, 3, 3, 4, 3, n, n, n, n, n, n, n],
            [n, n, 2, 1, 3, 4, 4, n, 2, 1, 1, 3, 3, n, 4],
        ]);
        Assert.Equal(0.691, Math.Round(KrippendorffAlpha.Compute(wiki).Value!.Value, 3), 10);
        // The README example of the npm package krippendorff 0.1.0: 0.41666666666666663 (= 5/12).
        var readme = AgreementExamples.FromCoderRows([[1, 2, 1], [1, 1, 1], [1, 2, n]]);
        Assert.Equal(5.0 / 12, KrippendorffAlpha.Compute(readme).Value!.Value, 12);
    }

    [Fact]
    public void Fleiss_kappa_matches_the_wikipedia_worked_example()
    {
        var result = FleissKappa.Compute(AgreementExamples.FromCounts(AgreementExamples.FleissWikipedia));
        Assert.True(result.IsDefined);
        Assert.Equal(0.210, Math.Round(result.Value!.Value, 3), 10);
        Assert.Equal(0.378, Math.Round(result.ObservedAgreement, 3), 10);
        Assert.Equal(0.213, Math.Round(result.ChanceAgreement, 3), 10);
        Assert.Equal(10, result.Units);
        Assert.Equal(14, result.ValuesPerUnit);
        // Percent agreement over coder pairs is Fleiss' P-bar when every unit has the same number of values.
        Assert.Equal(result.ObservedAgreement, PercentAgreement.Compute(AgreementExamples.FromCounts(AgreementExamples.FleissWikipedia)).Value!.Value, 12);
    }

    [Fact]
    public void Cohen_kappa_textbook_two_by_two_example()
    {
        // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15. Po = 0.7, Pe = 0.5 * 0.6 + 0.5 * 0.4 = 0.5, kappa = 0.4.
        var data = AgreementExamples.TwoByTwo(20, 5, 10, 15);
        var result = CohensKappa.Compute(data);
        Assert.Equal(0.4, result.Value!.Value, 12);
        Assert.Equal(0.7, result.ObservedAgreement, 12);
        Assert.Equal(0.5, result.ChanceAgreement, 12);
        Assert.Equal(50, result.Units);
        Assert.Equal(20, result.Contingency!["yes", "yes"]);
        Assert.Equal(5, result.Contingency["yes", "no"]);
        Assert.Equal(10, result.Contingency["no", "yes"]);
        Assert.Equal(15, result.Contingency["no", "no"]);
        Assert.Equal(0.7, PercentAgreement.Compute(data).Value!.Value, 12);
    }
}
