using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cli;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Objectives;
using MoDomain.Samples;
using static MoDomain.Tests.Support.CsvTestSupport;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Cli;

/// <summary>RFC 4180 quoting, culture-independent bytes, <c>--format</c> validation and the csv examples in <c>--help</c>.</summary>
public sealed class CsvEncodingTests
{
    public static TheoryData<string[]> CsvCommands { get; } = new()
    {
        new[] { "classify", "--format", "csv" },
        new[] { "objectives", "--format", "csv", "--lang", "de" },
        new[] { "functions", "--format", "csv", "--lang", "de" },
        new[] { "eligibility", "--format", "csv", "--lang", "de" },
        new[] { "eligibility", "--policy", "youth-welfare-recognition", "--at", "2026-09-01", "--format", "csv", "--lang", "en" },
        new[] { "cooperation", "--format", "csv", "--lang", "de" },
        new[] { "agreement", "--format", "csv", "--lang", "de" },
        new[] { "reference", "--format", "csv" },
        new[] { "vocab", "list", "--format", "csv" },
        new[] { "vocab", "export", "--scheme", "objectives", "--format", "csv" },
        new[] { "codebook", "export", "--format", "csv" },
    };

    [Fact]
    public void The_writer_reads_back_any_fields_field_for_field()
    {
        var field = ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get);
        var fields = Gen.OneOf(field, Gen.Elements(",", "\"", "\r\n", "\n", "\r", " x ", "a,\"b\"\r\nc", string.Empty));
        var rows = fields.ListOf().Select(r => r.ToArray()).NonEmptyListOf();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(200)), Prop.ForAll(rows.ToArbitrary(), table =>
        {
            int width = table.Max(r => r.Length) + 1;
            string[] header = [.. Enumerable.Range(0, width).Select(i => "c" + i)];
            var padded = table.Select(r => (IReadOnlyList<string>)[.. r, .. Enumerable.Repeat("z", width - r.Length)]).ToList();
            string text = MoDomain.Cli.CliCsv.Document(raw: true, header, padded);
            string[][] back = Parse(text);
            Assert.Equal(header, back[0]);
            Assert.Equal(padded.Count, back.Length - 1);
            for (int i = 0; i < padded.Count; i++)
            {
                Assert.Equal(padded[i], back[i + 1]);
            }
        }));
    }

    [Fact]
    public void Objectives_csv_quotes_a_name_with_comma_quotes_and_line_break()
    {
        var profiles = SampleObjectives.Profiles;
        string json = RenameInJson(ObjectivesJson.SerializeProfiles(profiles), profiles[0].Organisation, AwkwardName);
        AssertNameReadsBack(["objectives", TempFile("objectives.json", json), "--format", "csv"], 4);
    }

    [Fact]
    public void Functions_csv_quotes_a_name_with_comma_quotes_and_line_break()
    {
        var profiles = SampleFunctionEvidence.Profiles;
        string json = RenameInJson(FunctionEvidenceJson.SerializeProfiles(profiles), profiles[0].Organisation, AwkwardName);
        AssertNameReadsBack(["functions", TempFile("functions.json", json), "--format", "csv"], 4);
    }

    [Fact]
    public void Eligibility_csv_quotes_a_name_with_comma_quotes_and_line_break()
    {
        var cases = SampleFunding.Cases;
        string json = RenameInJson(FundingJson.SerializeCases(cases), cases[0].Profile.Name, AwkwardName);
        AssertNameReadsBack(["eligibility", TempFile("cases.json", json), "--format", "csv"], FundingPolicies.InstitutionalFunding.Requirements.Length);
    }

    [Fact]
    public void Classify_csv_quotes_a_name_with_comma_quotes_and_line_break()
    {
        var profiles = SampleData.Profiles;
        string json = RenameInJson(MoDomainJson.SerializeProfiles(profiles), profiles[0].Name, AwkwardName);
        AssertNameReadsBack(["classify", TempFile("profiles.json", json), "--format", "csv"], 2);
    }

    [Fact]
    public void Cooperation_csv_quotes_a_municipality_name_with_comma_quotes_and_line_break()
    {
        var municipality = SampleCooperation.Municipality;
        string json = RenameInJson(CooperationJson.SerializeMunicipality(municipality), municipality.Name, AwkwardName);
        var (exit, output, error) = Run("cooperation", TempFile("city.json", json), "--format", "csv");
        Assert.True(exit == ExitCodes.Success, error);
        var records = Records(output);
        Assert.Equal(municipality.Portfolio.Trajectories().Sum(t => t.Steps.Length), records.Count);
        Assert.All(records, r => Assert.Equal(AwkwardName, r["municipality"]));
    }

    private static void AssertNameReadsBack(string[] args, int rowsOfFirst)
    {
        var (exit, output, error) = Run(args);
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("\"Verein \"\"Brücke\"\", Köln\r\nNord; e.V.\"", output, StringComparison.Ordinal);
        var records = Records(output);
        Assert.Equal(rowsOfFirst, records.Count(r => r["organisation"] == AwkwardName));
    }

    [Theory]
    [MemberData(nameof(CsvCommands))]
    public void Csv_bytes_are_the_same_under_invariant_de_and_tr_cultures(string[] args)
    {
        var (invariant, others) = UnderCultures(() =>
        {
            var (exit, output, error) = Run(args);
            Assert.True(exit == ExitCodes.Success, error);
            return output;
        }, "de-DE", "tr-TR");
        Assert.All(others, o => Assert.Equal(invariant, o));
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("objectives")]
    [InlineData("functions")]
    [InlineData("eligibility")]
    [InlineData("cooperation")]
    [InlineData("agreement")]
    [InlineData("reference")]
    [InlineData("vocab", "list")]
    [InlineData("vocab", "export", "--scheme", "objectives")]
    [InlineData("codebook", "export")]
    [InlineData("corpus", "export")]
    public void An_unknown_format_is_a_usage_error_naming_csv_among_the_choices(params string[] command)
    {
        var (exit, output, error) = Run([.. command, "--format", "xlsx"]);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("'xlsx'", error);
        Assert.Contains("'csv'", error);
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("objectives")]
    [InlineData("functions")]
    [InlineData("eligibility")]
    [InlineData("cooperation")]
    [InlineData("agreement")]
    [InlineData("vocab", "list")]
    [InlineData("vocab", "export")]
    [InlineData("codebook", "export")]
    [InlineData("corpus", "export")]
    [InlineData("reference")]
    public void Help_shows_a_csv_example_and_lists_csv_as_a_format(params string[] command)
    {
        var (exit, output, _) = Run([.. command, "--help"]);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("--format csv", output);
        Assert.Contains("csv", output[output.IndexOf("--format <", StringComparison.Ordinal)..]);
    }
}
