using System;
using System.Linq;
using System.Text.Json;
using MoDomain.Cli;
using MoDomain.Coding;
using MoDomain.Coding.Agreement;
using MoDomain.Samples;
using Xunit;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Agreement;

public sealed class AgreementCliOverlapTests
{
    [Fact]
    public void Json_carries_fleiss_unitizing_overlap_and_resample_counts()
    {
        var (exit, output, error) = Run("agreement", "--format", "json", "--overlap", "0.8", "--bootstrap", "200", "--seed", "3");
        Assert.True(exit == ExitCodes.Success, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(0.8, root.GetProperty("overlap").GetProperty("minimumShare").GetDouble());
        Assert.Equal("union", root.GetProperty("overlap").GetProperty("measure").GetString());
        var report = AgreementReport.FromCorpus(SampleCorpus.Corpus, new AgreementOptions { Overlap = new OverlapMatching(0.8), BootstrapResamples = 200, Seed = 3 });
        var overall = root.GetProperty("overall");
        Assert.Equal(report.Overall.Alpha.Value!.Value, overall.GetProperty("alpha").GetProperty("value").GetDouble(), 12);
        Assert.Equal(report.Overall.Fleiss.Value!.Value, overall.GetProperty("fleissKappa").GetProperty("value").GetDouble(), 12);
        var interval = overall.GetProperty("alpha").GetProperty("interval");
        Assert.Equal(200, interval.GetProperty("resamples").GetInt32());
        Assert.Equal(report.Overall.Interval!.DefinedResamples, interval.GetProperty("definedResamples").GetInt32());
        Assert.Equal(report.Overall.Interval.IsDegenerate, interval.GetProperty("degenerate").GetBoolean());
        Assert.Equal(report.Unitizing!.Unitizing.Status == AgreementStatus.Defined ? "defined" : "overlappingValues", root.GetProperty("unitizing").GetProperty("uAlpha").GetProperty("status").GetString());
        foreach (var code in root.GetProperty("codes").EnumerateArray())
        {
            string id = code.GetProperty("code").GetString()!;
            var expected = report.Unitizing.ByValue.Single(p => p.Key == id).Value;
            Assert.Equal(expected.Value, code.GetProperty("unitizedAlpha").GetProperty("value").ValueKind == JsonValueKind.Null ? null : code.GetProperty("unitizedAlpha").GetProperty("value").GetDouble());
        }
    }

    [Fact]
    public void Table_and_csv_show_defined_resamples_and_the_new_columns()
    {
        var (exit, output, _) = Run("agreement", "--bootstrap", "100", "--seed", "1", "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("/100", output, StringComparison.Ordinal);
        Assert.Contains("Fleiss κ", output, StringComparison.Ordinal);
        Assert.Contains("uα", output, StringComparison.Ordinal);
        var csv = Run("agreement", "--format", "csv", "--bootstrap", "100", "--seed", "1").Out;
        string header = csv.Split("\r\n")[0];
        Assert.EndsWith("alpha_resamples,alpha_defined_resamples,alpha_ci_degenerate,fleiss_kappa,fleiss_status,unitized_alpha,unitized_status", header, StringComparison.Ordinal);
        Assert.All(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1), line => Assert.Equal("100", line.Split(',')[^7]));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    public void Overlap_outside_zero_to_one_is_a_usage_error(string share)
    {
        var (exit, _, error) = Run("agreement", "--overlap", share);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--overlap", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlap_with_document_level_is_a_usage_error()
    {
        var (exit, _, error) = Run("agreement", "--overlap", "0.5", "--level", "document");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--level segment", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Shorter_measure_is_at_least_as_lenient_as_union_on_the_sample()
    {
        static double Percent(string measure)
        {
            using var json = JsonDocument.Parse(Run("agreement", "--format", "json", "--overlap", "0.6", "--overlap-measure", measure).Out);
            return json.RootElement.GetProperty("overall").GetProperty("percentAgreement").GetProperty("value").GetDouble();
        }
        Assert.True(Percent("shorter") >= Percent("union"));
    }
}
