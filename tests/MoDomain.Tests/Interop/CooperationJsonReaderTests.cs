using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using MoDomain.Cooperation;
using MoDomain.Interop;
using NodaTime;

namespace MoDomain.Tests.Interop;

/// <summary>Cooperation reading: argument checks and every error branch with its JSON path.</summary>
public sealed class CooperationJsonReaderTests
{
    private const string Record = """{ "id": "r1", "title": "T", "mos": ["mo"], "partners": [ { "name": "Amt", "kind": "kita" } ], "level": "project", "form": "joint", "topics": ["sport"], "start": "2024-01-01", "end": "2024-12-31" }""";

    private const string Municipality = """{ "name": "M", "records": [ """ + Record + " ] }";

    private static string RecordWith(Action<JsonObject> edit) =>
        JsonFailure.Edit(Municipality, o => o["records"] = new JsonArray(JsonNode.Parse(JsonFailure.Edit(Record, edit))));

    private static void RecordFails(Action<JsonObject> edit, string path, params string[] fragments) =>
        JsonFailure.Assert(() => CooperationJson.DeserializeMunicipality(RecordWith(edit)), "$.records[0]" + path, fragments);

    private static string SetUp(string setUp) => JsonFailure.Edit(Municipality, o => o["setUp"] = JsonNode.Parse(setUp));

