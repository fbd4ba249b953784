using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using MoDomain.Cli;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Samples;
using NodaTime;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Report;

public sealed class ReportCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("modomain-report-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Report_without_out_prints_the_whole_sample_report()
    {
        var (exit, output, error) = Run("report", "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        XDocument doc = ReportAssert.WellFormedAndSafe(output);
        Assert.Equal(SampleData.Organisations.Length, doc.Descendants(ReportAssert.Xhtml + "article").Count());
        Assert.Contains("embedded sample (14 organisations)", output);
    }

    [Fact]
    public void Report_out_writes_the_same_bytes_twice()
    {
        string first = Path.Combine(directory, "a.html");
        string second = Path.Combine(directory, "b.html");
        Assert.Equal(ExitCodes.Success, Run("report", "--out", first, "--lang", "de").Exit);
        Assert.Equal(ExitCodes.Success, Run("report", "--out", second, "--lang", "de").Exit);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(["a.html", "b.html"], Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("de", (string?)ReportAssert.Parse(File.ReadAllText(first)).Root!.Attribute("lang"));
    }

    [Fact]
    public void Org_selects_one_organisation_by_sample_id_or_name()
    {
        var (exit, output, _) = Run("report", "--org", "moscheegemeinde-am-hafen", "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        XDocument doc = ReportAssert.WellFormedAndSafe(output);
        XElement article = Assert.Single(doc.Descendants(ReportAssert.Xhtml + "article"));
        Assert.Equal("Moscheegemeinde am Hafen e.V.", article.Element(ReportAssert.Xhtml + "h2")!.Value);
        // Perspectives disagree about its hinge function: a second heatmap of contradicting evidence.
        Assert.Equal(2, ReportAssert.Figures(doc, "heatmap").Length);
        Assert.Single(ReportAssert.Figures(doc, "quadrant"));

        var byName = Run("report", "--org", "SC Vielfalt 1990 e.V.", "--lang", "en");
        Assert.Equal(ExitCodes.Success, byName.Exit);
        Assert.Contains("sc-vielfalt", byName.Out);
    }

    [Fact]
    public void Unknown_org_is_a_usage_error_listing_the_known_ids()
    {
        var (exit, output, error) = Run("report", "--org", "no-such-org");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("unknown organisation 'no-such-org'", error);
        Assert.Contains("anadolu-kulturverein", error);
    }

    [Fact]
    public void File_input_with_a_hostile_name_is_escaped()
    {
        OrganisationProfile profile = new OrganisationProfileBuilder(HtmlReportTests.Hostile, new LocalDate(2026, 1, 1)).Build();
        string input = Path.Combine(directory, "profiles.json");
        File.WriteAllText(input, MoDomainJson.SerializeProfiles([profile]));
        string report = Path.Combine(directory, "hostile.html");
        var (exit, _, error) = Run("report", input, "--out", report, "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        string html = File.ReadAllText(report);
        XDocument doc = ReportAssert.WellFormedAndSafe(html);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(HtmlReportTests.Hostile, doc.Descendants(ReportAssert.Xhtml + "article").Single().Element(ReportAssert.Xhtml + "h2")!.Value);
        // A file brings no objectives or evidence unless they are passed too.
        Assert.Contains("No objective profile was supplied", doc.Root!.Value);
    }

    [Fact]
    public void Objectives_and_functions_files_are_matched_by_name()
    {
        string profiles = Path.Combine(directory, "profiles.json");
        string objectives = Path.Combine(directory, "objectives.json");
        string functions = Path.Combine(directory, "functions.json");
        File.WriteAllText(profiles, MoDomainJson.SerializeProfiles([SampleData.Profiles[0]]));
        File.WriteAllText(objectives, ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles));
        File.WriteAllText(functions, FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles));
        var (exit, output, error) = Run("report", profiles, "--objectives", objectives, "--functions", functions, "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        XDocument doc = ReportAssert.WellFormedAndSafe(output);
        Assert.Single(ReportAssert.Figures(doc, "quadrant"));
        Assert.Single(ReportAssert.Figures(doc, "heatmap"));
    }

    [Fact]
    public void Invalid_input_file_exits_1_and_writes_nothing()
    {
        string input = Path.Combine(directory, "bad.json");
        File.WriteAllText(input, "{ not json");
        string report = Path.Combine(directory, "never.html");
        var (exit, output, error) = Run("report", input, "--out", report);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("bad.json", error);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void Unwritable_out_exits_3_and_leaves_no_partial_file()
    {
        string missing = Path.Combine(directory, "missing", "report.html");
        var (exit, _, error) = Run("report", "--out", missing);
        Assert.Equal(ExitCodes.IoFailure, exit);
        Assert.Contains($"--out '{missing}': the directory", error);
        Assert.False(Directory.Exists(Path.Combine(directory, "missing")));

        string taken = Path.Combine(directory, "taken");
        Directory.CreateDirectory(taken);
        Assert.Equal(ExitCodes.IoFailure, Run("report", "--out", taken).Exit);
        Assert.Empty(Directory.GetFiles(directory));
    }

    [Fact]
    public void Bad_lang_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.UsageError, Run("report", "--lang", "fr").Exit);
        Assert.Equal(ExitCodes.UsageError, Run("report", "--bogus").Exit);
    }
}
