using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.SocialSecurity;
using static MoDomain.Tests.Support.CsvTestSupport;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Interop;

/// <summary>
/// Variables named like a person's name or contact details are direct identifiers: the tidy CSV, the tidy JSON records
/// and the corpus JSON leave them out unless the caller opts in, like the speaker name.
/// </summary>
public sealed class DirectIdentifierExportTests
{
    private static Corpus WithNameVariables() =>
        Corpus.Create(Codebook.Standard)
            .AddDocument("i1", "Wir beraten hier.", new DocumentAttributes(
                Perspective.MigrantOrganisation,
                speakerName: "Ayşe Yılmaz",
                variables: new Dictionary<string, VariableValue>
                {
                    ["Name"] = VariableValue.Text("Ayşe Yılmaz"),
                    ["Vorname"] = VariableValue.Text("Ayşe"),
                    ["E-Mail"] = VariableValue.Text("ayse@example.org"),
                    ["members"] = VariableValue.Number(120),
                }))
            .CodeText("i1", "beraten", "function:service", "a");

    [Theory]
    [InlineData("name")]
    [InlineData("Name")]
    [InlineData("NAME")]
    [InlineData("full_name")]
    [InlineData("Full Name")]
    [InlineData("fullName")]
    [InlineData("Vorname")]
    [InlineData("nachname")]
    [InlineData("speaker-name")]
    [InlineData("speaker_name")]
    [InlineData("E-Mail")]
    [InlineData("Telefon")]
    public void Name_like_variables_match_the_default_list(string name) => Assert.True(DirectIdentifierNames.Default.Matches(name));

    [Theory]
    [InlineData("organisation-name")]
    [InlineData("names")]
    [InlineData("members")]
    [InlineData("speaker")]
    public void Other_variables_do_not_match(string name) => Assert.False(DirectIdentifierNames.Default.Matches(name));

    [Property]
    public bool Matching_ignores_case_and_separators(NonNegativeInt pick, bool upper, bool underscores)
    {
        string name = DirectIdentifierNames.Default.Names[pick.Get % DirectIdentifierNames.Default.Names.Length];
        string variant = underscores ? name.Replace('-', '_') : name.Replace("-", " ", StringComparison.Ordinal);
        return DirectIdentifierNames.Default.Matches(upper ? variant.ToUpperInvariant() : variant) && !DirectIdentifierNames.None.Matches(name);
    }

    [Fact]
    public void Csv_and_json_leave_name_variables_out_by_default()
    {
        var corpus = WithNameVariables();
        foreach (string text in new[] { CorpusCsv.Write(corpus), CorpusJson.Write(corpus), CorpusJson.WriteRecords(CodingRecord.FromCorpus(corpus)) })
        {
            Assert.DoesNotContain("Ayşe", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ayse@", text, StringComparison.Ordinal);
            Assert.Contains("120", text, StringComparison.Ordinal);
        }
        Assert.Equal(["members"], CodingRecord.FromCorpus(corpus)[0].Variables.Keys);
    }

    [Fact]
    public void Opting_in_writes_them_and_a_custom_list_decides_which()
    {
        var corpus = WithNameVariables();
        var all = CodingRecord.FromCorpus(corpus, CorpusExportOptions.Default with { IncludeDirectIdentifiers = true });
        Assert.Equal(["E-Mail", "members", "Name", "Vorname"], all[0].Variables.Keys.Order(StringComparer.OrdinalIgnoreCase));
        Assert.Contains("var_Vorname", CorpusCsv.Write(corpus, includeDirectIdentifiers: true), StringComparison.Ordinal);
        Assert.Equal("Ayşe", CorpusJson.Read(CorpusJson.Write(corpus, includeDirectIdentifiers: true)).Documents[0].Attributes.Variables["Vorname"].ToString());
        var custom = CorpusExportOptions.Default with { DirectIdentifiers = new DirectIdentifierNames(["members"]) };
        Assert.Equal(["E-Mail", "Name", "Vorname"], CodingRecord.FromCorpus(corpus, custom)[0].Variables.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, CodingRecord.FromCorpus(corpus, CorpusExportOptions.Default with { DirectIdentifiers = DirectIdentifierNames.None })[0].Variables.Count);
        Assert.Null(CodingRecord.FromCorpus(corpus, CorpusExportOptions.Default with { DirectIdentifiers = DirectIdentifierNames.None })[0].SpeakerName);
        Assert.Throws<ArgumentException>(() => new DirectIdentifierNames(["--"]));
        Assert.Throws<ArgumentNullException>(() => CorpusExportOptions.Default with { DirectIdentifiers = null! });
    }

    [Fact]
    public void Corpus_export_leaves_them_out_unless_include_direct_identifiers_is_given()
    {
        string file = TempFile("corpus.json", CorpusJson.Write(WithNameVariables(), includeDirectIdentifiers: true));
        foreach (string format in new[] { "csv", "json" })
        {
            var plain = Run("corpus", "export", file, "--format", format);
            Assert.Equal(0, plain.Exit);
            Assert.DoesNotContain("Ayşe", plain.Out, StringComparison.Ordinal);
            var ids = Run("corpus", "export", file, "--format", format, "--include-direct-identifiers");
            Assert.Contains("Ayşe", ids.Out, StringComparison.Ordinal);
        }
    }
}
