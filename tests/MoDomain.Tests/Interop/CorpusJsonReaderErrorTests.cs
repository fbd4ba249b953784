using System;
using System.Linq;
using System.Text.Json;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.SocialSecurity;

namespace MoDomain.Tests.Interop;

/// <summary>Every error branch of <see cref="CorpusJson"/>'s readers names its JSON path and says what is wrong.</summary>
public sealed class CorpusJsonReaderErrorTests
{
    private const string Codes = """[ { "id": "own:x", "label": { "en": "X", "de": "Ix" } } ]""";
    private const string Codings = """[ { "document": "d1", "start": 0, "end": 5, "code": "own:x", "coder": "c1" } ]""";

    private static string CorpusWithDocument(string document) =>
        $$"""{ "schemaVersion": 2, "codes": {{Codes}}, "documents": [ {{document}} ], "codings": [] }""";

    private static string CorpusWithCoding(string coding) =>
        $$"""{ "schemaVersion": 2, "codes": {{Codes}}, "documents": [ { "id": "d1", "text": "hello world" } ], "codings": [ {{coding}} ] }""";

    private static JsonException Fails(Func<object> read, string path, string words) => JsonFailure.Assert(() => read(), path, words);

    [Fact]
    public void A_minimal_corpus_reads()
    {
        var corpus = CorpusJson.Read(CorpusWithCoding("""{ "document": "d1", "start": 0, "end": 5, "code": "own:x", "coder": "c1" }"""));
        var coding = Assert.Single(corpus.Codings);
        Assert.Equal("own:x", coding.CodeId);
        Assert.Equal(5, coding.Segment.End);
    }

