using System;
using System.Linq;
using System.Text.Json;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Rules;
using MoDomain.Samples;
using NodaTime;

namespace MoDomain.Tests.Interop;

public sealed class JsonTests
{
    [Fact]
    public void Sample_profiles_round_trip_through_a_collection_document()
    {
        string json = MoDomainJson.SerializeProfiles(SampleData.Profiles);
        var back = MoDomainJson.DeserializeProfiles(json);
        Assert.Equal(SampleData.Profiles, back);
    }

    [Fact]
    public void Single_profile_document_round_trips_and_carries_schema_version()
    {
        var profile = SampleData.Profiles[0];
        string json = MoDomainJson.SerializeProfile(profile);
        using (var doc = JsonDocument.Parse(json))
        {
            Assert.Equal(SchemaVersions.Current, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        }
        Assert.Equal(profile, MoDomainJson.DeserializeProfile(json));
    }

    [Fact]
    public void Conventions_camel_case_ids_iso_dates_and_unknown_omitted()
    {
        var profile = new OrganisationProfile("Beispiel e.V.", new LocalDate(2026, 3, 1),
            legalForm: LegalForm.RegisteredAssociation,
            foundingDate: new LocalDate(1999, 2, 28),
            carrierMigrantShare: 0.5,
            kinds: ValueSet.Of<OrganisationKind>(),
            migrationReferences: ValueSet.Of(MigrationReference.LivingTogether, MigrationReference.OriginCountryOrRegion));
        string json = MoDomainJson.SerializeProfile(profile);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("registered-association", root.GetProperty("legalForm").GetString());
        Assert.Equal("1999-02-28", root.GetProperty("foundingDate").GetString());
        Assert.Equal("2026-03-01", root.GetProperty("asOf").GetString());
        Assert.Equal(0.5, root.GetProperty("carrierMigrantShare").GetDouble());
        Assert.Equal(0, root.GetProperty("kinds").GetArrayLength());
        Assert.Equal(["origin-country-or-region", "living-together-in-germany"], root.GetProperty("migrationReferences").EnumerateArray().Select(e => e.GetString()));
        Assert.False(root.TryGetProperty("nonProfitStatus", out _));
        Assert.False(root.TryGetProperty("selfIdentification", out _));
    }

    [Fact]
    public void Known_empty_list_and_unknown_list_stay_distinct_after_round_trip()
    {
        var known = new OrganisationProfile("A", new LocalDate(2026, 1, 1), kinds: ValueSet.Of<OrganisationKind>());
        var unknown = new OrganisationProfile("A", new LocalDate(2026, 1, 1));
        var knownBack = MoDomainJson.DeserializeProfile(MoDomainJson.SerializeProfile(known));
        var unknownBack = MoDomainJson.DeserializeProfile(MoDomainJson.SerializeProfile(unknown));
        Assert.True(knownBack.Kinds.IsKnown);
        Assert.True(knownBack.Kinds.Value.IsEmpty);
        Assert.False(unknownBack.Kinds.IsKnown);
        Assert.NotEqual(knownBack, unknownBack);
    }

    [Fact]
    public void Bare_array_and_explicit_null_are_read()
    {
        var profiles = MoDomainJson.DeserializeProfiles("""[{"name":"A","asOf":"2026-01-01","legalForm":null},{"name":"B","asOf":"2026-01-01","schemaVersion":1}]""");
        Assert.Equal(2, profiles.Length);
        Assert.False(profiles[0].LegalForm.IsKnown);
        Assert.Equal("B", profiles[1].Name);
    }

    [Theory]
    [InlineData("""[{"name":"A","asOf":"2026-01-01","legalForm":"verein"}]""", "$[0].legalForm")]
    [InlineData("""[{"name":"A","asOf":"2026-01-01","typo":1}]""", "$[0].typo")]
    [InlineData("""[{"name":"A","asOf":"2026-01-01","carrierMigrantShare":-0.1}]""", "$[0].carrierMigrantShare")]
    [InlineData("""[{"name":"A","asOf":"2026-01-01","memberMigrantShare":"half"}]""", "$[0].memberMigrantShare")]
    [InlineData("""[{"name":"A","asOf":"2026-02-29"}]""", "$[0].asOf")]
    [InlineData("""[{"name":"A","asOf":"2026-01-01","foundingDate":"2026-01-02"}]""", "$[0].foundingDate")]
    [InlineData("""[{"name":" ","asOf":"2026-01-01"}]""", "$[0].name")]
    [InlineData("""[{"asOf":"2026-01-01"}]""", "$[0].name")]
    [InlineData("""[{"name":"A"}]""", "$[0].asOf")]
    [InlineData("""[{"name":"A","asOf":"2026-01-01","kinds":["sports-club",null]}]""", "$[0].kinds[1]")]
    [InlineData("""[{"name":"A","asOf":"2026-01-01","kinds":["sport-club"]}]""", "$[0].kinds[0]")]
    [InlineData("""[{"name":"A","asOf":"2026-01-01","umbrellaMemberships":[""]}]""", "$[0].umbrellaMemberships[0]")]
    [InlineData("""[{"name":"A","asOf":"2026-01-01","name":"B"}]""", "$[0].name")]
    [InlineData("""[null]""", "$[0]")]
    [InlineData("""{"schemaVersion":3,"profiles":[]}""", "$.schemaVersion")]
    [InlineData("""{"schemaVersion":0,"profiles":[]}""", "$.schemaVersion")]
    [InlineData("""{"schemaVersion":1}""", "$.profiles")]
    [InlineData("""{"schemaVersion":1,"profiles":[{"name":"A","asOf":"2026-01-01","staffing":"paid"}]}""", "$.profiles[0].staffing")]
    public void Malformed_input_raises_JsonException_naming_the_path(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles(json));
        Assert.Equal(path, ex.Path);
        Assert.Contains(path, ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[")]
    [InlineData("[{\"name\":\"A\",\"asOf\":\"2026-01-01\"")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("[{\"name\":\"A\",\"asOf\":\"2026-01-01\",}]")]
    [InlineData("[{\"name\":\"A\",\"asOf\":\"2026-01-01\"} // comment\n]")]
    public void Syntax_errors_raise_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles(json));
    }

    [Fact]
    public void Nesting_past_the_limit_is_rejected()
    {
        string json = new string('[', 200) + new string(']', 200);
        Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles(json));
    }

