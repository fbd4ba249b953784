using System;
using System.IO;
using System.Text.Json;
using MoDomain.Cli;
using MoDomain.Interop;
using MoDomain.Samples;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Cooperation;

/// <summary>In-process tests of <c>modomain cooperation</c>.</summary>
public sealed class CooperationCliTests
{
    [Fact]
    public void Table_renders_portfolio_survey_comparison_gaps_trajectories_and_set_up()
    {
        var (exit, output, error) = Run("cooperation", "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Musterstadt: 19 cooperation records", output, StringComparison.Ordinal);
        Assert.Contains("Comparison with the survey", output, StringComparison.Ordinal);
        Assert.Contains("religion-interreligious", output, StringComparison.Ordinal);
        Assert.Contains("anadolu-kulturverein ↔ Integrationsbüro Musterstadt: moving towards institutionalisation = yes", output, StringComparison.Ordinal);
        Assert.Contains("single-event/municipality-led", output, StringComparison.Ordinal);
        Assert.Contains("23 / 32", output, StringComparison.Ordinal);
        var (_, german, _) = Run("cooperation", "--lang", "de");
        Assert.Contains("zunehmende Institutionalisierung = ja", german, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_a_document_with_distributions_comparisons_and_trajectories()
    {
        var (exit, output, _) = Run("cooperation", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(SchemaVersions.Current, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(19, root.GetProperty("records").GetInt32());
        Assert.Equal(9, root.GetProperty("byLevel").GetProperty("counts").GetProperty("single-event").GetInt32());
        var projects = root.GetProperty("survey").GetProperty("projectForms");
        Assert.Equal("mo-led", projects[0].GetProperty("form").GetString());
        Assert.Equal(0.39, projects[0].GetProperty("surveyShare").GetDouble());
        Assert.Equal(32, root.GetProperty("survey").GetProperty("respondents").GetInt32());
        var first = root.GetProperty("trajectories")[0];
        Assert.Equal("anadolu-kulturverein", first.GetProperty("mo").GetString());
        Assert.Equal("yes", first.GetProperty("movesTowardsInstitutionalisation").GetString());
        Assert.Equal("greater", first.GetProperty("steps")[2].GetProperty("comparedWithPrevious").GetString());
        Assert.Equal(13, root.GetProperty("setUp").GetArrayLength());
    }

    [Fact]
    public void A_file_is_read_and_invalid_input_exits_with_1()
    {
        string path = Path.Combine(Path.GetTempPath(), $"modomain-coop-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, CooperationJson.SerializeMunicipality(SampleCooperation.Municipality).Replace("Musterstadt", "Beispielstadt", StringComparison.Ordinal));
            var (exit, output, _) = Run("cooperation", path, "--format", "json");
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains("Beispielstadt", output, StringComparison.Ordinal);

            File.WriteAllText(path, """{ "name": "M", "records": [ { "id": "x" } ] }""");
            var (bad, _, error) = Run("cooperation", path);
            Assert.Equal(ExitCodes.InvalidInput, bad);
            Assert.Contains("$.records[0]", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Equal(ExitCodes.UsageError, Run("cooperation", "--format", "xml").Exit);
    }
}
