using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Tests.Interop;

/// <summary>
/// The shared JSON reading helpers every reader uses: repeated properties and invalid text with their path, friendly
/// type names in serializer errors, byte-order mark and bare arrays, id parsing, dates, the vocabulary catalogue.
/// </summary>
public sealed class JsonReadingHelperTests
{
    private static JsonException CheckFails(byte[] utf8) =>
        Assert.Throws<JsonException>(() => DuplicatePropertyCheck.Check(utf8));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    // --- DuplicatePropertyCheck -------------------------------------------------------------------------------

    [Theory]
    [InlineData("{\"a\":1,\"a\":2}", "$.a", "a")]
    [InlineData("{\"a\":1,\"b\":{\"c\":1,\"c\":2}}", "$.b.c", "c")]
    [InlineData("{\"x\":[{\"c\":1},{\"c\":1,\"c\":2}]}", "$.x[1].c", "c")]
    [InlineData("[{\"c\":1},[],{\"d\":[1,{\"c\":1,\"c\":2}]}]", "$[2].d[1].c", "c")]
    public void A_repeated_property_is_named_with_its_path(string json, string path, string name)
    {
        var ex = CheckFails(Utf8(json));
        Assert.Equal(path, ex.Path);
        Assert.Equal($"{path}: the property '{name}' appears more than once in the same object.", ex.Message);
    }

    [Fact]
    public void The_same_name_in_sibling_objects_is_fine()
    {
        DuplicatePropertyCheck.Check(Utf8("{\"a\":{\"c\":1},\"b\":{\"c\":2},\"l\":[{\"c\":1},{\"c\":2}]}"));
    }

    [Fact]
    public void Invalid_utf8_in_a_string_value_is_refused_with_its_path()
    {
        byte[] json = Concat(Utf8("{\"a\":[\"ok\",\""), [0xFF, 0xFE], Utf8("\"]}"));
        var ex = CheckFails(json);
        Assert.Equal("$.a[1]", ex.Path);
        Assert.Equal("$.a[1]: a text is not valid Unicode (invalid UTF-8 bytes or an unpaired surrogate escape).", ex.Message);
    }

    [Fact]
    public void An_unpaired_surrogate_escape_in_a_value_is_refused_with_its_path()
    {
        var ex = CheckFails(Utf8("{\"a\":{\"b\":\"x\\ud800y\"}}"));
        Assert.Equal("$.a.b", ex.Path);
        Assert.Equal("$.a.b: a text is not valid Unicode (invalid UTF-8 bytes or an unpaired surrogate escape).", ex.Message);
    }

