using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using MoDomain.Cli;
using MoDomain.Coding;
using MoDomain.Coding.Agreement;
using MoDomain.Interop;
using MoDomain.Samples;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Agreement;

public sealed class AgreementCliTests
{
    private static string TempCsv(string content)
    {
        string folder = Directory.CreateTempSubdirectory("modomain-agreement-").FullName;
        string path = Path.Combine(folder, "codings.csv");
        File.WriteAllText(path, content);
        return path;
    }

    private static double Number(JsonElement result, string statistic) =>
        result.GetProperty(statistic).GetProperty("value").GetDouble();

    [Fact]
    public void Sample_table_lists_every_coded_code_with_alpha_percent_and_kappa_and_the_overall_line()
    {
        var (exit, output, error) = Run("agreement", "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        foreach (var code in SampleCorpus.Corpus.Codings.Select(c => c.CodeId).Distinct())
        {
            Assert.Contains(code, output);
        }
        Assert.Contains("Cohen κ", output);
        Assert.Contains("overall", output);
        var (exitDe, outputDe, _) = Run("agreement", "--lang", "de");
        Assert.Equal(ExitCodes.Success, exitDe);
        Assert.Contains("gesamt", outputDe);
    }

    [Fact]
    public void Sample_json_parses_and_matches_the_library_on_the_same_units()
    {
        var (exit, output, error) = Run("agreement", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("segment", root.GetProperty("level").GetString());
        Assert.Equal([SampleCorpus.CoderA, SampleCorpus.CoderB], root.GetProperty("coders").EnumerateArray().Select(e => e.GetString()!).ToArray());

        var units = CodingUnits.Assignments(SampleCorpus.Corpus, CodingUnitLevel.Segment);
        var codes = units.Select(u => u.CodeId).Distinct().ToArray();
        var presence = CodingReliability.Presence(units, codes, [SampleCorpus.CoderA, SampleCorpus.CoderB], units.Select(u => u.UnitKey).Distinct());
        var byCode = root.GetProperty("codes").EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!);
        Assert.Equal(codes.Order(StringComparer.Ordinal), byCode.Keys.Order(StringComparer.Ordinal));
        foreach (var (code, alpha) in presence.AlphaByCode())
        {
            var row = byCode[code];
            Assert.Equal(alpha.Value!.Value, Number(row, "alpha"), 12);
            Assert.Equal(alpha.PairableUnits, row.GetProperty("alpha").GetProperty("pairableUnits").GetInt32());
            Assert.Equal(PercentAgreement.Compute(presence.ForCode(code)).Value!.Value, Number(row, "percentAgreement"), 12);
            Assert.Equal(CohensKappa.Compute(presence.ForCode(code)).Value!.Value, Number(row, "cohensKappa"), 12);
        }
        Assert.Equal(presence.OverallAlpha().Value!.Value, Number(root.GetProperty("overall"), "alpha"), 12);
    }

    [Fact]
    public void A_csv_file_written_from_the_sample_gives_the_same_result_as_the_sample()
    {
        string path = TempCsv(CorpusCsv.Write(SampleCorpus.Corpus));
        try
        {
            foreach (var level in new[] { "segment", "document" })
            {
                var fromSample = Run("agreement", "--level", level, "--format", "csv");
                var fromFile = Run("agreement", path, "--level", level, "--format", "csv");
                Assert.Equal(ExitCodes.Success, fromFile.Exit);
                Assert.Equal(string.Empty, fromFile.Err);
                Assert.Equal(fromSample.Out, fromFile.Out);
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Csv_output_is_rfc4180_and_reads_back_with_one_row_per_code_plus_overall()
    {
        var (exit, output, _) = Run("agreement", "--format", "csv", "--lang", "de");
        Assert.Equal(ExitCodes.Success, exit);
        string[] lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("scope,code,label,alpha,alpha_status", lines[0], StringComparison.Ordinal);
        int codes = SampleCorpus.Corpus.Codings.Select(c => c.CodeId).Distinct().Count();
        Assert.Equal(codes + 2, lines.Length);
        Assert.StartsWith("overall,,,", lines[^1], StringComparison.Ordinal);
        using var reader = new CsvHelper.CsvReader(new StringReader(output), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        int rows = 0;
        while (reader.Read())
        {
            rows++;
            Assert.Equal("defined", reader.GetField("alpha_status"));
            Assert.InRange(double.Parse(reader.GetField("alpha")!, CultureInfo.InvariantCulture), -1, 1);
        }
        Assert.Equal(codes + 1, rows);
    }

    [Fact]
    public void A_malformed_csv_exits_1_naming_the_file_and_the_line()
    {
        string[] lines = CorpusCsv.Write(SampleCorpus.Corpus, includeText: false).Split('\n');
        var fields = lines[3].Split(',');
        fields[1] = "not-a-number";
        lines[3] = string.Join(',', fields);
        string path = TempCsv(string.Join('\n', lines));
        try
        {
            var (exit, output, error) = Run("agreement", path);
            Assert.Equal(ExitCodes.InvalidInput, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains(path, error);
            Assert.Contains("line 4", error);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Bootstrap_with_the_same_seed_is_reproducible_and_the_interval_holds_the_estimate()
    {
        string[] args = ["agreement", "--bootstrap", "300", "--seed", "2024", "--format", "json"];
        var first = Run(args);
        var second = Run(args);
        Assert.Equal(ExitCodes.Success, first.Exit);
        Assert.Equal(first.Out, second.Out);
        using var json = JsonDocument.Parse(first.Out);
        var alpha = json.RootElement.GetProperty("overall").GetProperty("alpha");
        var interval = alpha.GetProperty("interval");
        Assert.Equal("defined", interval.GetProperty("status").GetString());
        Assert.InRange(alpha.GetProperty("value").GetDouble(), interval.GetProperty("lower").GetDouble(), interval.GetProperty("upper").GetDouble());
        Assert.Equal(2024, json.RootElement.GetProperty("bootstrap").GetProperty("seed").GetInt32());
        var other = Run("agreement", "--bootstrap", "300", "--seed", "7", "--format", "json");
        Assert.NotEqual(first.Out, other.Out);
    }

    [Theory]
    [InlineData("--bootstrap", "100")]
    [InlineData("--seed", "1")]
    [InlineData("--bootstrap", "0", "--seed", "1")]
    [InlineData("--metric", "cardinal")]
    public void Incomplete_or_invalid_options_are_usage_errors(params string[] options)
    {
        var (exit, _, error) = Run(["agreement", .. options]);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coders_option_restricts_the_comparison_and_unknown_coders_are_named()
    {
        var (exit, output, _) = Run("agreement", "--coders", SampleCorpus.CoderA, "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output);
        var overall = json.RootElement.GetProperty("overall");
        Assert.Equal("noPairableUnits", overall.GetProperty("alpha").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, overall.GetProperty("alpha").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, overall.GetProperty("cohensKappa").ValueKind);

        var unknown = Run("agreement", "--coders", "coder-a,coder-z");
        Assert.Equal(ExitCodes.InvalidInput, unknown.Exit);
        Assert.Contains("coder-z", unknown.Err);
    }

    [Theory]
    [InlineData("ordinal")]
    [InlineData("interval")]
    [InlineData("ratio")]
    public void Every_metric_gives_the_nominal_alpha_on_binary_presence(string metric)
    {
        var nominal = Run("agreement", "--format", "csv");
        var other = Run("agreement", "--format", "csv", "--metric", metric);
        Assert.Equal(ExitCodes.Success, other.Exit);
        static double[] Alphas(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => double.Parse(l.Split(',')[^16], CultureInfo.InvariantCulture)).ToArray();
        var expected = Alphas(nominal.Out);
        var actual = Alphas(other.Out);
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 9);
        }
    }
}
