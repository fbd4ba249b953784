using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Coding.Agreement;
using Xunit;

namespace MoDomain.Tests.Agreement;

public sealed class BootstrapOrderTests
{
    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool Shuffled_ratings_give_the_identical_interval(int seed)
    {
        var random = new Random(seed);
        int units = random.Next(2, 30);
        int coders = random.Next(2, 5);
        var ratings = new List<CategoricalRating>();
        for (int u = 0; u < units; u++)
        {
            for (int c = 0; c < coders; c++)
            {
                if (random.Next(5) > 0)
                {
                    ratings.Add(new CategoricalRating("u" + u, "c" + c, "v" + random.Next(3)));
                }
            }
        }
        var shuffled = ratings.OrderBy(_ => random.Next()).ToList();
        var a = KrippendorffAlpha.Bootstrap(ReliabilityData.FromCategories(ratings), AlphaMetric.Nominal, seed, 50);
        var b = KrippendorffAlpha.Bootstrap(ReliabilityData.FromCategories(shuffled), AlphaMetric.Nominal, seed, 50);
        return a.Status == b.Status && a.Lower == b.Lower && a.Upper == b.Upper && a.DefinedResamples == b.DefinedResamples
            && a.IsDegenerate == (!a.IsDefined || a.Lower == a.Upper);
    }

    [Fact]
    public void A_zero_width_interval_is_degenerate()
    {
        // Every unit agrees: every defined resample gives α = 1.
        var data = ReliabilityData.FromCategoryMatrix(new string?[,] { { "a", "a" }, { "b", "b" }, { "a", "a" } });
        var interval = KrippendorffAlpha.Bootstrap(data, AlphaMetric.Nominal, 1, 100);
        Assert.True(interval.IsDefined);
        Assert.True(interval.IsDegenerate);
        Assert.Equal(1, interval.Lower);
        Assert.True(interval.DefinedResamples is > 0 and < 100);
        var spread = KrippendorffAlpha.Bootstrap(ReliabilityData.FromCategoryMatrix(new string?[,] { { "a", "a" }, { "b", "a" }, { "a", "b" }, { "b", "b" }, { "a", "a" } }), AlphaMetric.Nominal, 1, 200);
        Assert.False(spread.IsDegenerate);
        var undefined = KrippendorffAlpha.Bootstrap(ReliabilityData.FromCategoryMatrix(new string?[,] { { "a", "a" } }), AlphaMetric.Nominal, 1, 10);
        Assert.True(undefined.IsDegenerate);
        Assert.Equal(0, undefined.DefinedResamples);
    }
}
