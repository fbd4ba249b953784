using System;
using System.Linq;
using MoDomain.Coding;
using MoDomain.Coding.Agreement;
using MoDomain.Samples;
using Xunit;

namespace MoDomain.Tests.Agreement;

public sealed class AgreementReportTests
{
    private static Corpus ThreeCoders()
    {
        var corpus = Corpus.Create(Codebook.Standard.WithCode("own:x", "X", "X").WithCode("own:y", "Y", "Y"))
            .AddDocument("d1", new string('a', 100))
            .AddDocument("d2", new string('b', 60));
        return corpus
            .Code("d1", 10, 40, "own:x", "anna").Code("d1", 11, 40, "own:x", "ben").Code("d1", 10, 40, "own:x", "cleo")
            .Code("d1", 60, 80, "own:y", "anna").Code("d1", 60, 80, "own:y", "ben")
            .Code("d2", 0, 30, "own:x", "cleo").Code("d2", 5, 30, "own:y", "ben");
    }

    [Fact]
    public void Report_from_the_sample_matches_the_separate_statistics()
    {
        var report = AgreementReport.FromCorpus(SampleCorpus.Corpus, new AgreementOptions { BootstrapResamples = 200, Seed = 7 });
        Assert.Equal([SampleCorpus.CoderA, SampleCorpus.CoderB], report.Coders);
        var units = CodingUnits.Assignments(SampleCorpus.Corpus);
        var presence = CodingReliability.Presence(units, report.Codes, report.Coders, units.Select(u => u.UnitKey).Distinct());
        foreach (var row in report.ByCode)
        {
            var data = presence.ForCode(row.CodeId!);
            Assert.Equal(KrippendorffAlpha.Compute(data).Value, row.Alpha.Value);
            Assert.Equal(CohensKappa.Compute(data).Value, row.Cohen.Single().Kappa.Value);
            Assert.Equal(PercentAgreement.Compute(data).Value, row.Percent.Value);
            Assert.Equal(FleissKappa.Compute(data).Value, row.Fleiss.Value);
            Assert.Equal(200, row.Interval!.Resamples);
            Assert.NotNull(row.Unitized);
        }
        Assert.Equal(presence.OverallAlpha().Value, report.Overall.Alpha.Value);
        Assert.NotNull(report.Unitizing);
    }

    [Fact]
    public void Three_coders_get_three_pairwise_kappas_and_the_unitizing_family()
    {
        var report = AgreementReport.FromCorpus(ThreeCoders());
        Assert.Equal(["anna", "ben", "cleo"], report.Coders);
        Assert.Equal(["own:x", "own:y"], report.Codes);
        Assert.Equal([("anna", "ben"), ("anna", "cleo"), ("ben", "cleo")], report.Overall.Cohen.Select(p => (p.CoderA, p.CoderB)));
        Assert.Equal(AgreementStatus.Defined, report.Overall.Fleiss.Status);
        var unitizing = report.Unitizing!;
        Assert.Equal(160, unitizing.Length);
        Assert.True(unitizing.Unitizing.IsDefined);
        Assert.Equal(unitizing.ByValue.Single(p => p.Key == "own:x").Value, report.ByCode[0].Unitized);
        Assert.Same(unitizing.Unitizing, report.Overall.Unitized);
        Assert.NotNull(unitizing.CodingAcrossDomains);
    }

    [Fact]
    public void Overlap_tolerance_turns_near_misses_into_agreement()
    {
        var exact = AgreementReport.FromCorpus(ThreeCoders(), new AgreementOptions { Codes = ["own:x"], IgnoreUnlisted = true });
        var tolerant = AgreementReport.FromCorpus(ThreeCoders(), new AgreementOptions { Codes = ["own:x"], IgnoreUnlisted = true, Overlap = new OverlapMatching(0.9) });
        Assert.True(tolerant.ByCode[0].Percent.Value > exact.ByCode[0].Percent.Value);
        Assert.Equal(2, tolerant.ByCode[0].Units); // d1#10-40 (all three) and d2#0-30 (cleo only)
    }

    [Fact]
    public void Coders_and_codes_outside_the_lists_throw_unless_ignored()
    {
        var corpus = ThreeCoders();
        var error = Assert.Throws<ArgumentException>(() => AgreementReport.FromCorpus(corpus, new AgreementOptions { Coders = ["anna", "ben"] }));
        Assert.Equal("options", error.ParamName);
        Assert.Contains("cleo", error.Message, StringComparison.Ordinal);
        var ignored = AgreementReport.FromCorpus(corpus, new AgreementOptions { Coders = ["anna", "ben"], Codes = ["own:x"], IgnoreUnlisted = true });
        Assert.Equal(5, ignored.IgnoredCodings);
        Assert.Equal(["anna", "ben"], ignored.Coders);
        Assert.Contains("not in the codebook", Assert.Throws<ArgumentException>(() => AgreementReport.FromCorpus(corpus, new AgreementOptions { Codes = ["own:z"] })).Message, StringComparison.Ordinal);
        Assert.Contains("at least two coders", Assert.Throws<ArgumentException>(() => AgreementReport.FromCorpus(corpus, new AgreementOptions { Coders = ["anna"], IgnoreUnlisted = true })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => AgreementReport.FromCorpus(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgreementReport.FromCorpus(corpus, new AgreementOptions { BootstrapResamples = -1 }));
    }

    [Fact]
    public void Document_level_has_no_unitizing_alpha()
    {
        var report = AgreementReport.FromCorpus(ThreeCoders(), new AgreementOptions { Level = CodingUnitLevel.Document });
        Assert.Null(report.Unitizing);
        Assert.All(report.ByCode, r => Assert.Null(r.Unitized));
        Assert.Equal(2, report.ByCode[0].Units);
    }
}
