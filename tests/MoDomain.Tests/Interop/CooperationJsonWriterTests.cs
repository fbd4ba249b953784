using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using MoDomain.Cooperation;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop;

/// <summary>What the cooperation writers put into the JSON: known facts written, unknown ones omitted.</summary>
public sealed class CooperationJsonWriterTests
{
    private const string Known = """
        { "name": "M",
          "setUp": { "hasConcept": true, "hasJobDescription": false, "staffShare": "11-to-25-percent", "budgetShare": "over-25-percent",
                     "roomProvision": ["municipal-meeting-rooms"], "qualificationOffers": ["house-of-resources", "tandem-coaching"] },
          "records": [ { "id": "r1", "title": "T", "mos": ["mo"], "partners": [ { "name": "Amt", "kind": "kita" } ], "level": "project",
                         "form": "joint", "topics": ["sport"], "initiator": "migrant-organisation", "roles": ["expert"], "start": "2024-01-01", "end": "2024-12-31" } ] }
        """;

    [Fact]
    public void Known_set_up_facts_are_written_with_their_ids()
    {
        var municipality = CooperationJson.DeserializeMunicipality(Known);
        var root = JsonFailure.Root(CooperationJson.SerializeMunicipality(municipality));
        Assert.Equal(SchemaVersions.Current, (int)root["schemaVersion"]!);
        var setUp = root["setUp"]!.AsObject();
        Assert.True((bool)setUp["hasConcept"]!);
        Assert.False((bool)setUp["hasJobDescription"]!);
        Assert.Equal("11-to-25-percent", (string)setUp["staffShare"]!);
        Assert.Equal("over-25-percent", (string)setUp["budgetShare"]!);
        Assert.Equal(["municipal-meeting-rooms"], setUp["roomProvision"]!.AsArray().Select(n => (string)n!).ToArray());
        Assert.Equal(["house-of-resources", "tandem-coaching"], setUp["qualificationOffers"]!.AsArray().Select(n => (string)n!).Order().ToArray());
        Assert.Equal(CooperationJson.SerializeMunicipality(municipality), CooperationJson.SerializeMunicipality(CooperationJson.DeserializeMunicipality(root.ToJsonString())));
    }

    [Fact]
    public void Unknown_set_up_facts_are_omitted()
    {
        var municipality = new MunicipalityCooperation("M", new MunicipalSetUp(), []);
        var root = JsonFailure.Root(CooperationJson.SerializeMunicipality(municipality));
        Assert.Empty(root["setUp"]!.AsObject());
        Assert.Empty(root["records"]!.AsArray());
        Assert.Equal("M", (string)root["name"]!);
    }

    [Fact]
    public void A_known_initiator_and_roles_are_written()
    {
        var record = CooperationJson.DeserializeMunicipality(Known).Records[0];
        var root = JsonFailure.Root(CooperationJson.SerializeRecords([record]));
        Assert.Equal(SchemaVersions.Current, (int)root["schemaVersion"]!);
        var item = root["cooperationRecords"]![0]!.AsObject();
        Assert.Equal("migrant-organisation", (string)item["initiator"]!);
        Assert.Equal(["expert"], item["roles"]!.AsArray().Select(n => (string)n!).ToArray());
        Assert.Equal("joint", (string)item["form"]!);
        Assert.Equal(CooperationJson.SerializeRecords([record]), CooperationJson.SerializeRecords(CooperationJson.DeserializeRecords(root.ToJsonString())));
    }

    [Fact]
    public void Write_municipality_writes_the_serialised_text_as_utf8_and_leaves_the_stream_open()
    {
        var municipality = CooperationJson.DeserializeMunicipality(Known);
        using var stream = new MemoryStream();
        CooperationJson.WriteMunicipality(municipality, stream);
        Assert.True(stream.CanWrite);
        Assert.Equal(CooperationJson.SerializeMunicipality(municipality), Encoding.UTF8.GetString(stream.ToArray()));
        stream.Position = 0;
        Assert.Equal(CooperationJson.SerializeMunicipality(municipality), CooperationJson.SerializeMunicipality(CooperationJson.ReadMunicipality(stream)));
    }
}
