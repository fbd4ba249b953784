using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Interop.Refi;

/// <summary>Exact writer output, argument checks and the code mapping of the REFI-QDA codebook reader.</summary>
public sealed class RefiCodebookMutantTests
{
    private static readonly XNamespace Cb = "urn:QDA-XML:codebook:1.0";

    private static string Book(string codes, string extra = "") =>
        $"""<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>{codes}</Codes>{extra}</CodeBook>""";

    private static string MissingDirectoryFile() =>
        Path.Combine(Path.GetTempPath(), "modomain-missing-" + Guid.NewGuid().ToString("N"), "out.qdc");

    [Fact]
    public void Write_to_a_stream_checks_its_arguments()
    {
        var codebook = Codebook.Empty.WithCode("x", "X", "X");
        var nullBook = Assert.Throws<ArgumentNullException>(() => RefiCodebook.Write(null!, new MemoryStream()));
        Assert.Equal("codebook", nullBook.ParamName);
        var nullStream = Assert.Throws<ArgumentNullException>(() => RefiCodebook.Write(codebook, (Stream)null!));
        Assert.Equal("stream", nullStream.ParamName);
    }

    [Fact]
    public void Writing_an_empty_codebook_is_refused_before_anything_is_written()
    {
        using var stream = new MemoryStream();
        var ex = Assert.Throws<ArgumentException>(() => RefiCodebook.Write(Codebook.Empty, stream));
        Assert.Equal("codebook", ex.ParamName);
        Assert.Contains("needs at least one code", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Write_file_checks_its_arguments_before_touching_the_file_system()
    {
        string path = MissingDirectoryFile();
        var nullBook = Assert.Throws<ArgumentNullException>(() => RefiCodebook.WriteFile(null!, path));
        Assert.Equal("codebook", nullBook.ParamName);
        var empty = Assert.Throws<ArgumentException>(() => RefiCodebook.WriteFile(Codebook.Empty, path));
        Assert.Equal("codebook", empty.ParamName);
        Assert.Contains("needs at least one code", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_checks_its_arguments()
    {
        var stream = Assert.Throws<ArgumentNullException>(() => RefiCodebook.Read((Stream)null!));
        Assert.Equal("stream", stream.ParamName);
        var xml = Assert.Throws<ArgumentNullException>(() => RefiCodebook.Read((string)null!));
        Assert.Equal("xml", xml.ParamName);
    }

    [Fact]
    public void Written_codebook_is_exactly_the_expected_indented_utf8_xml()
    {
        var codebook = Codebook.Empty
            .WithCode("a", "Alpha", "Alfa", description: "Erste")
            .WithCode("b", "Beta", "Beta", parentId: "a", colour: "#00FF00");
        string guidA = RefiXml.Guid(codebook["a"].CodeGuid);
        string guidB = RefiXml.Guid(codebook["b"].CodeGuid);
        string expected =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<CodeBook origin=\"MoDomain\" xmlns=\"urn:QDA-XML:codebook:1.0\">\n"
            + "  <Codes>\n"
            + $"    <Code guid=\"{guidA}\" name=\"Alfa\" isCodable=\"true\">\n"
            + "      <Description>Erste</Description>\n"
            + $"      <Code guid=\"{guidB}\" name=\"Beta\" isCodable=\"true\" color=\"#00FF00\" />\n"
            + "    </Code>\n"
            + "  </Codes>\n"
            + "</CodeBook>";
        Assert.Equal(expected, RefiCodebook.Write(codebook));
        using var stream = new MemoryStream();
        RefiCodebook.Write(codebook, stream);
        byte[] bytes = stream.ToArray();
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void The_modomain_block_is_written_only_when_asked()
    {
        var codebook = Codebook.Empty
            .WithCode("a", "Alpha", "Alfa", description: "Erste")
            .WithCode("b", "Beta", "Beta", parentId: "a", colour: "#00FF00");
        string guidA = RefiXml.Guid(codebook["a"].CodeGuid);
        string guidB = RefiXml.Guid(codebook["b"].CodeGuid);
        string expected =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<CodeBook origin=\"MoDomain\" xmlns=\"urn:QDA-XML:codebook:1.0\">\n"
            + "  <Codes>\n"
            + $"    <Code guid=\"{guidA}\" name=\"Alfa\" isCodable=\"true\">\n"
            + "      <Description>Erste\n\n[MoDomain]\nid: a\nlabel-en: Alpha\nlabel-de: Alfa\nsource: researcher</Description>\n"
            + $"      <Code guid=\"{guidB}\" name=\"Beta\" isCodable=\"true\" color=\"#00FF00\">\n"
            + "        <Description>[MoDomain]\nid: b\nlabel-en: Beta\nlabel-de: Beta\nsource: researcher</Description>\n"
            + "      </Code>\n"
            + "    </Code>\n"
            + "  </Codes>\n"
            + "</CodeBook>";
        Assert.Equal(expected, RefiCodebook.Write(codebook, new RefiExportOptions(includeMoDomainBlock: true)));
        Assert.DoesNotContain("[MoDomain]", RefiCodebook.Write(codebook, RefiExportOptions.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_written_in_the_chosen_language()
    {
        var codebook = Codebook.Empty.WithCode("a", "Alpha", "Alfa");
        var doc = XDocument.Parse(RefiCodebook.Write(codebook, Language.English));
        Assert.Equal("Alpha", (string?)doc.Root!.Element(Cb + "Codes")!.Element(Cb + "Code")!.Attribute("name"));
        Assert.Equal("MoDomain", (string?)doc.Root.Attribute("origin"));
    }

    [Fact]
    public void Malformed_xml_is_reported_as_the_codebook()
    {
        var ex = Assert.Throws<InvalidDataException>(() => RefiCodebook.Read("<CodeBook"));
        Assert.StartsWith("The codebook is not well-formed XML", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<Foo/>", "The root element is Foo, not CodeBook in urn:QDA-XML:codebook:1.0.")]
    [InlineData("<CodeBook/>", "The root element is CodeBook, not CodeBook in urn:QDA-XML:codebook:1.0.")]
    [InlineData("<Project xmlns=\"urn:QDA-XML:project:1.0\"/>", "The root element is {urn:QDA-XML:project:1.0}Project, not CodeBook in urn:QDA-XML:codebook:1.0.")]
    public void Another_root_or_namespace_is_named_in_the_error(string xml, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => RefiCodebook.Read(xml));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Sets_are_listed_as_ignored_and_make_the_report_incomplete()
    {
        var code = Codebook.Empty.WithCode("x", "X", "X")["x"];
        string guid = RefiXml.Guid(code.CodeGuid);
        var import = RefiCodebook.Read(Book(
            $"""<Code guid="{guid}" name="X" isCodable="true"><Description>[MoDomain]&#xA;id: x&#xA;label-en: X&#xA;label-de: X&#xA;source: </Description></Code>""",
            """<Sets><Set guid="bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb" name="Gruppe"/><Set guid="bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbc" name="Zwei"/></Sets>"""));
        Assert.Equal(["code set 'Gruppe' (sets are not modelled)", "code set 'Zwei' (sets are not modelled)"], import.Report.Ignored);
        Assert.Empty(import.Report.Notes);
        Assert.False(import.Report.IsComplete);
    }

    [Fact]
    public void A_code_whose_guid_is_the_one_derived_from_its_new_id_gives_a_complete_report()
    {
        string guid = RefiXml.Guid(NameBasedGuid.ForCode("imported:beratung"));
        var import = RefiCodebook.Read(Book($"""<Code guid="{guid}" name="Beratung" isCodable="true"/>"""));
        Assert.Equal("imported:beratung", Assert.Single(import.Codebook.Codes).Id);
        Assert.True(import.Report.IsComplete);
    }

    [Fact]
    public void A_foreign_guid_gets_a_note_naming_the_code_guid_and_new_id_and_the_report_is_incomplete()
    {
        var import = RefiCodebook.Read(Book("""<Code guid="22222222-2222-2222-2222-22222222222a" name="Beratung" isCodable="true"/>"""));
        Assert.Equal(
            ["code 'Beratung' (guid 22222222-2222-2222-2222-22222222222A) was given the id 'imported:beratung'; MoDomain will export it with the GUID derived from that id"],
            import.Report.Notes);
        Assert.Empty(import.Report.Ignored);
        Assert.False(import.Report.IsComplete);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    public void Codability_follows_the_isCodable_attribute(string value, bool codable)
    {
        var import = RefiCodebook.Read(Book($"""<Code guid="22222222-2222-2222-2222-222222222222" name="A" isCodable="{value}"/>"""));
        Assert.Equal(codable, Assert.Single(import.Codebook.Codes).IsCodable);
    }

    [Theory]
    [InlineData("Größe Übung", "imported:groesse-uebung")]
    [InlineData("Straße", "imported:strasse")]
    [InlineData("Ärger", "imported:aerger")]
    [InlineData("Az 09", "imported:az-09")]
    [InlineData("z", "imported:z")]
    [InlineData("0", "imported:0")]
    [InlineData("9", "imported:9")]
    [InlineData("  Vertrauen & Nähe!  ", "imported:vertrauen-naehe")]
    [InlineData("!!!", "imported:code")]
    [InlineData("€", "imported:code")]
    public void Foreign_names_become_kebab_case_ids(string name, string id)
    {
        var import = RefiCodebook.Read(Book($"""<Code guid="22222222-2222-2222-2222-222222222222" name="{System.Security.SecurityElement.Escape(name)}" isCodable="true"/>"""));
        var code = Assert.Single(import.Codebook.Codes);
        Assert.Equal(id, code.Id);
        Assert.Equal(name, code.Label.English);
        Assert.Equal(name, code.Label.German);
    }

    [Fact]
    public void Codes_with_the_same_name_get_numbered_ids()
    {
        var import = RefiCodebook.Read(Book(
            """
            <Code guid="22222222-2222-2222-2222-222222222221" name="Hilfe" isCodable="true"/>
            <Code guid="22222222-2222-2222-2222-222222222222" name="Hilfe" isCodable="true"/>
            <Code guid="22222222-2222-2222-2222-222222222223" name="Hilfe" isCodable="true"/>
            """));
        Assert.Equal(["imported:hilfe", "imported:hilfe-2", "imported:hilfe-3"], import.Codebook.Codes.Select(c => c.Id));
    }

    [Fact]
    public void A_trailer_id_used_twice_keeps_the_first_and_renames_the_second()
    {
        var import = RefiCodebook.Read(Book(
            """
            <Code guid="22222222-2222-2222-2222-222222222221" name="Eins" isCodable="true"><Description>[MoDomain]&#xA;id: same</Description></Code>
            <Code guid="22222222-2222-2222-2222-222222222222" name="Zwei" isCodable="true"><Description>[MoDomain]&#xA;id: same</Description></Code>
            """));
        Assert.Equal(["same", "imported:zwei"], import.Codebook.Codes.Select(c => c.Id));
    }

    [Fact]
    public void An_invalid_trailer_id_is_replaced_by_a_slug()
    {
        var import = RefiCodebook.Read(Book(
            """<Code guid="22222222-2222-2222-2222-222222222221" name="Eins" isCodable="true"><Description>[MoDomain]&#xA;id: Not Valid!</Description></Code>"""));
        Assert.Equal("imported:eins", Assert.Single(import.Codebook.Codes).Id);
    }

    [Fact]
    public void The_trailer_gives_id_both_labels_source_and_description_even_with_crlf_line_ends()
    {
        var import = RefiCodebook.Read(Book(
            """<Code guid="22222222-2222-2222-2222-222222222221" name="Anzeigename" isCodable="true"><Description>Zeile 1&#13;&#10;Zeile 2&#13;&#10;&#13;&#10;[MoDomain]&#13;&#10;id: my-code&#13;&#10;label-en: English&#13;&#10;label-de: Deutsch&#13;&#10;source: Quelle 7&#13;&#10;ignored: yes</Description></Code>"""));
        var code = Assert.Single(import.Codebook.Codes);
        Assert.Equal("my-code", code.Id);
        Assert.Equal("English", code.Label.English);
        Assert.Equal("Deutsch", code.Label.German);
        Assert.Equal("Quelle 7", code.Source);
        Assert.Equal("Zeile 1\nZeile 2", code.Description);
    }

    [Fact]
    public void A_trailer_value_on_the_marker_line_is_read()
    {
        var import = RefiCodebook.Read(Book(
            """<Code guid="22222222-2222-2222-2222-222222222221" name="Anzeigename" isCodable="true"><Description>[MoDomain]id: on-marker-line</Description></Code>"""));
        Assert.Equal("on-marker-line", Assert.Single(import.Codebook.Codes).Id);
    }

    [Fact]
    public void Blank_trailer_labels_and_source_fall_back_and_an_empty_description_is_none()
    {
        var import = RefiCodebook.Read(Book(
            """<Code guid="22222222-2222-2222-2222-222222222221" name="Anzeigename" isCodable="true"><Description>[MoDomain]&#xA;id: my-code&#xA;label-en:  &#xA;label-de:  &#xA;source:  </Description></Code>"""));
        var code = Assert.Single(import.Codebook.Codes);
        Assert.Equal("Anzeigename", code.Label.English);
        Assert.Equal("Anzeigename", code.Label.German);
        Assert.Equal(Code.ResearcherSource, code.Source);
        Assert.Null(code.Description);
    }

    [Theory]
    [InlineData("Freier Text", "Freier Text")]
    [InlineData("   ", null)]
    public void A_description_without_trailer_is_kept_unless_blank(string description, string? expected)
    {
        var import = RefiCodebook.Read(Book(
            $"""<Code guid="22222222-2222-2222-2222-222222222221" name="A" isCodable="true"><Description>{description}</Description></Code>"""));
        Assert.Equal(expected, Assert.Single(import.Codebook.Codes).Description);
    }

    [Fact]
    public void Short_colours_are_expanded_bad_colours_dropped_and_code_notes_reported()
    {
        var import = RefiCodebook.Read(Book(
            """
            <Code guid="22222222-2222-2222-2222-222222222221" name="Kurz" isCodable="true" color="#a0f"/>
            <Code guid="22222222-2222-2222-2222-222222222222" name="Rot" isCodable="true" color="red"><NoteRef targetGUID="99999999-9999-9999-9999-999999999999"/></Code>
            """));
        Assert.Equal("#AA00FF", import.Codebook["imported:kurz"].Colour);
        Assert.Null(import.Codebook["imported:rot"].Colour);
        Assert.Equal(["code 'Rot': colour 'red' is not #RRGGBB and was dropped", "code 'Rot': notes attached to the code"], import.Report.Ignored);
    }

    [Theory]
    [InlineData("""<Code name="A" isCodable="true"/>""", "A Code element has no guid.")]
    [InlineData("""<Code guid="22222222-2222-2222-2222-22222222222a" isCodable="true"/>""", "Code 22222222-2222-2222-2222-22222222222A has no name.")]
    [InlineData("""<Code guid="nope" name="A" isCodable="true"/>""", "'nope' is not a GUID.")]
    public void Codes_without_guid_or_name_are_refused_with_a_clear_message(string code, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => RefiCodebook.Read(Book(code)));
        Assert.Equal(message, ex.Message);
    }
}
