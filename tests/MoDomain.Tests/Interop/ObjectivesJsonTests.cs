using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Interop;
using MoDomain.Objectives;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop;

/// <summary>The objective-profile JSON contract: round trips, the document shape and every error with its JSON path.</summary>
public sealed class ObjectivesJsonTests
{
    private const string Example = """
        {
          "schemaVersion": 1,
          "organisation": "Frauentreff Miteinander",
          "objectives": [
            { "objective": "living-together", "evidence": "self-reported" },
            { "objective": "group-belonging", "emphasis": 2, "evidence": "observed" }
          ]
        }
        """;

    [Fact]
    public void Property_every_generated_profile_round_trips_as_a_single_document()
    {
        Check.One(ObjectivesGenerators.Config, Prop.ForAll(ObjectivesGenerators.ProfileArb, p =>
        {
            var back = ObjectivesJson.DeserializeProfile(ObjectivesJson.SerializeProfile(p));
            Assert.Equal(p, back);
            Assert.Equal(p.GetHashCode(), back.GetHashCode());
        }));
    }

    [Fact]
    public void Property_every_generated_list_of_profiles_round_trips_in_order()
    {
        var lists = ObjectivesGenerators.Profile.ListOf().Select(l => l.ToArray()).ToArbitrary();
        Check.One(ObjectivesGenerators.Config.WithMaxTest(Generators.Scaled(100)), Prop.ForAll(lists, profiles =>
        {
            Assert.Equal(profiles, ObjectivesJson.DeserializeProfiles(ObjectivesJson.SerializeProfiles(profiles)));
        }));
    }

    [Fact]
    public void A_hand_written_document_reads_with_the_default_emphasis()
    {
        var p = ObjectivesJson.DeserializeProfile(Example);
        Assert.Equal("Frauentreff Miteinander", p.Organisation);
        Assert.Equal(
            [new PursuedObjective(Objective.GroupBelonging, EvidenceSource.Observed, 2), new PursuedObjective(Objective.LivingTogether, EvidenceSource.SelfReported)],
            p.Objectives);
    }

