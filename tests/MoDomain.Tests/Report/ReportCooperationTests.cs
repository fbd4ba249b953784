using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using MoDomain.Cli;
using MoDomain.Interop;
using MoDomain.Samples;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Report;

/// <summary>The report's cooperation chapter: each organisation shows its own trajectories from the sample records
/// (linked by organisation id), and a FILE without --cooperation says that no cooperation data was supplied.</summary>
public sealed class ReportCooperationTests : IDisposable
{
    private static readonly XNamespace X = ReportAssert.Xhtml;
    private readonly string directory = Directory.CreateTempSubdirectory("modomain-report-coop-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Every_sample_organisation_shows_exactly_its_own_trajectories()
    {
        var (exit, output, error) = Run("report", "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var articles = XDocument.Parse(output).Descendants(X + "article").ToList();
        Assert.Equal(SampleData.Organisations.Length, articles.Count);
        int withTrajectories = 0;
        foreach (var (organisation, article) in SampleData.Organisations.Zip(articles))
        {
            Assert.Equal(organisation.Profile.Name, article.Element(X + "h2")!.Value);
            int expected = SampleCooperation.Municipality.Portfolio.ForMo(organisation.Id).Trajectories().Length;
            var figures = article.Descendants(X + "figure").Where(f => ((string?)f.Attribute("class") ?? string.Empty).Contains("chart-timeline", StringComparison.Ordinal)).ToList();
            Assert.Equal(expected, figures.Count);
            Assert.All(figures, f => Assert.StartsWith(organisation.Profile.Name + " – ", f.Element(X + "figcaption")!.Value, StringComparison.Ordinal));
            bool noRecords = article.Value.Contains("No cooperation records were supplied for this organisation.", StringComparison.Ordinal);
            Assert.Equal(expected == 0, noRecords);
            withTrajectories += expected > 0 ? 1 : 0;
        }
        // 11 of the 14 sample organisations take part in the sample municipality's cooperation records.
        Assert.Equal(11, withTrajectories);
    }

    [Fact]
    public void Anadolu_shows_its_five_records_in_its_own_pairs_only()
    {
        var (exit, output, _) = Run("report", "--org", "anadolu-kulturverein", "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        var figures = ReportAssert.Figures(XDocument.Parse(output), "timeline");
        Assert.Equal(SampleCooperation.Municipality.Portfolio.ForMo("anadolu-kulturverein").Trajectories().Length, figures.Length);
        Assert.All(figures, f => Assert.DoesNotContain("moschee", f.Value, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("en", "No cooperation data was supplied for this report")]
    [InlineData("de", "Für diesen Bericht wurden keine Kooperationsdaten übergeben")]
    public void A_file_without_cooperation_says_that_none_was_supplied(string lang, string expected)
    {
        string file = Path.Combine(directory, "profiles.json");
        File.WriteAllText(file, MoDomainJson.SerializeProfiles(SampleData.Profiles.Take(2)));
        var (exit, output, error) = Run("report", file, "--lang", lang);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(2, XDocument.Parse(output).Descendants(X + "p").Count(p => p.Value.StartsWith(expected, StringComparison.Ordinal)));
        Assert.DoesNotContain("Der Verlauf einer Zusammenarbeit", output, StringComparison.Ordinal);
        Assert.DoesNotContain("needs the cooperation framework", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_cooperation_links_records_by_id_and_old_records_by_name()
    {
        var profiles = SampleData.Profiles.Take(2).ToArray();
        string file = Path.Combine(directory, "profiles.json");
        File.WriteAllText(file, MoDomainJson.SerializeProfiles(profiles));
        // An older cooperation file names the first MO by its name instead of its id.
        string coop = CooperationJson.SerializeMunicipality(SampleCooperation.Municipality)
            .Replace("\"anadolu-kulturverein\"", "\"" + profiles[0].Name + "\"", StringComparison.Ordinal);
        string coopFile = Path.Combine(directory, "coop.json");
        File.WriteAllText(coopFile, coop);
        var (exit, output, error) = Run("report", file, "--cooperation", coopFile, "--lang", "en");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var articles = XDocument.Parse(output).Descendants(X + "article").ToList();
        Assert.NotEmpty(ReportAssert.Figures(new XDocument(articles[0]), "timeline"));
    }
}