    [Fact]
    public void An_unpaired_surrogate_escape_in_a_property_name_is_refused()
    {
        var ex = CheckFails(Utf8("{\"a\":{\"\\udc00\":1}}"));
        Assert.Equal("$.a", ex.Path);
        Assert.EndsWith("a text is not valid Unicode (invalid UTF-8 bytes or an unpaired surrogate escape).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_escapes_and_non_ascii_text_pass()
    {
        DuplicatePropertyCheck.Check(Utf8("{\"a\":\"\\ud83d\\ude00 \\u00fc Grüße\",\"\\u00e4\":\"ä\",\"n\":12,\"t\":true,\"z\":null}"));
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_refused_by_a_public_reader()
    {
        var ex = Assert.Throws<JsonException>(() => SkosJsonLd.Read("{\"@context\":\"\\ud800\"}"));
        Assert.Equal("$.@context", ex.Path);
        Assert.Contains("not valid Unicode", ex.Message, StringComparison.Ordinal);
    }

    // --- JsonDocumentReader.FriendlyTypeNames -----------------------------------------------------------------

    [Theory]
    [InlineData("System.Nullable`1[System.Boolean]", "true or false")]
    [InlineData("System.Nullable`1[System.Double]", "a number")]
    [InlineData("System.Nullable`1[System.Int32]", "an integer")]
    [InlineData("System.Nullable`1[NodaTime.LocalDate]", "a date string yyyy-MM-dd")]
    [InlineData("System.Collections.Generic.List`1[System.String]", "an array of strings")]
    [InlineData("System.Boolean", "true or false")]
    [InlineData("System.Double", "a number")]
    [InlineData("System.Int32", "an integer")]
    [InlineData("System.String", "a string")]
    [InlineData("System.Collections.Generic.List`1[MoDomain.Interop.ObjectiveProfileDto]", "an array of objective profile objects")]
    [InlineData("System.Collections.Generic.List`1[MoDomain.Interop.ProfileDto]", "an array of profile objects")]
    [InlineData("MoDomain.Interop.ObjectiveProfileDto", "an objective profile object")]
    [InlineData("MoDomain.Interop.ProfileCollectionDto", "a profile collection object")]
    [InlineData("MoDomain.Interop.SkosDocument", "a skos document object")]
    [InlineData("MoDomain.Interop.EvidenceDto", "an evidence object")]
    [InlineData("MoDomain.Interop.Dto", "a  object")]
    public void Type_names_become_words(string typeName, string words)
    {
        Assert.Equal($"The JSON value could not be converted to {words}. Path: $.x", JsonDocumentReader.FriendlyTypeNames($"The JSON value could not be converted to {typeName}. Path: $.x"));
        Assert.Equal($"{words} expected", JsonDocumentReader.FriendlyTypeNames($"{typeName} expected"));
        Assert.Equal($"found {words}", JsonDocumentReader.FriendlyTypeNames($"found {typeName}"));
    }

    [Fact]
    public void Unknown_member_messages_name_the_contract()
    {
        Assert.Equal(
            "The JSON property 'x' could not be mapped to any known property of 'a profile object'.",
            JsonDocumentReader.FriendlyTypeNames("The JSON property 'x' could not be mapped to any .NET member contained in type 'MoDomain.Interop.ProfileDto'."));
    }

    [Fact]
    public void Several_type_names_in_one_message_are_all_replaced()
    {
        Assert.Equal(
            "an array of profile objects or a profile object or an objective profile object",
            JsonDocumentReader.FriendlyTypeNames("System.Collections.Generic.List`1[MoDomain.Interop.ProfileDto] or MoDomain.Interop.ProfileDto or MoDomain.Interop.ObjectiveProfileDto"));
    }

    [Fact]
    public void A_list_name_without_closing_bracket_keeps_what_follows()
    {
        Assert.Equal("an array of profile objects", JsonDocumentReader.FriendlyTypeNames("System.Collections.Generic.List`1[MoDomain.Interop.ProfileDto"));
        Assert.Equal("an array of profile objects.x]", JsonDocumentReader.FriendlyTypeNames("System.Collections.Generic.List`1[MoDomain.Interop.ProfileDto.x]"));
        Assert.Equal("an empty name: a  object", JsonDocumentReader.FriendlyTypeNames("an empty name: MoDomain.Interop."));
    }

    [Fact]
    public void Messages_without_type_names_are_unchanged()
    {
        const string Message = "'x' is not a valid date in the form yyyy-MM-dd.";
        Assert.Equal(Message, JsonDocumentReader.FriendlyTypeNames(Message));
    }

    [Fact]
    public void A_public_reader_error_names_the_contract_not_the_dto()
    {
        var ex = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfile("{\"schemaVersion\":\"two\"}"));
        Assert.Equal("$.schemaVersion", ex.Path);
        Assert.StartsWith("$.schemaVersion: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("an integer", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", ex.Message, StringComparison.Ordinal);
    }

    // --- JsonDocumentReader.ReadCollection --------------------------------------------------------------------

    [Fact]
    public void A_null_collection_document_is_refused_at_the_root()
    {
        var ex = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles("null"));
        Assert.Equal("$", ex.Path);
        Assert.Equal("$: expected a document with 'profiles' or an array but found null.", ex.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        Assert.Empty(MoDomainJson.ReadProfiles(new MemoryStream(Concat([0xEF, 0xBB, 0xBF], Utf8("[]")))));
        Assert.Empty(MoDomainJson.ReadProfiles(new MemoryStream(Concat([0xEF, 0xBB, 0xBF], Utf8("{\"schemaVersion\":2,\"profiles\":[]}")))));
        Assert.Empty(MoDomainJson.DeserializeProfiles("\uFEFF []"));
    }

    [Theory]
    [InlineData(" \t\r\n[]")]
    [InlineData("[]")]
    [InlineData("\n{\"profiles\":[]}")]
    public void Leading_white_space_before_an_array_or_document_is_allowed(string json)
    {
        Assert.Empty(MoDomainJson.DeserializeProfiles(json));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_a_json_error_at_the_root(string json)
    {
        var ex = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles(json));
        Assert.Equal("$", ex.Path);
    }

    // --- JsonIds ----------------------------------------------------------------------------------------------

    [Fact]
    public void A_missing_required_id_names_the_scheme_and_the_known_ids()
    {
        var scheme = DefinitionsVocabulary.LegalForms;
        var ex = Assert.Throws<JsonException>(() => JsonIds.ParseRequired(null, scheme, "$.legalForm"));
        Assert.Equal("$.legalForm", ex.Path);
        Assert.Equal($"$.legalForm: the required legal-forms id is missing; expected one of: {scheme.KnownIds()}.", ex.Message);
        Assert.Equal(LegalForm.Foundation, JsonIds.ParseRequired("foundation", scheme, "$.legalForm"));
    }

    [Fact]
    public void An_unknown_id_gets_a_hint_when_one_is_close()
    {
        var scheme = DefinitionsVocabulary.LegalForms;
        var ex = Assert.Throws<JsonException>(() => JsonIds.Parse("foundatio", scheme, "$.x"));
        Assert.Equal("$.x", ex.Path);
        Assert.Equal($"$.x: 'foundatio' is not a known legal-forms id; did you mean 'foundation'? expected one of: {scheme.KnownIds()}.", ex.Message);
    }

    [Fact]
    public void An_unknown_id_without_a_close_one_gets_no_hint()
    {
        var scheme = DefinitionsVocabulary.LegalForms;
        Assert.Equal(string.Empty, scheme.Suggest("zzqqxxw"));
        var ex = Assert.Throws<JsonException>(() => JsonIds.Parse("zzqqxxw", scheme, "$.x"));
        Assert.Equal($"$.x: 'zzqqxxw' is not a known legal-forms id; expected one of: {scheme.KnownIds()}.", ex.Message);
    }

    [Fact]
    public void Quoted_ids_are_shortened_after_40_characters()
    {
        string forty = new('q', 40);
        Assert.Equal(forty, JsonIds.Shorten(forty));
        Assert.Equal(forty + "…", JsonIds.Shorten(forty + "z"));
        Assert.Equal("short", JsonIds.Shorten("short"));
        var ex = Assert.Throws<JsonException>(() => JsonIds.Parse(forty + "zz", DefinitionsVocabulary.LegalForms, "$.x"));
        Assert.StartsWith($"$.x: '{forty}…' is not a known legal-forms id;", ex.Message, StringComparison.Ordinal);
    }

    // --- LocalDateJsonConverter -------------------------------------------------------------------------------

    private static JsonException DateError(string json)
    {
        var reader = new Utf8JsonReader(Utf8(json));
        reader.Read();
        try
        {
            new LocalDateJsonConverter().Read(ref reader, typeof(LocalDate), JsonSerializerOptions.Default);
        }
        catch (JsonException ex)
        {
            return ex;
        }
        throw new Xunit.Sdk.XunitException("expected a JsonException for " + json);
    }

    private static LocalDate ReadDate(string json)
    {
        var reader = new Utf8JsonReader(Utf8(json));
        reader.Read();
        return new LocalDateJsonConverter().Read(ref reader, typeof(LocalDate), JsonSerializerOptions.Default);
    }

    [Theory]
    [InlineData("20240101", "Number")]
    [InlineData("null", "Null")]
    [InlineData("true", "True")]
    [InlineData("{}", "StartObject")]
    public void A_date_must_be_a_string(string json, string token)
    {
        Assert.Equal($"Expected a date string in the form yyyy-MM-dd but found {token}.", DateError(json).Message);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("01.02.2024")]
    [InlineData("")]
    public void An_invalid_date_is_quoted(string text)
    {
        Assert.Equal($"'{text}' is not a valid date in the form yyyy-MM-dd.", DateError($"\"{text}\"").Message);
    }

    [Fact]
    public void A_long_invalid_date_is_quoted_up_to_40_characters()
    {
        string forty = new('9', 40);
        Assert.Equal($"'{forty}' is not a valid date in the form yyyy-MM-dd.", DateError($"\"{forty}\"").Message);
        Assert.Equal($"'{forty}…' is not a valid date in the form yyyy-MM-dd.", DateError($"\"{forty}12\"").Message);
    }

    [Fact]
    public void Dates_are_read_and_written_in_iso_form()
    {
        Assert.Equal(new LocalDate(2024, 2, 29), ReadDate("\"2024-02-29\""));
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new LocalDateJsonConverter().Write(writer, new LocalDate(2023, 1, 5), JsonSerializerOptions.Default);
        }
        Assert.Equal("\"2023-01-05\"", Encoding.UTF8.GetString(buffer.ToArray()));
        var ex = Assert.Throws<ArgumentNullException>(() => new LocalDateJsonConverter().Write(null!, new LocalDate(2023, 1, 5), JsonSerializerOptions.Default));
        Assert.Equal("writer", ex.ParamName);
    }

    // --- VocabularyCatalog and VocabularyJson -----------------------------------------------------------------

    [Fact]
    public void The_catalogue_finds_schemes_by_exact_id()
    {
        Assert.True(VocabularyCatalog.TryGet("legal-forms", out var scheme));
        Assert.Same(DefinitionsVocabulary.LegalForms.Scheme, scheme);
        Assert.False(VocabularyCatalog.TryGet("legal-form", out var none));
        Assert.Null(none);
        Assert.False(VocabularyCatalog.TryGet(null, out none));
        Assert.Null(none);
        Assert.Same(DefinitionsVocabulary.LegalForms.Scheme, VocabularyCatalog.Get("legal-forms"));
    }

    [Fact]
    public void Get_names_the_unknown_id_suggests_and_lists_the_known_ones()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => VocabularyCatalog.Get("legal-form"));
        string known = string.Join(", ", VocabularyCatalog.All.Select(s => s.Id));
        Assert.StartsWith("No vocabulary has the id 'legal-form'; did you mean 'legal-forms'", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith($" Known: {known}.", ex.Message, StringComparison.Ordinal);
        var none = Assert.Throws<ArgumentNullException>(() => VocabularyCatalog.Get(null!));
        Assert.Equal("id", none.ParamName);
    }

    [Fact]
    public void VocabularyJson_names_a_null_scheme()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => VocabularyJson.Write(null!));
        Assert.Equal("scheme", ex.ParamName);
    }

    [Fact]
    public void VocabularyJson_writes_every_field()
    {
        var scheme = SkosFixture.Scheme();
        using var doc = JsonDocument.Parse(VocabularyJson.Write(scheme));
        var root = doc.RootElement;
        Assert.Equal("s", root.GetProperty("id").GetString());
        Assert.Equal(SourceKeys.Model, root.GetProperty("source").GetString());
        var child = root.GetProperty("concepts")[1];
        Assert.Equal("child", child.GetProperty("id").GetString());
        Assert.Equal("A narrower concept.", child.GetProperty("description").GetString());
        Assert.Equal(SourceKeys.Model, child.GetProperty("source").GetString());
        Assert.Equal("Kind", child.GetProperty("label").GetProperty("de").GetString());
    }
}