    [Fact]
    public void A_failure_in_a_later_profile_returns_nothing()
    {
        string json = """[{"name":"A","asOf":"2026-01-01"},{"name":"B","asOf":"2026-01-01","purposes":["none"]}]""";
        var ex = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles(json));
        Assert.Equal("$[1].purposes[0]", ex.Path);
    }

    [Fact]
    public void Report_document_contains_every_evaluation_part_and_missing_facts()
    {
        var sample = SampleData.Organisations.Single(o => o.Id == "akademikerforum-entwicklung").Profile;
        string json = MoDomainJson.SerializeReports([DefinitionSet.Default.ClassifyAll(sample)]);
        using var doc = JsonDocument.Parse(json);
        var svr = doc.RootElement.GetProperty("reports")[0].GetProperty("classifications")[0];
        Assert.Equal("unknown", svr.GetProperty("verdict").GetString());
        var evaluation = svr.GetProperty("evaluation");
        Assert.Equal(3, evaluation.GetProperty("parts").GetArrayLength());
        Assert.Equal(["carrier-migrant-share", "founded-by-migrants"], evaluation.GetProperty("missingFacts").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => MoDomainJson.DeserializeProfiles((string)null!));
        Assert.Throws<ArgumentNullException>(() => MoDomainJson.DeserializeProfile(null!));
        Assert.Throws<ArgumentNullException>(() => MoDomainJson.SerializeProfile(null!));
        Assert.Throws<ArgumentNullException>(() => MoDomainJson.ReadProfiles(null!));
    }
}
