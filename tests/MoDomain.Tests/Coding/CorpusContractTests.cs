using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Coding;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Tests.Coding;

/// <summary>Argument checks, messages and boundaries of <see cref="Corpus"/>, <see cref="Codebook"/> and the small
/// coding value types.</summary>
public sealed class CorpusContractTests
{
    private static readonly string Homemaking = StandardCodes.Function(SocialSecurityFunction.Homemaking);
    private static readonly string Service = StandardCodes.Function(SocialSecurityFunction.Service);

    private static Corpus OneDocument(string text = "Hier fühle ich mich zuhause.") =>
        Corpus.Create(Codebook.Standard).AddDocument("d1", text);

    [Fact]
    public void Document_lookup_checks_null_and_explains_unknown_ids()
    {
        var corpus = OneDocument();
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => corpus.Document(null!)).ParamName);
        var far = Assert.Throws<KeyNotFoundException>(() => corpus.Document("zzzzzzzz"));
        Assert.Equal("The corpus has no document 'zzzzzzzz'.", far.Message);
        var near = Assert.Throws<KeyNotFoundException>(() => corpus.Document("d2"));
        Assert.Equal("The corpus has no document 'd2'; did you mean 'd1'?", near.Message);
    }

    [Fact]
    public void AddDocument_rejects_null_and_duplicate_ids_with_the_id_in_the_message()
    {
        var corpus = OneDocument();
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => corpus.AddDocument((CorpusDocument)null!)).ParamName);
        var dup = Assert.Throws<ArgumentException>(() => corpus.AddDocument("d1", "other"));
        Assert.Equal("document", dup.ParamName);
        Assert.Contains("already has a document 'd1'", dup.Message, StringComparison.Ordinal);
        Assert.Single(corpus.Documents);
    }

    [Fact]
    public void Add_rejects_null_grouping_codes_and_repeated_codings_with_clear_messages()
    {
        var corpus = OneDocument().Code("d1", 0, 4, Homemaking, "coder-a");
        Assert.Equal("coding", Assert.Throws<ArgumentNullException>(() => corpus.Add(null!)).ParamName);
        var grouping = Assert.Throws<ArgumentException>(() => corpus.Code("d1", 0, 4, StandardCodes.Functions, "coder-a"));
        Assert.Equal("coding", grouping.ParamName);
        Assert.Contains("'functions' groups other codes", grouping.Message, StringComparison.Ordinal);
        var dup = Assert.Throws<ArgumentException>(() => corpus.Code("d1", 0, 4, Homemaking, "coder-a"));
        Assert.Equal("coding", dup.ParamName);
        Assert.Contains("'coder-a' already coded d1#0-4 with '" + Homemaking + "'", dup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplaceDocument_checks_that_existing_codings_still_fit()
    {
        var corpus = OneDocument().Code("d1", 5, 10, Homemaking, "a");
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => corpus.ReplaceDocument(null!)).ParamName);
        var shorter = Assert.Throws<ArgumentException>(() => corpus.ReplaceDocument(new CorpusDocument("d1", "Hier")));
        Assert.Equal("document", shorter.ParamName);
        Assert.Contains("[5, 10) lies beyond the end of document 'd1' (4 characters)", shorter.Message, StringComparison.Ordinal);
        var replaced = corpus.ReplaceDocument(new CorpusDocument("d1", "0123456789", title: "neu"));
        Assert.Equal("56789", replaced.TextOf(replaced.Codings[0].Segment));
    }

    [Fact]
    public void Find_checks_the_quote_and_the_occurrence()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d", "ja ja ja");
        Assert.Equal("quote", Assert.Throws<ArgumentNullException>(() => corpus.Find("d", null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => corpus.Find("d", string.Empty));
        Assert.Equal("quote", empty.ParamName);
        Assert.Contains("The quote is empty.", empty.Message, StringComparison.Ordinal);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Find("d", "ja", 0));
        Assert.Equal("occurrence", zero.ParamName);
        Assert.Equal(0, zero.ActualValue);
        Assert.Contains("Occurrences count from 1.", zero.Message, StringComparison.Ordinal);
        var ambiguous = Assert.Throws<ArgumentException>(() => corpus.Find("d", "ja"));
        Assert.Equal("Document 'd' contains the passage \"ja\" 3 times (at characters 0, 3, 6); pass occurrence 1 to 3 to choose one, or quote a longer passage. (Parameter 'quote')", ambiguous.Message);
        Assert.Equal(new TextSegment("d", 0, 2), corpus.Find("d", "ja", 1));
        Assert.Equal(new TextSegment("d", 6, 8), corpus.Find("d", "ja", 3));
    }

    [Fact]
    public void Find_names_the_missing_passage_and_the_wanted_count()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d", "ja ja ja");
        var once = Assert.Throws<ArgumentException>(() => corpus.Find("d", "nein"));
        Assert.Equal("quote", once.ParamName);
        Assert.StartsWith("Document 'd' does not contain the passage \"nein\".", once.Message, StringComparison.Ordinal);
        var four = Assert.Throws<ArgumentException>(() => corpus.Find("d", "ja", 4));
        Assert.StartsWith("Document 'd' does not contain the passage \"ja\" 4 times.", four.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_shortens_long_quotes_in_messages_after_40_characters()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d", "kurz");
        string forty = new string('a', 40);
        var exact = Assert.Throws<ArgumentException>(() => corpus.Find("d", forty));
        Assert.Contains("\"" + forty + "\".", exact.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("…", exact.Message, StringComparison.Ordinal);
        var longer = Assert.Throws<ArgumentException>(() => corpus.Find("d", forty + "bcd"));
        Assert.Contains("\"" + forty + "…\".", longer.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bcd", longer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextOf_rejects_segments_beyond_the_text()
    {
        var corpus = OneDocument("abc");
        var beyond = Assert.Throws<ArgumentException>(() => corpus.TextOf(new TextSegment("d1", 1, 4)));
        Assert.Equal("segment", beyond.ParamName);
        Assert.Equal("bc", corpus.TextOf(new TextSegment("d1", 1, 3)));
    }

    [Fact]
    public void WithCodebook_and_Pseudonymise_check_their_arguments()
    {
        var corpus = OneDocument().Code("d1", 0, 4, Homemaking, "a");
        Assert.Equal("codebook", Assert.Throws<ArgumentNullException>(() => corpus.WithCodebook(null!)).ParamName);
        var missing = Assert.Throws<ArgumentException>(() => corpus.WithCodebook(Codebook.Empty.WithCode("other", "Other", "Andere")));
        Assert.Equal("codebook", missing.ParamName);
        Assert.Contains("Code '" + Homemaking + "' is used by a coding", missing.Message, StringComparison.Ordinal);
        Assert.Equal("pseudonymiser", Assert.Throws<ArgumentNullException>(() => corpus.Pseudonymise(null!)).ParamName);
    }

    [Fact]
    public void Codebook_checks_arguments_and_explains_unknown_codes()
    {
        var book = Codebook.Empty.WithCode("topic", "Topic", "Thema").WithCode("topic:a", "A", "A", "topic");
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => book[null!]).ParamName);
        Assert.Equal("The codebook has no code 'zzz:qqq'.", Assert.Throws<KeyNotFoundException>(() => book["zzz:qqq"]).Message);
        Assert.Equal("The codebook has no code 'topic:b'; did you mean 'topic:a' or 'topic'?", Assert.Throws<KeyNotFoundException>(() => book["topic:b"]).Message);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => book.IsWithin(null!, "topic")).ParamName);
        Assert.Equal("ancestorId", Assert.Throws<ArgumentNullException>(() => book.IsWithin("topic:a", null!)).ParamName);
        Assert.True(book.IsWithin("topic:a", "topic"));
        Assert.Equal(1, book.DepthOf("topic:a"));
        Assert.Equal(0, book.DepthOf("topic"));
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => book.With(null!)).ParamName);
        var dup = Assert.Throws<ArgumentException>(() => book.WithCode("topic", "T", "T"));
        Assert.Equal("code", dup.ParamName);
        Assert.Contains("already has a code 'topic'", dup.Message, StringComparison.Ordinal);
        var orphan = Assert.Throws<ArgumentException>(() => book.WithCode("x:y", "Y", "Y", "x"));
        Assert.Equal("code", orphan.ParamName);
        Assert.Contains("The parent 'x' of code 'x:y' is not in the codebook", orphan.Message, StringComparison.Ordinal);
        Assert.Equal("codes", Assert.Throws<ArgumentException>(() => Codebook.Of([new Code("a", new MoDomain.Vocabulary.LocalizedText("A", "A")), null!])).ParamName);
    }

    [Fact]
    public void Code_normalises_blank_descriptions_and_checks_parent_and_colour()
    {
        Assert.Null(new Code("a", new MoDomain.Vocabulary.LocalizedText("A", "A"), description: "  ").Description);
        Assert.Equal("d", new Code("a", new MoDomain.Vocabulary.LocalizedText("A", "A"), description: "d").Description);
        var badParent = Assert.Throws<ArgumentException>(() => new Code("a", new MoDomain.Vocabulary.LocalizedText("A", "A"), parentId: "Not Valid"));
        Assert.Equal("parentId", badParent.ParamName);
        Assert.Contains("'Not Valid' is not a valid code id", badParent.Message, StringComparison.Ordinal);
        var self = Assert.Throws<ArgumentException>(() => new Code("a", new MoDomain.Vocabulary.LocalizedText("A", "A"), parentId: "a"));
        Assert.Equal("parentId", self.ParamName);
        Assert.Contains("Code 'a' cannot be its own parent.", self.Message, StringComparison.Ordinal);
        var colour = Assert.Throws<ArgumentException>(() => new Code("a", new MoDomain.Vocabulary.LocalizedText("A", "A"), colour: "red"));
        Assert.Equal("colour", colour.ParamName);
        Assert.Contains("'red' is not a colour of the form #RRGGBB.", colour.Message, StringComparison.Ordinal);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Code(null!, new MoDomain.Vocabulary.LocalizedText("A", "A"))).ParamName);
        var bad = Assert.Throws<ArgumentException>(() => CodeIds.Check("A B"));
        Assert.Contains("'A B' is not a valid code id", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CorpusDocument_normalises_titles_and_checks_ids()
    {
        Assert.Null(new CorpusDocument("d", "t", title: " ").Title);
        Assert.Equal("T", new CorpusDocument("d", "t", title: "T").Title);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new CorpusDocument(" ", "t")).ParamName);
        var control = Assert.Throws<ArgumentException>(() => new CorpusDocument("a\tb", "t"));
        Assert.Equal("id", control.ParamName);
        Assert.Contains("holds a control character", control.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SegmentCoding_rejects_a_null_segment_and_drops_blank_memos()
    {
        // TextSegment is a class since 2.0: there is no uninitialised segment, only null.
        Assert.Equal("segment", Assert.Throws<ArgumentNullException>(() => new SegmentCoding(null!, "a", "c")).ParamName);
        Assert.Null(new SegmentCoding(new TextSegment("d", 0, 1), "a", "c", " ").Memo);
        Assert.Equal("m", new SegmentCoding(new TextSegment("d", 0, 1), "a", "c", "m").Memo);
    }

    [Fact]
    public void TextSegment_messages_tell_empty_from_reversed_and_adjacent_segments_do_not_overlap()
    {
        var before = Assert.Throws<ArgumentOutOfRangeException>(() => new TextSegment("d", -1, 2));
        Assert.Equal("start", before.ParamName);
        Assert.Contains("cannot start before the first character (0)", before.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentOutOfRangeException>(() => new TextSegment("d", 3, 3));
        Assert.Equal("end", empty.ParamName);
        Assert.Contains("The segment [3, 3) is empty", empty.Message, StringComparison.Ordinal);
        var reversed = Assert.Throws<ArgumentOutOfRangeException>(() => new TextSegment("d", 5, 2));
        Assert.Contains("The segment [5, 2) is reversed", reversed.Message, StringComparison.Ordinal);
        var a = new TextSegment("d", 0, 3);
        Assert.False(a.Overlaps(new TextSegment("d", 3, 5)));
        Assert.False(new TextSegment("d", 3, 5).Overlaps(a));
        Assert.True(a.Overlaps(new TextSegment("d", 2, 5)));
        Assert.False(a.Overlaps(new TextSegment("e", 0, 3)));
    }

    [Fact]
    public void DocumentAttributes_check_enums_roles_and_variables()
    {
        Assert.Equal("perspective", Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentAttributes((Perspective)9)).ParamName);
        Assert.Equal("administrativeRole", Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentAttributes(administrativeRole: (AdministrativeRole)9)).ParamName);
        var role = Assert.Throws<ArgumentException>(() => new DocumentAttributes(Perspective.WelfareAssociation, AdministrativeRole.EmploymentAgency));
        Assert.Equal("administrativeRole", role.ParamName);
        Assert.Contains("public-administration perspective", role.Message, StringComparison.Ordinal);
        var blank = Assert.Throws<ArgumentException>(() => new DocumentAttributes(variables: [new KeyValuePair<string, VariableValue>(" ", VariableValue.Text("x"))]));
        Assert.Equal("variables", blank.ParamName);
        var reserved = Assert.Throws<ArgumentException>(() => new DocumentAttributes(variables: [new KeyValuePair<string, VariableValue>("speaker-name", VariableValue.Text("x"))]));
        Assert.Equal("variables", reserved.ParamName);
        Assert.Contains("'speaker-name' is reserved", reserved.Message, StringComparison.Ordinal);
        var noValue = Assert.Throws<ArgumentException>(() => new DocumentAttributes(variables: [new KeyValuePair<string, VariableValue>("size", null!)]));
        Assert.Equal("variables", noValue.ParamName);
        Assert.Contains("Variable 'size' has no value.", noValue.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => new DocumentAttributes(variables: [new KeyValuePair<string, VariableValue>("size", VariableValue.Number(1m)), new KeyValuePair<string, VariableValue>("size", VariableValue.Number(2m))]));
        Assert.Contains("Variable 'size' is given twice.", twice.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => DocumentAttributes.None.WithVariable(" ", VariableValue.Text("x"))).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => DocumentAttributes.None.WithVariable("size", null!)).ParamName);
    }

    [Fact]
    public void VariableValue_parses_booleans_and_explains_bad_text()
    {
        foreach (var s in new[] { "true", "True", "TRUE" })
        {
            Assert.True(VariableValue.Parse(VariableKind.Boolean, s).AsBoolean);
        }
        foreach (var s in new[] { "false", "False", "FALSE" })
        {
            Assert.False(VariableValue.Parse(VariableKind.Boolean, s).AsBoolean);
        }
        Assert.Equal("true", VariableValue.Boolean(true).ToString());
        Assert.Equal("false", VariableValue.Boolean(false).ToString());
        Assert.NotEqual(VariableValue.Boolean(true), VariableValue.Boolean(false));
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => VariableValue.Parse(VariableKind.Text, null!)).ParamName);
        Assert.Contains("'1,5' is not a number (use a dot", Assert.Throws<FormatException>(() => VariableValue.Parse(VariableKind.Number, "1,5")).Message, StringComparison.Ordinal);
        Assert.Contains("'yes' is not a boolean", Assert.Throws<FormatException>(() => VariableValue.Parse(VariableKind.Boolean, "yes")).Message, StringComparison.Ordinal);
        Assert.Contains("'2024-13-01' is not a date of the form yyyy-MM-dd.", Assert.Throws<FormatException>(() => VariableValue.Parse(VariableKind.Date, "2024-13-01")).Message, StringComparison.Ordinal);
        Assert.Equal("The value is Text, not Number.", Assert.Throws<InvalidOperationException>(() => VariableValue.Text("x").AsNumber).Message);
        Assert.Equal("The value is Number, not Date.", Assert.Throws<InvalidOperationException>(() => VariableValue.Number(1m).AsDate).Message);
    }

    [Fact]
    public void Pseudonymiser_needs_sixteen_key_bytes_and_hides_the_key()
    {
        _ = new Pseudonymiser(new byte[16]);
        var shortKey = Assert.Throws<ArgumentException>(() => new Pseudonymiser(new byte[15]));
        Assert.Equal("key", shortKey.ParamName);
        Assert.Contains("at least 16 bytes", shortKey.Message, StringComparison.Ordinal);
        var p = new Pseudonymiser(new byte[16]);
        Assert.Equal("identifier", Assert.Throws<ArgumentException>(() => p.Pseudonymise(" ")).ParamName);
        Assert.Equal("Pseudonymiser (HMAC-SHA256, key not shown)", p.ToString());
    }

    [Fact]
    public void NameBasedGuid_joins_kind_and_name_with_a_slash_under_the_fixed_namespace()
    {
        Assert.Equal(new Guid("7d4c2a9e-5b1f-4c3a-8e6d-2f0b9a1c4e57"), NameBasedGuid.MoDomainNamespace);
        Assert.Equal(NameBasedGuid.Create(NameBasedGuid.MoDomainNamespace, "document/d1"), NameBasedGuid.For("document", "d1"));
        Assert.NotEqual(NameBasedGuid.For("document", "d1"), NameBasedGuid.For("documentd", "1"));
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => NameBasedGuid.Create(Guid.Empty, null!)).ParamName);
    }

    [Fact]
    public void CoOccurrenceMatrix_indexer_names_unknown_codes()
    {
        var corpus = OneDocument().Code("d1", 0, 4, Homemaking, "a").Code("d1", 2, 8, Service, "a");
        var matrix = corpus.CoOccurrenceMatrix();
        Assert.Equal(1, matrix[Homemaking, Service]);
        Assert.Equal("codeId", Assert.Throws<ArgumentNullException>(() => matrix[null!, Service]).ParamName);
        var unknown = Assert.Throws<ArgumentException>(() => matrix["function:hinge", Service]);
        Assert.Equal("codeId", unknown.ParamName);
        Assert.Contains("Code 'function:hinge' is not part of the co-occurrence matrix.", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CodingRecord_exports_known_attributes_and_text_on_request()
    {
        var attributes = new DocumentAttributes(Perspective.PublicAdministration, AdministrativeRole.YouthWelfareOffice, interviewDate: new LocalDate(2025, 3, 4), language: "tr", speakerId: "s1");
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d1", "abcdef", attributes).AddDocument("d2", "xyz").Code("d1", 1, 3, Homemaking, "a").Code("d2", 0, 1, Homemaking, "a");
        var records = CodingRecord.FromCorpus(corpus);
        Assert.Equal("bc", records[0].Text);
        Assert.Equal("public-administration", records[0].Perspective);
        Assert.Equal("youth-welfare-office", records[0].AdministrativeRole);
        Assert.Equal("2025-03-04", records[0].InterviewDate);
        Assert.Null(records[1].Perspective);
        Assert.Null(records[1].AdministrativeRole);
        Assert.Null(records[1].InterviewDate);
        Assert.Null(CodingRecord.FromCorpus(corpus, includeText: false)[0].Text);
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CodingRecord.FromCorpus(null!)).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentException>(() => CodingRecord.ToUnits([records[0], null!])).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => CodingRecord.ToUnits(records, (CodingUnitLevel)7)).ParamName);
    }
}
