using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Interop;
using MoDomain.Samples;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Tests.Interop;

/// <summary>The function evidence JSON contract: round trips, the document shape and every error with its JSON path.</summary>
public sealed class SocialSecurityJsonTests
{
    private const string Example = """
        {
          "schemaVersion": 1,
          "organisation": "Together e.V.",
          "evidence": [
            {
              "function": "homemaking",
              "indicator": "safe-space",
              "perspective": "migrant-organisation",
              "stance": "supports",
              "reference": { "documentId": "interview-mo-03", "segmentId": "seg-12", "note": "Ein sicherer Ort.", "date": "2021-05-04" }
            },
            {
              "indicator": "referral-and-access",
              "perspective": "public-administration",
              "administrativeRole": "employment-agency",
              "stance": "contradicts",
              "reference": { "documentId": "interview-ba-01" }
            }
          ]
        }
        """;

    [Fact]
    public void Property_every_generated_profile_round_trips_as_a_single_document()
    {
        Check.One(SocialSecurityGenerators.Config, Prop.ForAll(SocialSecurityGenerators.ProfileArb, p =>
        {
            string json = FunctionEvidenceJson.SerializeProfile(p);
            var back = FunctionEvidenceJson.DeserializeProfile(json);
            Assert.Equal(p, back);
            Assert.Equal(p.Evidence, back.Evidence); // order is kept, too
            Assert.Equal(json, FunctionEvidenceJson.SerializeProfile(back));
        }));
    }

    [Fact]
    public void Property_every_generated_list_of_profiles_round_trips_in_order()
    {
        var lists = SocialSecurityGenerators.Profile.ListOf().Select(l => l.ToArray()).ToArbitrary();
        Check.One(SocialSecurityGenerators.Config.WithMaxTest(Generators.Scaled(100)), Prop.ForAll(lists, profiles =>
        {
            string json = FunctionEvidenceJson.SerializeProfiles(profiles);
            Assert.Equal(profiles, FunctionEvidenceJson.DeserializeProfiles(json));
            using var doc = JsonDocument.Parse(json);
            string bare = doc.RootElement.GetProperty("functionEvidenceProfiles").GetRawText();
            Assert.Equal(profiles, FunctionEvidenceJson.DeserializeProfiles(bare));
        }));
    }

    [Fact]
    public void A_hand_written_document_reads()
    {
        var p = FunctionEvidenceJson.DeserializeProfile(Example);
        Assert.Equal("Together e.V.", p.Organisation);
        Assert.Equal(2, p.Evidence.Length);
        var first = p.Evidence[0];
        Assert.Equal(FunctionIndicator.SafeSpace, first.Indicator);
        Assert.Equal("seg-12", first.Reference.SegmentId);
        Assert.Equal("Ein sicherer Ort.", first.Reference.Note);
        Assert.Equal(new LocalDate(2021, 5, 4), first.Reference.Date.Value);
        var second = p.Evidence[1];
        Assert.Equal(AdministrativeRole.EmploymentAgency, second.AdministrativeRole.Value);
        Assert.Equal(EvidenceStance.Contradicts, second.Stance);
        Assert.True(second.Reference.Date.IsUnknown);
        Assert.Null(second.Reference.Note);
    }

    [Fact]
    public void The_written_shape_uses_camel_case_ids_and_iso_dates()
    {
        string json = FunctionEvidenceJson.SerializeProfile(FunctionEvidenceJson.DeserializeProfile(Example));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(SchemaVersions.Current, root.GetProperty("schemaVersion").GetInt32());
        var item = root.GetProperty("evidence")[0];
        Assert.Equal("homemaking", item.GetProperty("function").GetString());
        Assert.Equal("2021-05-04", item.GetProperty("reference").GetProperty("date").GetString());
        Assert.False(item.TryGetProperty("administrativeRole", out _));
        Assert.Equal("hinge", root.GetProperty("evidence")[1].GetProperty("function").GetString());
        Assert.Contains("Ein sicherer Ort.", json);
    }