    [Fact]
    public void The_writer_uses_camel_case_ids_schema_version_and_source_order()
    {
        var p = new ObjectiveProfile("Verein für Begegnung", [
            new PursuedObjective(Objective.LivingTogether, EvidenceSource.SelfReported),
            new PursuedObjective(Objective.InternationalUnderstandingAndIntegration, EvidenceSource.Observed, 2.5)]);
        string json = ObjectivesJson.SerializeProfile(p);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["schemaVersion", "organisation", "objectives"], root.EnumerateObject().Select(x => x.Name));
        Assert.Equal(SchemaVersions.Current, root.GetProperty("schemaVersion").GetInt32());
        Assert.Contains("Verein für Begegnung", json, System.StringComparison.Ordinal);
        var items = root.GetProperty("objectives").EnumerateArray().ToArray();
        Assert.Equal("international-understanding-and-integration", items[0].GetProperty("objective").GetString());
        Assert.Equal(2.5, items[0].GetProperty("emphasis").GetDouble());
        Assert.Equal("observed", items[0].GetProperty("evidence").GetString());
        Assert.Equal("living-together", items[1].GetProperty("objective").GetString());
        Assert.Equal("self-reported", items[1].GetProperty("evidence").GetString());
    }

    [Fact]
    public void Collections_and_bare_arrays_are_read()
    {
        string json = ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles);
        Assert.StartsWith("{", json.TrimStart(), System.StringComparison.Ordinal);
        Assert.Contains("\"objectiveProfiles\"", json, System.StringComparison.Ordinal);
        Assert.Equal(SampleObjectives.Profiles, ObjectivesJson.DeserializeProfiles(json));
        Assert.Equal(SampleObjectives.Profiles, ObjectivesJson.DeserializeProfiles(" [" + string.Join(",", SampleObjectives.Profiles.Select(ObjectivesJson.SerializeProfile)) + "]"));
        Assert.Empty(ObjectivesJson.DeserializeProfiles("[]"));
    }

    [Theory]
    [InlineData("""{ "organisation": "X", "objectives": [], "name": "Y" }""", "$.name")]
    [InlineData("""{ "organisation": "X", "organisation": "Y", "objectives": [] }""", "$.organisation")]
    [InlineData("""{ "objectives": [] }""", "$.organisation")]
    [InlineData("""{ "organisation": "  ", "objectives": [] }""", "$.organisation")]
    [InlineData("""{ "organisation": "X" }""", "$.objectives")]
    [InlineData("""{ "schemaVersion": 3, "organisation": "X", "objectives": [] }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 0, "organisation": "X", "objectives": [] }""", "$.schemaVersion")]
    [InlineData("""{ "organisation": "X", "objectives": [ null ] }""", "$.objectives[0]")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "evidence": "observed" } ] }""", "$.objectives[0].objective")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "objective": "identity", "evidence": "observed" } ] }""", "$.objectives[0].objective")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "objective": "problem-solver" } ] }""", "$.objectives[0].evidence")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "objective": "problem-solver", "evidence": "seen" } ] }""", "$.objectives[0].evidence")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "objective": "problem-solver", "evidence": "observed", "emphasis": 0 } ] }""", "$.objectives[0].emphasis")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "objective": "problem-solver", "evidence": "observed", "emphasis": -1 } ] }""", "$.objectives[0].emphasis")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "objective": "problem-solver", "evidence": "observed", "emphasis": 1e7 } ] }""", "$.objectives[0].emphasis")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "objective": "problem-solver", "evidence": "observed", "emphasis": "2" } ] }""", "$.objectives[0].emphasis")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "objective": "problem-solver", "evidence": "observed", "weight": 2 } ] }""", "$.objectives[0].weight")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "objective": "problem-solver", "evidence": "observed" }, { "objective": "problem-solver", "evidence": "self-reported" } ] }""", "$.objectives[1].objective")]
    [InlineData("""{ "organisation": "X", "objectives": [ { "objective": "problem-solver", "evidence": "observed", "evidence": "observed" } ] }""", "$.objectives[0].evidence")]
    public void Invalid_documents_are_rejected_with_the_json_path(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => ObjectivesJson.DeserializeProfile(json));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path, ex.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("MoDomain.Interop", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_objective_id_gets_a_suggestion_and_the_known_ids()
    {
        var ex = Assert.Throws<JsonException>(() => ObjectivesJson.DeserializeProfile(
            """{ "organisation": "X", "objectives": [ { "objective": "problem-solvers", "evidence": "observed" } ] }"""));
        Assert.Contains("'problem-solver'", ex.Message, System.StringComparison.Ordinal);
        Assert.Contains("identity-building", ex.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "objectiveProfiles": [ { "organisation": "X", "objectives": [], "extra": 1 } ] }""", "$.objectiveProfiles[0].extra")]
    [InlineData("""{ "schemaVersion": 1, "objectiveProfiles": [ { "organisation": "X", "objectives": [ { "objective": "x", "evidence": "observed" } ] } ] }""", "$.objectiveProfiles[0].objectives[0].objective")]
    [InlineData("""{ "schemaVersion": 1 }""", "$.objectiveProfiles")]
    [InlineData("""{ "schemaVersion": 3, "objectiveProfiles": [] }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 1, "objectiveProfiles": [ null ] }""", "$.objectiveProfiles[0]")]
    [InlineData("""[ { "organisation": "X", "objectives": [] }, { "organisation": "", "objectives": [] } ]""", "$[1].organisation")]
    [InlineData("""{ "profiles": [] }""", "$.profiles")]
    public void Invalid_collections_are_rejected_with_the_json_path(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => ObjectivesJson.DeserializeProfiles(json));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path, ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<System.ArgumentNullException>(() => ObjectivesJson.SerializeProfile(null!));
        Assert.Throws<System.ArgumentNullException>(() => ObjectivesJson.DeserializeProfile(null!));
        Assert.Throws<System.ArgumentNullException>(() => ObjectivesJson.SerializeProfiles(null!));
        Assert.Throws<System.ArgumentException>(() => ObjectivesJson.SerializeProfiles([null!]));
        Assert.Throws<System.ArgumentNullException>(() => ObjectivesJson.DeserializeProfiles(null!));
    }
}