    [Fact]
    public void Null_arguments_are_refused_with_their_parameter_name()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CorpusJson.Read((string)null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CorpusJson.ReadCodebook((string)null!)).ParamName);
        Assert.Equal("codebook", Assert.Throws<ArgumentNullException>(() => CorpusJson.WriteCodebook(null!)).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => CorpusJson.WriteRecords(null!)).ParamName);
        var holdsNull = Assert.Throws<ArgumentException>(() => CorpusJson.WriteRecords([null!]));
        Assert.Equal("records", holdsNull.ParamName);
        Assert.Contains("null elements", holdsNull.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_document_root_is_refused_at_the_root()
    {
        Fails(() => CorpusJson.Read("null"), "$", "Expected a corpus object but found null.");
        Fails(() => CorpusJson.ReadCodebook("null"), "$", "Expected a codebook object but found null.");
    }

    [Fact]
    public void A_newer_codebook_schema_version_is_refused_at_its_path()
    {
        Fails(() => CorpusJson.ReadCodebook("""{ "schemaVersion": 3, "codes": [] }"""), "$.schemaVersion", "newer");
        Fails(() => CorpusJson.ReadCodebook("""{ "schemaVersion": 0, "codes": [] }"""), "$.schemaVersion", "not a valid version");
    }

    [Fact]
    public void Null_items_are_refused_at_their_index()
    {
        Fails(() => CorpusJson.Read($$"""{ "codes": {{Codes}}, "documents": [ null ], "codings": [] }"""), "$.documents[0]", "A document must not be null.");
        Fails(() => CorpusJson.Read(CorpusWithCoding("null")), "$.codings[0]", "A coding must not be null.");
        Fails(() => CorpusJson.ReadCodebook("""{ "codes": [ { "id": "own:x", "label": { "en": "X", "de": "X" } }, null ] }"""), "$.codes[1]", "A code must not be null.");
        Fails(() => CorpusJson.Read(CorpusWithDocument("""{ "id": "d1", "text": "t", "variables": [ null ] }""")), "$.documents[0].variables[0]", "A variable must not be null.");
    }

    [Theory]
    [InlineData("""{ "start": 0, "end": 5, "code": "own:x", "coder": "c1" }""", "$.codings[0].document")]
    [InlineData("""{ "document": "d1", "end": 5, "code": "own:x", "coder": "c1" }""", "$.codings[0].start")]
    [InlineData("""{ "document": "d1", "start": 0, "code": "own:x", "coder": "c1" }""", "$.codings[0].end")]
    [InlineData("""{ "document": "d1", "start": 0, "end": 5, "coder": "c1" }""", "$.codings[0].code")]
    [InlineData("""{ "document": "d1", "start": 0, "end": 5, "code": "own:x" }""", "$.codings[0].coder")]
    public void A_missing_coding_property_is_named(string coding, string path)
    {
        Fails(() => CorpusJson.Read(CorpusWithCoding(coding)), path, "The property is required.");
    }

    [Theory]
    [InlineData("""{ "text": "t" }""", "$.documents[0].id")]
    [InlineData("""{ "id": "d1" }""", "$.documents[0].text")]
    [InlineData("""{ "id": "d1", "text": "t", "variables": [ { "name": "n", "value": "v" } ] }""", "$.documents[0].variables[0].kind")]
    [InlineData("""{ "id": "d1", "text": "t", "variables": [ { "kind": "text", "value": "v" } ] }""", "$.documents[0].variables[0].name")]
    [InlineData("""{ "id": "d1", "text": "t", "variables": [ { "name": "n", "kind": "text" } ] }""", "$.documents[0].variables[0].value")]
    public void A_missing_document_property_is_named(string document, string path)
    {
        Fails(() => CorpusJson.Read(CorpusWithDocument(document)), path, "The property is required.");
    }

    [Fact]
    public void Missing_top_level_arrays_and_code_parts_are_named()
    {
        Fails(() => CorpusJson.Read($$"""{ "codes": {{Codes}}, "codings": [] }"""), "$.documents", "The property is required.");
        Fails(() => CorpusJson.Read($$"""{ "codes": {{Codes}}, "documents": [] }"""), "$.codings", "The property is required.");
        Fails(() => CorpusJson.ReadCodebook("""{ }"""), "$.codes", "The property is required.");
        Fails(() => CorpusJson.ReadCodebook("""{ "codes": [ { "id": "own:x" } ] }"""), "$.codes[0].label", "The property is required.");
        Fails(() => CorpusJson.ReadCodebook("""{ "codes": [ { "label": { "en": "X", "de": "X" } } ] }"""), "$.codes[0].id", "The property is required.");
    }

    [Fact]
    public void An_unknown_administrative_role_is_named_at_its_path()
    {
        var ex = Fails(() => CorpusJson.Read(CorpusWithDocument("""{ "id": "d1", "text": "t", "perspective": "public-administration", "administrativeRole": "mayorr" }""")),
            "$.documents[0].administrativeRole", "mayorr");
        Assert.Contains("$.documents[0].administrativeRole", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_interview_date_is_named_with_the_expected_form()
    {
        Fails(() => CorpusJson.Read(CorpusWithDocument("""{ "id": "d1", "text": "t", "interviewDate": "2024-13-01" }""")),
            "$.documents[0].interviewDate", "'2024-13-01' is not a valid date in the form yyyy-MM-dd.");
    }

    [Fact]
    public void A_valid_interview_date_is_read()
    {
        var corpus = CorpusJson.Read(CorpusWithDocument("""{ "id": "d1", "text": "t", "interviewDate": "2024-02-29" }"""));
        Assert.Equal(new NodaTime.LocalDate(2024, 2, 29), corpus.Documents[0].Attributes.InterviewDate.Value);
    }

    [Fact]
    public void An_unknown_variable_kind_lists_the_kinds()
    {
        Fails(() => CorpusJson.Read(CorpusWithDocument("""{ "id": "d1", "text": "t", "variables": [ { "name": "n", "kind": "integer", "value": "1" } ] }""")),
            "$.documents[0].variables[0].kind", "'integer' is not a variable kind (text, number, boolean, date).");
    }

    [Theory]
    [InlineData("number", "abc", "'abc' is not a number")]
    [InlineData("boolean", "yes", "'yes' is not a boolean")]
    [InlineData("date", "2024-02-30", "'2024-02-30' is not a date")]
    public void A_value_that_does_not_fit_its_kind_is_named_at_value(string kind, string value, string words)
    {
        Fails(() => CorpusJson.Read(CorpusWithDocument($$"""{ "id": "d1", "text": "t", "variables": [ { "name": "n", "kind": "{{kind}}", "value": "{{value}}" } ] }""")),
            "$.documents[0].variables[0].value", words);
    }

    [Fact]
    public void The_second_variable_is_named_by_its_own_index()
    {
        Fails(() => CorpusJson.Read(CorpusWithDocument("""{ "id": "d1", "text": "t", "variables": [ { "name": "a", "kind": "text", "value": "v" }, { "name": "b", "kind": "number", "value": "x" } ] }""")),
            "$.documents[0].variables[1].value", "'x' is not a number");
    }

    [Fact]
    public void Every_variable_kind_is_read_as_that_kind()
    {
        var corpus = CorpusJson.Read(CorpusWithDocument("""
            { "id": "d1", "text": "t", "variables": [
              { "name": "t", "kind": "text", "value": "true" },
              { "name": "n", "kind": "number", "value": "12.5" },
              { "name": "b", "kind": "boolean", "value": "true" },
              { "name": "d", "kind": "date", "value": "2024-01-02" } ] }
            """));
        var v = corpus.Documents[0].Attributes.Variables;
        Assert.Equal(VariableValue.Text("true"), v["t"]);
        Assert.Equal(VariableValue.Number(12.5m), v["n"]);
        Assert.Equal(VariableValue.Boolean(true), v["b"]);
        Assert.Equal(VariableValue.Date(new NodaTime.LocalDate(2024, 1, 2)), v["d"]);
        Assert.Equal(VariableKind.Text, v["t"].Kind);
        Assert.Equal(VariableKind.Boolean, v["b"].Kind);
        Assert.Equal(VariableKind.Date, v["d"].Kind);
    }

    [Fact]
    public void A_code_without_codable_is_codable_and_false_is_kept()
    {
        var book = CorpusJson.ReadCodebook("""{ "codes": [ { "id": "own:x", "label": { "en": "X", "de": "X" } }, { "id": "own:y", "label": { "en": "Y", "de": "Y" }, "codable": false } ] }""");
        Assert.True(book.Codes.Single(c => c.Id == "own:x").IsCodable);
        Assert.False(book.Codes.Single(c => c.Id == "own:y").IsCodable);
    }

    [Fact]
    public void A_wrong_guid_names_the_id_and_the_expected_guid()
    {
        string expected = JsonDocument.Parse(CorpusJson.WriteCodebook(Codebook.Empty.With(new Code("own:x", new MoDomain.Vocabulary.LocalizedText("X", "X")))))
            .RootElement.GetProperty("codes")[0].GetProperty("guid").GetString()!;
        var ex = Fails(() => CorpusJson.ReadCodebook("""{ "codes": [ { "id": "own:x", "guid": "not-a-guid", "label": { "en": "X", "de": "X" } } ] }"""),
            "$.codes[0].guid", "The guid 'not-a-guid' does not match the id 'own:x'");
        Assert.Contains("(expected " + expected + "); code GUIDs are derived from ids.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matching_guid_is_accepted()
    {
        string json = CorpusJson.WriteCodebook(Codebook.Empty.With(new Code("own:x", new MoDomain.Vocabulary.LocalizedText("X", "X"))));
        Assert.Equal("own:x", Assert.Single(CorpusJson.ReadCodebook(json).Codes).Id);
    }

    [Fact]
    public void Perspective_and_role_are_read_into_the_attributes()
    {
        var corpus = CorpusJson.Read(CorpusWithDocument("""{ "id": "d1", "text": "t", "perspective": "public-administration" }"""));
        Assert.Equal(Perspective.PublicAdministration, corpus.Documents[0].Attributes.Perspective.Value);
        Assert.False(corpus.Documents[0].Attributes.AdministrativeRole.IsKnown);
    }
}
