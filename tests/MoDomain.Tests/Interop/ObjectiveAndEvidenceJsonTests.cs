using System;
using System.Linq;
using System.Text.Json;
using MoDomain.Interop;
using MoDomain.Objectives;
using MoDomain.SocialSecurity;

namespace MoDomain.Tests.Interop;

/// <summary><see cref="ObjectivesJson"/> and <see cref="FunctionEvidenceJson"/>: messages of every reader error, collection shape.</summary>
public sealed class ObjectiveAndEvidenceJsonTests
{
    private const string Item = """{ "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d" } }""";

    private static void Fails(Func<object> read, string path, string words) => JsonFailure.Assert(() => read(), path, words);

    private static void Evidence(string item, string path, string words) =>
        Fails(() => FunctionEvidenceJson.DeserializeProfile($$"""{ "organisation": "x", "evidence": [ {{item}} ] }"""), path, words);

    [Fact]
    public void Null_json_is_refused_with_its_parameter_name()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => ObjectivesJson.DeserializeProfile(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => ObjectivesJson.DeserializeProfiles(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => FunctionEvidenceJson.DeserializeProfile(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => FunctionEvidenceJson.DeserializeProfiles(null!)).ParamName);
    }

    [Fact]
    public void Objective_profile_errors_say_what_is_wrong()
    {
        Fails(() => ObjectivesJson.DeserializeProfile("null"), "$", "expected an objective profile object but found null.");
        Fails(() => ObjectivesJson.DeserializeProfile("""{ "objectives": [] }"""), "$.organisation", "the required property 'organisation' is missing or blank.");
        Fails(() => ObjectivesJson.DeserializeProfile("""{ "organisation": " ", "objectives": [] }"""), "$.organisation", "the required property 'organisation' is missing or blank.");
        Fails(() => ObjectivesJson.DeserializeProfile("""{ "organisation": "x" }"""), "$.objectives", "the required property 'objectives' is missing; write [] for a profile without objectives.");
        Fails(() => ObjectivesJson.DeserializeProfile("""{ "organisation": "x", "objectives": [ null ] }"""), "$.objectives[0]", "expected a pursued objective object but found null.");
        Fails(() => ObjectivesJson.DeserializeProfile("""{ "organisation": "x", "objectives": [ { "objective": "living-together", "evidence": "observed" }, { "objective": "living-together", "evidence": "self-reported" } ] }"""),
            "$.objectives[1].objective", "the objective 'living-together' appears more than once in the profile.");
    }

    [Fact]
    public void Objective_collections_carry_the_schema_version_once_at_the_top()
    {
        var profile = new ObjectiveProfile("Verein", [new PursuedObjective(Objective.LivingTogether, EvidenceSource.SelfReported)]);
        using var doc = JsonDocument.Parse(ObjectivesJson.SerializeProfiles([profile, profile]));
        Assert.Equal(SchemaVersions.Current, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.All(doc.RootElement.GetProperty("objectiveProfiles").EnumerateArray(), p => Assert.False(p.TryGetProperty("schemaVersion", out _)));
        using var single = JsonDocument.Parse(ObjectivesJson.SerializeProfile(profile));
        Assert.Equal(SchemaVersions.Current, single.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void Function_evidence_collections_carry_the_schema_version_once_at_the_top()
    {
        var profile = FunctionEvidenceJson.DeserializeProfile($$"""{ "organisation": "x", "evidence": [ {{Item}} ] }""");
        using var doc = JsonDocument.Parse(FunctionEvidenceJson.SerializeProfiles([profile, profile]));
        Assert.Equal(SchemaVersions.Current, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("functionEvidenceProfiles").GetArrayLength());
        Assert.All(doc.RootElement.GetProperty("functionEvidenceProfiles").EnumerateArray(), p => Assert.False(p.TryGetProperty("schemaVersion", out _)));
        using var single = JsonDocument.Parse(FunctionEvidenceJson.SerializeProfile(profile));
        Assert.Equal(SchemaVersions.Current, single.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void Function_evidence_profile_errors_say_what_is_wrong()
    {
        Fails(() => FunctionEvidenceJson.DeserializeProfile("null"), "$", "expected a function evidence object but found null.");
        Fails(() => FunctionEvidenceJson.DeserializeProfile("""{ "evidence": [] }"""), "$.organisation", "the required property 'organisation' is missing or blank.");
        Fails(() => FunctionEvidenceJson.DeserializeProfile("""{ "organisation": "x" }"""), "$.evidence", "the required property 'evidence' is missing; write [] for an organisation without evidence.");
        Evidence("null", "$.evidence[0]", "expected an evidence object but found null.");
    }

    [Fact]
    public void Function_evidence_item_errors_say_what_is_wrong()
    {
        Evidence("""{ "function": "hing", "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d" } }""",
            "$.evidence[0].function", "hing");
        Evidence("""{ "function": "hinge", "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d" } }""",
            "$.evidence[0].function", "the indicator 'safe-space' belongs to the function 'homemaking', not 'hinge'.");
        Evidence("""{ "indicator": "safe-space", "perspective": "public-administration", "administrativeRole": "no-such-role", "stance": "supports", "reference": { "documentId": "d" } }""",
            "$.evidence[0].administrativeRole", "no-such-role");
        Evidence("""{ "indicator": "safe-space", "perspective": "welfare-association", "administrativeRole": "youth-welfare-office", "stance": "supports", "reference": { "documentId": "d" } }""",
            "$.evidence[0].administrativeRole", "an administrative role is only allowed with the perspective 'public-administration', not 'welfare-association'.");
    }

    [Fact]
    public void Function_evidence_reference_errors_say_what_is_wrong()
    {
        Evidence("""{ "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports" }""",
            "$.evidence[0].reference", "the required property 'reference' is missing; give at least { \"documentId\": \"…\" }.");
        Evidence("""{ "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": " " } }""",
            "$.evidence[0].reference.documentId", "the required property 'documentId' is missing or blank.");
        Evidence("""{ "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d", "segmentId": " " } }""",
            "$.evidence[0].reference.segmentId", "'segmentId' must not be blank; leave it out when there is no segment.");
        Evidence("""{ "indicator": "safe-space", "perspective": "migrant-organisation", "stance": "supports", "reference": { "documentId": "d", "note": "" } }""",
            "$.evidence[0].reference.note", "'note' must not be blank; leave it out when there is no note.");
    }

    [Fact]
    public void A_code_label_without_a_language_is_refused_rather_than_filled_in()
    {
        var en = Assert.Throws<JsonException>(() => CorpusJson.ReadCodebook("""{ "codes": [ { "id": "own:x", "label": { "de": "X" } } ] }"""));
        Assert.StartsWith("$.codes[0]", en.Path, StringComparison.Ordinal);
        var de = Assert.Throws<JsonException>(() => CorpusJson.ReadCodebook("""{ "codes": [ { "id": "own:x", "label": { "en": "X" } } ] }"""));
        Assert.StartsWith("$.codes[0]", de.Path, StringComparison.Ordinal);
    }
}
