using System;
using System.IO;
using System.Text;
using System.Text.Json;
using MoDomain.Cooperation;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Cooperation;

/// <summary>The cooperation JSON contract: sample round trip and errors naming the JSON path.</summary>
public sealed class CooperationJsonTests
{
    private const string Record = """{ "id": "r1", "title": "T", "mos": ["mo"], "partners": [ { "name": "Amt", "kind": "kita" } ], "level": "project", "form": "joint", "topics": ["sport"], "start": "2024-01-01", "end": "2024-12-31" }""";

    private static string Municipality(string record) => $$"""{ "schemaVersion": 1, "name": "M", "records": [ {{record}} ] }""";

    [Fact]
    public void Sample_round_trips_through_strings_and_streams()
    {
        string json = CooperationJson.SerializeMunicipality(SampleCooperation.Municipality);
        var back = CooperationJson.DeserializeMunicipality(json);
        Assert.Equal(json, CooperationJson.SerializeMunicipality(back));
        Assert.Contains("\"form\": \"joint\"", json, StringComparison.Ordinal);
        Assert.Contains("Integrationsbüro", json, StringComparison.Ordinal);
        using var stream = new MemoryStream();
        CooperationJson.WriteMunicipality(back, stream);
        stream.Position = 0;
        Assert.Equal(json, CooperationJson.SerializeMunicipality(CooperationJson.ReadMunicipality(stream)));
    }

    [Fact]
    public void Absent_facts_read_as_unknown()
    {
        var m = CooperationJson.DeserializeMunicipality(Municipality(Record));
        var r = Assert.Single(m.Records);
        Assert.False(r.Initiator.IsKnown);
        Assert.False(r.Roles.IsKnown);
        Assert.False(m.SetUp.HasConcept.IsKnown);
        Assert.Equal(CooperationForm.Joint, r.Form.Value);
    }

    [Theory]
    [InlineData("\"level\": \"project\"", "\"level\": \"projekt\"", "$.records[0].level", "project")]
    [InlineData("\"level\": \"project\"", "\"level\": \"standing-body\"", "$.records[0].form", "no forms")]
    [InlineData("\"start\": \"2024-01-01\"", "\"date\": \"2024-01-01\", \"start\": \"2024-01-01\"", "$.records[0].date", "either")]
    [InlineData("\"end\": \"2024-12-31\"", "\"end\": \"2023-12-31\"", "$.records[0].end", "before")]
    [InlineData("\"topics\": [\"sport\"]", "\"topics\": [\"sport\", \"sport\"]", "$.records[0].topics[1]", "twice")]
    [InlineData("\"topics\": [\"sport\"]", "\"topics\": []", "$.records[0].topics", "at least one")]
    [InlineData("\"kind\": \"kita\"", "\"kind\": \"kitta\"", "$.records[0].partners[0].kind", "kita")]
    [InlineData("\"mos\": [\"mo\"]", "\"mos\": [\"mo\", \"mo\"]", "$.records[0].mos[1]", "twice")]
    [InlineData("\"title\": \"T\"", "\"title\": \"T\", \"colour\": \"red\"", "$.records[0]", "colour")]
    public void Invalid_records_raise_errors_naming_the_path(string find, string replace, string path, string hint)
    {
        var ex = Assert.Throws<JsonException>(() => CooperationJson.DeserializeMunicipality(Municipality(Record.Replace(find, replace, StringComparison.Ordinal))));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(hint, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Newer_schema_duplicate_ids_and_missing_records_are_refused()
    {
        Assert.Contains("newer", Assert.Throws<JsonException>(() => CooperationJson.DeserializeMunicipality(Municipality(Record).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 3", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Contains("used twice", Assert.Throws<JsonException>(() => CooperationJson.DeserializeMunicipality($$"""{ "name": "M", "records": [ {{Record}}, {{Record}} ] }""")).Message, StringComparison.Ordinal);
        Assert.Contains("$.records", Assert.Throws<JsonException>(() => CooperationJson.DeserializeMunicipality("""{ "name": "M" }""")).Message, StringComparison.Ordinal);
        Assert.Contains("$.setUp.staffShare", Assert.Throws<JsonException>(() => CooperationJson.DeserializeMunicipality("""{ "name": "M", "setUp": { "staffShare": "lots" }, "records": [] }""")).Message, StringComparison.Ordinal);
        Assert.Single(CooperationJson.DeserializeRecords($"[{Record}]"));
        Assert.Throws<JsonException>(() => CooperationJson.DeserializeRecords($"[{Record}, {Record}]"));
        Assert.Throws<JsonException>(() => CooperationJson.ReadMunicipality(new MemoryStream(Encoding.UTF8.GetBytes("{ \"name\": \"M\", \"name\": \"N\", \"records\": [] }"))));
    }
}
