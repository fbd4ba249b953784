using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using MoDomain.Cli;
using MoDomain.Interop;
using MoDomain.Samples;
using MoDomain.Vocabulary;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Cli;

public sealed class CliTests
{
    private static string TempFile(string content)
    {
        string path = Path.Combine(Path.GetTempPath(), $"modomain-cli-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Classify_without_file_renders_every_sample_organisation_under_both_definitions()
    {
        var (exit, output, error) = Run("classify", "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        foreach (var profile in SampleData.Profiles)
        {
            // Names may wrap across table lines; the first word is always on one line.
            Assert.Contains(profile.Name.Split(' ')[0], output);
        }
        Assert.Contains("svr-2020", output);
        Assert.Contains("bpb-2013", output);
        Assert.Contains("undetermined", output);
    }

    [Fact]
    public void Classify_json_output_is_a_report_document_with_one_report_per_profile()
    {
        var (exit, output, _) = Run("classify", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(SchemaVersions.Current, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        var reports = doc.RootElement.GetProperty("reports");
        Assert.Equal(SampleData.Profiles.Length, reports.GetArrayLength());
        var first = reports[0].GetProperty("classifications");
        Assert.Equal("svr-2020", first[0].GetProperty("definition").GetString());
        Assert.Equal("yes", first[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public void Definition_option_restricts_output_to_that_definition()
    {
        var (exit, output, _) = Run("classify", "--definition", "bpb-2013", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain("\"svr-2020\"", output);
        Assert.Contains("\"bpb-2013\"", output);
    }

    [Fact]
    public void German_table_uses_German_verdicts()
    {
        var (exit, output, _) = Run("classify", "--lang", "de");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("erfüllt", output);
        Assert.Contains("offen", output);
    }

    [Fact]
    public void File_input_is_read_and_classified()
    {
        string path = TempFile(MoDomainJson.SerializeProfiles(SampleData.Profiles.Take(2)));
        try
        {
            var (exit, output, _) = Run("classify", path, "--format", "json");
            Assert.Equal(ExitCodes.Success, exit);
            using var doc = JsonDocument.Parse(output);
            Assert.Equal(2, doc.RootElement.GetProperty("reports").GetArrayLength());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("[{\"name\":\"X\",\"asOf\":\"2026-01-01\",\"legalForm\":\"verein\"}]", "$[0].legalForm")]
    [InlineData("[{\"name\":\"X\",\"asOf\":\"2026-01-01\",\"typo\":true}]", "$[0].typo")]
    [InlineData("{\"schemaVersion\":1,\"profiles\":[{\"name\":\"X\",\"asOf\":\"2026-01-01\",\"memberMigrantShare\":1.5}]}", "$.profiles[0].memberMigrantShare")]
    [InlineData("[{\"name\":\"X\",\"asOf\":\"2026-13-01\"}]", "$[0].asOf")]
    [InlineData("[{\"name\":\"X\"}]", "$[0].asOf")]
    [InlineData("{\"schemaVersion\":99,\"profiles\":[]}", "$.schemaVersion")]
    public void Invalid_input_exits_1_with_file_and_json_path(string json, string expectedPath)
    {
        string path = TempFile(json);
        try
        {
            var (exit, output, error) = Run("classify", path);
            Assert.Equal(ExitCodes.InvalidInput, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains(path, error);
            Assert.Contains(expectedPath, error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_exits_1()
    {
        var (exit, _, error) = Run("classify", Path.Combine(Path.GetTempPath(), $"does-not-exist-{Guid.NewGuid():N}.json"));
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("does-not-exist", error);
    }

    [Theory]
    [InlineData("classify", "--bogus")]
    [InlineData("classify", "--format", "xml")]
    [InlineData("classify", "--lang", "fr")]
    [InlineData("classify", "--definition", "no-such-definition")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.NotEqual(string.Empty, error);
    }

    [Fact]
    public void Objectives_json_has_one_analysis_per_sample_with_shares_summing_to_one()
    {
        var (exit, output, _) = Run("objectives", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        var analyses = doc.RootElement.GetProperty("analyses");
        Assert.Equal(SampleData.Profiles.Length, analyses.GetArrayLength());
        foreach (var a in analyses.EnumerateArray())
        {
            if (a.TryGetProperty("inwardShare", out var inward))
            {
                Assert.Equal(1.0, inward.GetDouble() + a.GetProperty("outwardShare").GetDouble(), 9);
            }
            else
            {
                // Absent share = unknown: only for an empty objective profile.
                Assert.Equal("unknown", a.GetProperty("mainlyInward").GetString());
            }
        }
    }

    [Fact]
    public void Objectives_table_lists_the_four_cells()
    {
        var (exit, output, _) = Run("objectives", "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("inward-explicit", output);
    }

    [Fact]
    public void Functions_json_matrix_totals_match_the_evidence_counts()
    {
        var (exit, output, _) = Run("functions", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        foreach (var a in doc.RootElement.GetProperty("assessments").EnumerateArray())
        {
            int total = 0;
            foreach (var matrixName in new[] { "supportingMatrix", "contradictingMatrix" })
            {
                foreach (var row in a.GetProperty(matrixName).EnumerateObject())
                {
                    foreach (var cell in row.Value.EnumerateObject())
                    {
                        total += cell.Value.GetInt32();
                    }
                }
            }
            Assert.Equal(a.GetProperty("evidenceItems").GetInt32(), total);
        }
    }

    [Fact]
    public void Functions_table_shows_the_matrix_with_totals()
    {
        var (exit, output, _) = Run("functions", "--lang", "de");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Summe", output);
    }

    [Fact]
    public void Vocab_export_writes_skos_that_reads_back_to_the_same_scheme()
    {
        var (exit, output, _) = Run("vocab", "export", "--scheme", "social-security-functions");
        Assert.Equal(ExitCodes.Success, exit);
        var document = SkosJsonLd.Read(output);
        Assert.Equal(VocabularyCatalog.Get("social-security-functions").Concepts.Select(c => c.Id), document.Scheme.Concepts.Select(c => c.Id));
        var (exit2, output2, _) = Run("vocab", "export", "--scheme", "social-security-functions");
        Assert.Equal(exit, exit2);
        Assert.Equal(output, output2);
    }

    [Fact]
    public void Vocab_export_plain_json_and_list_cover_every_scheme()
    {
        foreach (var scheme in VocabularyCatalog.All)
        {
            var (exit, output, _) = Run("vocab", "export", "--scheme", scheme.Id, "--format", "json");
            Assert.Equal(ExitCodes.Success, exit);
            using var doc = JsonDocument.Parse(output);
            Assert.Equal(scheme.Id, doc.RootElement.GetProperty("id").GetString());
            Assert.Equal(scheme.Concepts.Length, doc.RootElement.GetProperty("concepts").GetArrayLength());
        }
        var (listExit, list, _) = Run("vocab", "list");
        Assert.Equal(ExitCodes.Success, listExit);
        Assert.Contains("cooperation-roles", list);
    }

    [Fact]
    public void Vocab_export_of_an_unknown_scheme_suggests_the_closest_id_and_exits_2()
    {
        var (exit, _, error) = Run("vocab", "export", "--scheme", "cooperation-role");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("did you mean 'cooperation-roles'", error);
    }

    [Fact]
    public void Invalid_objectives_and_functions_files_exit_1_with_the_path()
    {
        string path = TempFile("[{\"organisation\":\"X\",\"typo\":1}]");
        try
        {
            Assert.Equal(ExitCodes.InvalidInput, Run("objectives", path).Exit);
            Assert.Equal(ExitCodes.InvalidInput, Run("functions", path).Exit);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Functions_json_reports_the_disagreements_of_the_sample()
    {
        var (exit, output, _) = Run("functions", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        int disagreements = doc.RootElement.GetProperty("assessments").EnumerateArray().Sum(a => a.GetProperty("disagreements").GetArrayLength());
        Assert.Equal(SampleFunctionEvidence.Profiles.Sum(p => p.Assess().Disagreements.Length), disagreements);
        Assert.True(disagreements > 0);
    }

    [Fact]
    public void Vocab_export_includes_mappings_where_the_scheme_is_the_target()
    {
        var (exit, output, _) = Run("vocab", "export", "--scheme", "cooperation-roles");
        Assert.Equal(ExitCodes.Success, exit);
        var document = SkosJsonLd.Read(output);
        int expected = MoDomain.Cooperation.Crosswalks.Default.Mappings.Count(m => m.TargetScheme == "cooperation-roles" || m.SourceScheme == "cooperation-roles");
        Assert.True(expected > 0);
        Assert.Equal(expected, document.Mappings.Length);
    }
}