    [Fact]
    public void Null_arguments_are_refused_naming_the_parameter()
    {
        var municipality = CooperationJson.DeserializeMunicipality(Municipality);
        Assert.Equal("municipality", Assert.Throws<ArgumentNullException>(() => CooperationJson.SerializeMunicipality(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CooperationJson.DeserializeMunicipality(null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => CooperationJson.ReadMunicipality(null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => CooperationJson.WriteMunicipality(municipality, null!)).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => CooperationJson.SerializeRecords(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CooperationJson.DeserializeRecords(null!)).ParamName);
        var element = Assert.Throws<ArgumentException>(() => CooperationJson.SerializeRecords([municipality.Records[0], null!]));
        Assert.Equal("records", element.ParamName);
        Assert.Contains("null elements", element.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_read_from_a_stream_name_the_path_from_the_root()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(JsonFailure.Edit(Municipality, o => o["name"] = " ")));
        JsonFailure.Assert(() => CooperationJson.ReadMunicipality(stream), "$.name", "the required property 'name' is missing or blank.");
    }

    [Fact]
    public void Municipality_errors_name_the_path()
    {
        JsonFailure.Assert(() => CooperationJson.DeserializeMunicipality("null"), "$", "expected a municipality object but found null.");
        JsonFailure.Assert(() => CooperationJson.DeserializeMunicipality(JsonFailure.Edit(Municipality, o => o["schemaVersion"] = 3)), "$.schemaVersion", "schemaVersion 3 is newer");
        JsonFailure.Assert(() => CooperationJson.DeserializeMunicipality(JsonFailure.Edit(Municipality, o => o.Remove("name"))), "$.name", "the required property 'name' is missing or blank.");
        JsonFailure.Assert(
            () => CooperationJson.DeserializeMunicipality(JsonFailure.Edit(Municipality, o => o.Remove("records"))),
            "$.records",
            "the required property 'records' is missing; write [] for a municipality without records.");
        JsonFailure.Assert(
            () => CooperationJson.DeserializeMunicipality(JsonFailure.Edit(Municipality, o => o["records"] = JsonNode.Parse("[" + Record + "," + Record + "]"))),
            "$.records[1].id",
            "the record id 'r1' is used twice.");
        JsonFailure.Assert(
            () => CooperationJson.DeserializeMunicipality(JsonFailure.Edit(Municipality, o => o["records"] = JsonNode.Parse("[null]"))),
            "$.records[0]",
            "expected a cooperation record object but found null.");
        Assert.Empty(CooperationJson.DeserializeMunicipality("""{"name":"M","records":[]}""").Records);
    }

    [Fact]
    public void Absent_set_up_properties_read_as_unknown_and_given_ones_as_known()
    {
        var partial = CooperationJson.DeserializeMunicipality(SetUp("""{"hasConcept":false}""")).SetUp;
        Assert.False(partial.HasConcept.Value);
        Assert.False(partial.HasJobDescription.IsKnown);
        Assert.False(partial.StaffShare.IsKnown);
        Assert.False(partial.BudgetShare.IsKnown);
        Assert.False(partial.RoomProvision.IsKnown);
        Assert.False(partial.QualificationOffers.IsKnown);

        var full = CooperationJson.DeserializeMunicipality(SetUp(
            """{"hasConcept":true,"hasJobDescription":false,"staffShare":"11-to-25-percent","budgetShare":"over-25-percent","roomProvision":[],"qualificationOffers":["house-of-resources"]}""")).SetUp;
        Assert.True(full.HasConcept.Value);
        Assert.False(full.HasJobDescription.Value);
        Assert.Equal("11-to-25-percent", CooperationVocabulary.ShareBands.IdOf(full.StaffShare.Value));
        Assert.Equal("over-25-percent", CooperationVocabulary.ShareBands.IdOf(full.BudgetShare.Value));
        Assert.True(full.RoomProvision.Value.IsEmpty);
        Assert.Equal(["house-of-resources"], full.QualificationOffers.Value.Select(q => MoDomain.Funding.FundingVocabulary.QualificationWays.IdOf(q)).ToArray());
    }

    [Theory]
    [InlineData("""{"staffShare":"half"}""", "$.setUp.staffShare")]
    [InlineData("""{"budgetShare":"half"}""", "$.setUp.budgetShare")]
    [InlineData("""{"roomProvision":["half"]}""", "$.setUp.roomProvision[0]")]
    [InlineData("""{"qualificationOffers":["half"]}""", "$.setUp.qualificationOffers[0]")]
    public void Unknown_set_up_ids_name_their_property(string setUp, string path)
    {
        JsonFailure.Assert(() => CooperationJson.DeserializeMunicipality(SetUp(setUp)), path, "'half' is not a known");
    }

    [Fact]
    public void Record_ids_and_titles_are_checked()
    {
        RecordFails(o => o.Remove("id"), ".id", "the required property 'id' is missing.");
        RecordFails(o => o["id"] = "R 1", ".id", "'R 1' is not a valid id: use lower-case letters and digits separated by single hyphens.");
        RecordFails(o => o.Remove("title"), ".title", "the required property 'title' is missing or blank.");
        RecordFails(o => o["title"] = "", ".title", "the required property 'title' is missing or blank.");
    }

    [Theory]
    [InlineData("mos")]
    [InlineData("partners")]
    [InlineData("topics")]
    public void Required_lists_name_the_missing_property(string name)
    {
        RecordFails(o => o.Remove(name), "." + name, "the required property '" + name + "' is missing.");
    }

    [Fact]
    public void Mo_keys_and_partners_are_checked_entry_by_entry()
    {
        RecordFails(o => o["mos"] = JsonNode.Parse("""["mo"," "]"""), ".mos[1]", "an MO key must be a non-blank string.");
        RecordFails(o => o["partners"] = JsonNode.Parse("[null]"), ".partners[0]", "expected a partner object but found null.");
        RecordFails(o => o["partners"] = JsonNode.Parse("""[{"name":"","kind":"kita"}]"""), ".partners[0].name", "the required property 'name' is missing or blank.");
        RecordFails(o => o["partners"] = JsonNode.Parse("""[{"kind":"kita"}]"""), ".partners[0].name", "the required property 'name' is missing or blank.");
        RecordFails(
            o => o["partners"] = JsonNode.Parse("""[{"name":"Amt","kind":"kita"},{"name":"Amt","kind":"kita"}]"""),
            ".partners[1]",
            "the partner 'Amt' is listed twice.");
    }

    [Fact]
    public void Unknown_form_initiator_and_role_ids_name_their_property()
    {
        RecordFails(o => o["form"] = "jont", ".form", "'jont' is not a known");
        RecordFails(o => o["initiator"] = "mayor", ".initiator", "'mayor' is not a known");
        RecordFails(o => o["roles"] = JsonNode.Parse("""["expert","boss"]"""), ".roles[1]", "'boss' is not a known");
    }

    [Theory]
    [InlineData("start")]
    [InlineData("end")]
    public void A_single_date_with_a_start_or_an_end_is_refused(string other)
    {
        RecordFails(
            o => { o.Remove("start"); o.Remove("end"); o["date"] = "2024-01-01"; o[other] = "2024-01-01"; },
            ".date",
            "give either 'date' or 'start' and 'end', not both.");
    }

    [Fact]
    public void A_period_needs_both_ends_and_names_the_missing_one()
    {
        RecordFails(o => o.Remove("start"), ".start", "a record needs 'date', or 'start' and 'end'.");
        RecordFails(o => o.Remove("end"), ".end", "a record needs 'date', or 'start' and 'end'.");
        RecordFails(o => { o.Remove("start"); o.Remove("end"); }, ".start", "a record needs 'date', or 'start' and 'end'.");
        RecordFails(o => o["end"] = "2023-12-31", ".end", "the end lies before the start.");
    }

    [Fact]
    public void A_period_may_start_and_end_on_the_same_day()
    {
        var record = Assert.Single(CooperationJson.DeserializeMunicipality(RecordWith(o => o["end"] = "2024-01-01")).Records);
        Assert.False(record.Period.IsSingleDate);
        Assert.Equal(new LocalDate(2024, 1, 1), record.Period.Start);
        Assert.Equal(new LocalDate(2024, 1, 1), record.Period.End);
    }

    [Fact]
    public void Record_collections_refuse_repeated_ids_and_a_null_document()
    {
        JsonFailure.Assert(() => CooperationJson.DeserializeRecords("[" + Record + "," + Record + "]"), "$", "the record id 'r1' is used twice.");
        JsonFailure.Assert(() => CooperationJson.DeserializeRecords("null"), "$", "expected a document with 'cooperationRecords' or an array but found null.");
        JsonFailure.Assert(() => CooperationJson.DeserializeRecords("""{"cooperationRecords":[null]}"""), "$.cooperationRecords[0]", "expected a cooperation record object but found null.");
    }
}
