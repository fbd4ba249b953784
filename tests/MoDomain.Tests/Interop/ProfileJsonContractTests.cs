using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop;

/// <summary><see cref="MoDomainJson"/>: profile reader errors with path and message, collections and reports as written.</summary>
public sealed class ProfileJsonContractTests
{
    private const string Minimal = """{ "name": "Verein A", "asOf": "2026-01-01" }""";

    private static JsonException Fails(string json, string path, string words) => JsonFailure.Assert(() => MoDomainJson.DeserializeProfile(json), path, words);

    private static string With(string property, JsonNode? value)
    {
        var node = JsonNode.Parse(Minimal)!.AsObject();
        node[property] = value;
        return node.ToJsonString();
    }

    [Fact]
    public void Null_arguments_are_refused_with_their_parameter_name()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => MoDomainJson.DeserializeProfile(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => MoDomainJson.DeserializeProfiles(null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => MoDomainJson.WriteProfiles(null!, SampleData.Profiles)).ParamName);
        Assert.Equal("profiles", Assert.Throws<ArgumentNullException>(() => MoDomainJson.SerializeProfiles(null!)).ParamName);
        Assert.Equal("profiles", Assert.Throws<ArgumentException>(() => MoDomainJson.SerializeProfiles([null!])).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => MoDomainJson.SerializeReports(null!)).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentException>(() => MoDomainJson.SerializeReports([null!])).ParamName);
    }

    [Fact]
    public void A_null_profile_is_refused_at_the_root()
    {
        Fails("null", "$", "expected a profile object but found null.");
    }

    [Fact]
    public void Required_properties_are_named()
    {
        Fails("""{ "asOf": "2026-01-01" }""", "$.name", "the required property 'name' is missing or blank.");
        Fails("""{ "name": "  ", "asOf": "2026-01-01" }""", "$.name", "the required property 'name' is missing or blank.");
        Fails("""{ "name": "Verein A" }""", "$.asOf", "the required property 'asOf' (yyyy-MM-dd) is missing.");
    }

    [Fact]
    public void Schema_versions_of_a_profile_are_checked_at_its_path()
    {
        Fails("""{ "schemaVersion": 3, "name": "Verein A", "asOf": "2026-01-01" }""", "$.schemaVersion", "newer");
        var ex = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles("""[ { "name": "A", "asOf": "2026-01-01" }, { "schemaVersion": 0, "name": "B", "asOf": "2026-01-01" } ]"""));
        Assert.Equal("$[1].schemaVersion", ex.Path);
    }

    [Fact]
    public void A_founding_date_after_as_of_is_refused_with_both_dates()
    {
        Fails(With("foundingDate", "2026-01-02"), "$.foundingDate", "the founding date 2026-01-02 lies after asOf 2026-01-01.");
        Assert.Equal(new NodaTime.LocalDate(2026, 1, 1), MoDomainJson.DeserializeProfile(With("foundingDate", "2026-01-01")).FoundingDate.Value);
    }

    [Theory]
    [InlineData("nonProfitStatus")]
    [InlineData("migrantRoleInStructures")]
    [InlineData("selfIdentification")]
    [InlineData("geographicScale")]
    [InlineData("legalForm")]
    [InlineData("staffing")]
    public void An_unknown_id_is_named_at_its_property(string property)
    {
        Fails(With(property, "no-such-id"), "$." + property, "no-such-id");
    }

    [Theory]
    [InlineData("migrationReferences")]
    [InlineData("orientations")]
    [InlineData("purposes")]
    [InlineData("kinds")]
    public void An_unknown_id_in_a_list_is_named_at_its_index(string property)
    {
        Fails(With(property, new JsonArray("no-such-id")), "$." + property + "[0]", "no-such-id");
        Fails(With(property, new JsonArray((JsonNode?)null)), "$." + property + "[0]", "null is not allowed in a list; omit the whole property if it is unknown.");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_blank_umbrella_name_is_named_at_its_index(string name)
    {
        Fails(With("umbrellaMemberships", new JsonArray("Dachverband", name)), "$.umbrellaMemberships[1]", "names must not be null, empty or white space.");
    }

    [Theory]
    [InlineData("memberMigrantShare", 1.5, "1.5")]
    [InlineData("memberMigrantShare", -0.25, "-0.25")]
    [InlineData("carrierMigrantShare", 1.0000001, "1.0000001")]
    [InlineData("carrierMigrantShare", -1e-9, "-1E-09")]
    public void A_share_outside_zero_to_one_is_refused(string property, double value, string shown)
    {
        Fails(With(property, value), "$." + property, "a share must be a number between 0 and 1 inclusive, but was " + shown + ".");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(0.5)]
    public void A_share_from_zero_to_one_inclusive_is_kept(double value)
    {
        var p = MoDomainJson.DeserializeProfile(With("memberMigrantShare", value));
        Assert.Equal(value, p.MemberMigrantShare.Value);
    }

    [Fact]
    public void Profile_collections_carry_the_schema_version_once_at_the_top()
    {
        using var doc = JsonDocument.Parse(MoDomainJson.SerializeProfiles(SampleData.Profiles));
        Assert.Equal(SchemaVersions.Current, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.All(doc.RootElement.GetProperty("profiles").EnumerateArray(), p => Assert.False(p.TryGetProperty("schemaVersion", out _)));
        using var single = JsonDocument.Parse(MoDomainJson.SerializeProfile(SampleData.Profiles[0]));
        Assert.Equal(SchemaVersions.Current, single.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void Write_profiles_to_a_stream_writes_the_collection_document()
    {
        using var stream = new MemoryStream();
        MoDomainJson.WriteProfiles(stream, SampleData.Profiles);
        Assert.True(stream.Length > 0);
        stream.Position = 0;
        using (var doc = JsonDocument.Parse(stream))
        {
            Assert.Equal(SchemaVersions.Current, doc.RootElement.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(SampleData.Profiles.Length, doc.RootElement.GetProperty("profiles").GetArrayLength());
        }
        stream.Position = 0;
        Assert.Equal(SampleData.Profiles, MoDomainJson.ReadProfiles(stream));
    }

    [Fact]
    public void Reports_carry_the_schema_version_and_every_field_of_report_and_evaluation()
    {
        var reports = SampleData.Profiles.Select(DefinitionSet.Default.ClassifyAll).ToList();
        using var doc = JsonDocument.Parse(MoDomainJson.SerializeReports(reports));
        Assert.Equal(SchemaVersions.Current, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        var written = doc.RootElement.GetProperty("reports");
        Assert.Equal(reports.Count, written.GetArrayLength());
        for (int i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var r = written[i];
            Assert.Equal(report.Profile.Name, r.GetProperty("organisation").GetString());
            Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Format(report.Profile.AsOf), r.GetProperty("asOf").GetString());
            string self = report.SelfIdentification.IsKnown ? DefinitionsVocabulary.SelfIdentifications.IdOf(report.SelfIdentification.Value) : "unknown";
            Assert.Equal(self, r.GetProperty("selfIdentification").GetString());
            AssertEvaluation(report.ContainerTerm, r.GetProperty("containerTerm"));
            var classifications = r.GetProperty("classifications");
            Assert.Equal(report.Classifications.Length, classifications.GetArrayLength());
            for (int j = 0; j < report.Classifications.Length; j++)
            {
                var c = report.Classifications[j];
                var cj = classifications[j];
                Assert.Equal(c.Definition.Id, cj.GetProperty("definition").GetString());
                Assert.Equal(c.Verdict.Id, cj.GetProperty("verdict").GetString());
                Assert.Equal(c.DiffersFromSelfIdentification.Id, cj.GetProperty("differsFromSelfIdentification").GetString());
                AssertEvaluation(c.Evaluation, cj.GetProperty("evaluation"));
            }
        }
        Assert.Contains(reports, r => r.SelfIdentification.IsKnown);
    }

    [Fact]
    public void A_report_of_a_profile_without_self_identification_says_unknown()
    {
        var report = DefinitionSet.Default.ClassifyAll(MoDomainJson.DeserializeProfile(Minimal));
        using var doc = JsonDocument.Parse(MoDomainJson.SerializeReports([report]));
        Assert.Equal("unknown", doc.RootElement.GetProperty("reports")[0].GetProperty("selfIdentification").GetString());
        var known = DefinitionSet.Default.ClassifyAll(SampleData.Profiles.First(p => p.SelfIdentification.IsKnown));
        using var doc2 = JsonDocument.Parse(MoDomainJson.SerializeReports([known]));
        Assert.NotEqual("unknown", doc2.RootElement.GetProperty("reports")[0].GetProperty("selfIdentification").GetString());
    }

    private static void AssertEvaluation(MoDomain.Rules.Evaluation e, JsonElement j)
    {
        Assert.Equal(e.RuleId, j.GetProperty("ruleId").GetString());
        Assert.Equal(e.Source, j.GetProperty("source").GetString());
        Assert.Equal(e.Outcome.Id, j.GetProperty("outcome").GetString());
        Assert.Equal(e.Label.English, j.GetProperty("label").GetProperty("en").GetString());
        Assert.Equal(e.Label.German, j.GetProperty("label").GetProperty("de").GetString());
        Assert.Equal(e.Explanation.English, j.GetProperty("explanation").GetProperty("en").GetString());
        Assert.Equal(e.Explanation.German, j.GetProperty("explanation").GetProperty("de").GetString());
        var facts = j.GetProperty("factsRead");
        Assert.Equal(e.FactsRead.Length, facts.GetArrayLength());
        for (int i = 0; i < e.FactsRead.Length; i++)
        {
            var f = e.FactsRead[i];
            Assert.Equal(f.Id, facts[i].GetProperty("id").GetString());
            Assert.Equal(f.IsKnown, facts[i].GetProperty("known").GetBoolean());
            if (f.IsKnown)
            {
                Assert.Equal(f.Value.Value, facts[i].GetProperty("value").GetString());
            }
        }
        Assert.Equal(e.MissingFacts, j.GetProperty("missingFacts").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(e.Parts.Length, j.GetProperty("parts").GetArrayLength());
        for (int i = 0; i < e.Parts.Length; i++)
        {
            AssertEvaluation(e.Parts[i], j.GetProperty("parts")[i]);
        }
    }

    [Fact]
    public void Json_contracts_are_found_by_name_and_an_unknown_name_gets_suggestions()
    {
        var corpus = MoDomain.Cli.AllJsonContracts.Get("corpus");
        Assert.Equal("corpus", corpus.Name);
        Assert.Equal("corpus", corpus.ToString());
        Assert.Equal("CorpusDto", corpus.TypeInfo.Type.Name);
        Assert.StartsWith("An interview corpus", corpus.Description.English, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => MoDomain.Cli.AllJsonContracts.Get(null!)).ParamName);
        var ex = Assert.Throws<KeyNotFoundException>(() => MoDomain.Cli.AllJsonContracts.Get("corpuss"));
        Assert.StartsWith("No JSON contract is named 'corpuss'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'corpus'", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Known contracts: " + string.Join(", ", MoDomain.Cli.AllJsonContracts.All.Select(c => c.Name)) + ".", ex.Message, StringComparison.Ordinal);
    }
}
