using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using MoDomain.Cli;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Samples;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Funding;

public sealed class EligibilityCliTests
{
    private static string TempFile(string content)
    {
        string path = Path.Combine(Path.GetTempPath(), $"modomain-eligibility-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Eligibility_on_the_sample_renders_every_organisation_and_is_deterministic()
    {
        var (exit, output, error) = Run("eligibility", "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        foreach (var c in SampleFunding.Cases)
        {
            Assert.Contains(c.Profile.Name.Split(' ')[0], output);
        }
        Assert.Contains("institutional-funding", output);
        Assert.Contains("2026-07-01", output); // netzwerk-neue-vielfalt: demonstrable success from then
        Assert.Equal(output, Run("eligibility", "--lang", "en").Out);
        var (_, german, _) = Run("eligibility", "--lang", "de");
        Assert.Contains("nicht förderfähig", german);
    }

    [Fact]
    public void Eligibility_json_gives_outcome_failing_requirements_and_the_next_rung()
    {
        var (exit, output, _) = Run("eligibility", "--format", "json", "--funder", "municipal-youth-education-department");
        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        var results = doc.RootElement.GetProperty("results");
        Assert.Equal(SampleFunding.Cases.Length, results.GetArrayLength());
        var netzwerk = results.EnumerateArray().Single(r => r.GetProperty("organisation").GetString()!.StartsWith("Netzwerk", StringComparison.Ordinal));
        Assert.Equal("not-eligible", netzwerk.GetProperty("outcome").GetString());
        Assert.Equal("2026-01-01", netzwerk.GetProperty("at").GetString());
        var ladder = netzwerk.GetProperty("ladder");
        Assert.Equal("institutional-funding", ladder.GetProperty("nextRung").GetString());
        Assert.Equal(
            ["demonstrable-success@2026-07-01", "youth-welfare-recognition@2026-09-01"],
            ladder.GetProperty("blocking").EnumerateArray().Select(b => b.GetProperty("id").GetString() + "@" + b.GetProperty("firstDateMet").GetString()));
    }

    [Fact]
    public void Eligibility_with_the_youth_welfare_policy_and_a_date_reports_the_five_valued_status()
    {
        var (exit, output, _) = Run("eligibility", "--policy", "youth-welfare-recognition", "--at", "2026-09-01", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        var statuses = doc.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("organisation").GetString()!, r => r.GetProperty("youthWelfareStatus").GetString());
        Assert.Equal("entitled", statuses["Netzwerk Neue Vielfalt e.V."]);
        Assert.Equal("entitled", statuses["Bürgerinitiative Nordstadt e.V."]);
        Assert.Equal("undetermined", statuses["Glaubensgemeinschaft Lichtblick"]);
    }

    [Fact]
    public void Eligibility_reads_a_policy_file_and_a_cases_file()
    {
        string policy = TempFile(FundingJson.SerializePolicy(new FundingPolicy("only-trust", new("Trust", "Vertrauen"), "test", [FundingRequirement.Of(FundingRequirementKind.TrustBuilding)])));
        string cases = TempFile(FundingJson.SerializeCases([SampleFunding.For("dachverband-migrantischer-vereine")]));
        try
        {
            var (exit, output, error) = Run("eligibility", cases, "--policy", policy, "--format", "json");
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Equal(string.Empty, error);
            using var doc = JsonDocument.Parse(output);
            var only = Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray().ToArray());
            Assert.Equal("only-trust", only.GetProperty("policy").GetString());
            Assert.Equal("eligible", only.GetProperty("outcome").GetString());
        }
        finally
        {
            File.Delete(policy);
            File.Delete(cases);
        }
    }

    [Fact]
    public void Eligibility_usage_and_input_errors_have_their_exit_codes()
    {
        var (exit, _, error) = Run("eligibility", "--policy", "institutional-fundin");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("institutional-funding", error);
        Assert.Equal(ExitCodes.UsageError, Run("eligibility", "--at", "2026-02-30").Exit);
        Assert.Equal(ExitCodes.UsageError, Run("eligibility", "--funder", "youth").Exit);
        Assert.Equal(ExitCodes.UsageError, Run("eligibility", "--format", "xml").Exit);
        string bad = TempFile("""[{"profile":{"name":"X","asOf":"2026-01-01"},"awards":[{"form":"project-grant","funder":"land","start":"2025-02-01"}]}]""");
        try
        {
            var (badExit, _, badError) = Run("eligibility", bad);
            Assert.Equal(ExitCodes.InvalidInput, badExit);
            Assert.Contains("$[0].awards[0].end", badError);
        }
        finally
        {
            File.Delete(bad);
        }
    }
}