    [Fact]
    public void The_sample_round_trips()
    {
        string json = FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles);
        Assert.Equal(SampleFunctionEvidence.Profiles, FunctionEvidenceJson.DeserializeProfiles(json));
        Assert.Contains("Paritätischer", json);
    }

    [Theory]
    [InlineData("""{ "organisation": "x", "evidence": [], "extra": 1 }""", "$.extra")]
    [InlineData("""{ "organisation": "x", "organisation": "y", "evidence": [] }""", "$.organisation")]
    [InlineData("""{ "evidence": [] }""", "$.organisation")]
    [InlineData("""{ "organisation": "x" }""", "$.evidence")]
    [InlineData("""{ "schemaVersion": 3, "organisation": "x", "evidence": [] }""", "$.schemaVersion")]
    [InlineData("""{ "organisation": "x", "evidence": [ null ] }""", "$.evidence[0]")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": "safe-spaces", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d" } } ] }""", "$.evidence[0].indicator")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d" } } ] }""", "$.evidence[0].indicator")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "function": "hinge", "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d" } } ] }""", "$.evidence[0].function")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": "safe-space", "perspective": "administration", "stance": "supports", "reference": { "documentId": "d" } } ] }""", "$.evidence[0].perspective")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": "safe-space", "perspective": "welfare-association", "administrativeRole": "youth-welfare-office", "stance": "supports", "reference": { "documentId": "d" } } ] }""", "$.evidence[0].administrativeRole")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "maybe", "reference": { "documentId": "d" } } ] }""", "$.evidence[0].stance")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports" } ] }""", "$.evidence[0].reference")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": " " } } ] }""", "$.evidence[0].reference.documentId")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d", "segmentId": "" } } ] }""", "$.evidence[0].reference.segmentId")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d", "date": "2021-02-30" } } ] }""", "$.evidence[0].reference.date")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d", "page": 3 } } ] }""", "$.evidence[0].reference.page")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d" } }, { "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d" } } ] }""", "$.evidence[1]")]
    [InlineData("""{ "organisation": "x", "evidence": [ { "indicator": 3, "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d" } } ] }""", "$.evidence[0].indicator")]
    public void Invalid_documents_are_rejected_with_their_json_path(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => FunctionEvidenceJson.DeserializeProfile(json));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path, ex.Message);
        Assert.DoesNotContain("MoDomain.Interop", ex.Message);
    }

    [Fact]
    public void Unknown_ids_suggest_the_closest_ones()
    {
        var ex = Assert.Throws<JsonException>(() => FunctionEvidenceJson.DeserializeProfile(
            """{ "organisation": "x", "evidence": [ { "indicator": "safe-spaces", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d" } } ] }"""));
        Assert.Contains("did you mean 'safe-space'", ex.Message);
    }

    [Fact]
    public void Invalid_collections_are_rejected_with_their_json_path()
    {
        Assert.Equal("$.functionEvidenceProfiles", Assert.Throws<JsonException>(() => FunctionEvidenceJson.DeserializeProfiles("""{ "schemaVersion": 1 }""")).Path);
        Assert.Equal("$[1].organisation", Assert.Throws<JsonException>(() => FunctionEvidenceJson.DeserializeProfiles("""[ { "organisation": "a", "evidence": [] }, { "evidence": [] } ]""")).Path);
        Assert.Equal("$.schemaVersion", Assert.Throws<JsonException>(() => FunctionEvidenceJson.DeserializeProfiles("""{ "schemaVersion": 9, "functionEvidenceProfiles": [] }""")).Path);
        Assert.Throws<System.ArgumentNullException>(() => FunctionEvidenceJson.DeserializeProfile(null!));
        Assert.Throws<System.ArgumentNullException>(() => FunctionEvidenceJson.SerializeProfile(null!));
        Assert.Throws<System.ArgumentException>(() => FunctionEvidenceJson.SerializeProfiles([null!]));
    }
}
