using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Tests.Interop.Refi;

/// <summary>The exact content of an exported <c>.qdpx</c>: elements, attributes, GUIDs, order and argument checks.</summary>
public sealed class RefiProjectWriteMutantTests
{
    private static readonly XNamespace Ns = "urn:QDA-XML:project:1.0";
    private static readonly string Digits = string.Concat(Enumerable.Repeat("0123456789", 7));

    internal static string G(string kind, string name) => RefiXml.Guid(NameBasedGuid.For(kind, name));

    internal static Corpus Sample()
    {
        var codebook = Codebook.Empty.WithCode("a", "A", "A").WithCode("b", "B", "B");
        var d1 = new DocumentAttributes(Perspective.MigrantOrganisation, organisationId: "org1", interviewDate: new LocalDate(2024, 5, 1), language: "tr", speakerId: "s1",
            variables: [new("x", VariableValue.Number(3)), new("flag", VariableValue.Boolean(true)), new("when", VariableValue.Date(new LocalDate(2023, 1, 2)))]);
        var d2 = new DocumentAttributes(organisationId: "org1", variables: [new("x", VariableValue.Text("drei"))]);
        return Corpus.Create(codebook)
            .AddDocument("d1", Digits, d1, title: "Titel")
            .AddDocument("d2", "Hallo", d2)
            .Code("d1", 5, 10, "b", "ben")
            .Code("d1", 0, 61, "a", "ben")
            .Code("d1", 0, 61, "b", "anna")
            .Code("d1", 0, 60, "a", "anna", memo: "m1");
    }

    private static byte[] Qdpx(Corpus corpus, string name = "Projekt")
    {
        using var stream = new MemoryStream();
        RefiProject.Write(corpus, stream, name);
        return stream.ToArray();
    }

    private static Dictionary<string, byte[]> Entries(byte[] qdpx)
    {
        using var zip = new ZipArchive(new MemoryStream(qdpx), ZipArchiveMode.Read);
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var s = entry.Open();
            using var buffer = new MemoryStream();
            s.CopyTo(buffer);
            result[entry.FullName] = buffer.ToArray();
        }
        return result;
    }

    private static string ProjectText(Corpus corpus, string name = "Projekt") => Encoding.UTF8.GetString(Entries(Qdpx(corpus, name))["project.qde"]);

    private static XElement Project(Corpus corpus) => XDocument.Parse(ProjectText(corpus)).Root!;

    private static string MissingDirectoryFile() =>
        Path.Combine(Path.GetTempPath(), "modomain-missing-" + Guid.NewGuid().ToString("N"), "out.qdpx");

    [Fact]
    public void Write_checks_its_arguments_before_writing_a_single_byte()
    {
        using var stream = new MemoryStream();
        var corpus = Assert.Throws<ArgumentNullException>(() => RefiProject.Write(null!, stream));
        Assert.Equal("corpus", corpus.ParamName);
        var blank = Assert.Throws<ArgumentException>(() => RefiProject.Write(Sample(), stream, " "));
        Assert.Equal("projectName", blank.ParamName);
        var none = Assert.Throws<ArgumentNullException>(() => RefiProject.Write(Sample(), stream, (string)null!));
        Assert.Equal("projectName", none.ParamName);
        var options = Assert.Throws<ArgumentNullException>(() => RefiProject.Write(Sample(), stream, (RefiExportOptions)null!));
        Assert.Equal("options", options.ParamName);
        Assert.Equal(0, stream.Length);
        var nullStream = Assert.Throws<ArgumentNullException>(() => RefiProject.Write(Sample(), null!));
        Assert.Equal("stream", nullStream.ParamName);
    }

    [Fact]
    public void Write_file_checks_its_arguments_before_touching_the_file_system()
    {
        string path = MissingDirectoryFile();
        var corpus = Assert.Throws<ArgumentNullException>(() => RefiProject.WriteFile(null!, path));
        Assert.Equal("corpus", corpus.ParamName);
        var blank = Assert.Throws<ArgumentException>(() => RefiProject.WriteFile(Sample(), path, " "));
        Assert.Equal("projectName", blank.ParamName);
    }

    [Fact]
    public void Write_project_xml_checks_its_arguments_before_writing()
    {
        using var stream = new MemoryStream();
        var corpus = Assert.Throws<ArgumentNullException>(() => RefiProject.WriteProjectXml(null!, stream));
        Assert.Equal("corpus", corpus.ParamName);
        var nullStream = Assert.Throws<ArgumentNullException>(() => RefiProject.WriteProjectXml(Sample(), null!));
        Assert.Equal("stream", nullStream.ParamName);
        var blank = Assert.Throws<ArgumentException>(() => RefiProject.WriteProjectXml(Sample(), stream, "  "));
        Assert.Equal("projectName", blank.ParamName);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Project_xml_starts_with_the_declaration_and_names_project_and_origin()
    {
        string text = ProjectText(Sample());
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project name=\"Projekt\" origin=\"MoDomain\" creationDateTime=\"2000-01-01T00:00:00Z\" xmlns=\"urn:QDA-XML:project:1.0\">\n  <Users>\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\n</Project>", text, StringComparison.Ordinal);
        using var stream = new MemoryStream();
        RefiProject.WriteProjectXml(Sample(), stream, "Projekt");
        Assert.Equal(text, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Coders_become_users_with_guid_name_and_id()
    {
        var users = Project(Sample()).Element(Ns + "Users")!.Elements(Ns + "User")
            .Select(u => ((string?)u.Attribute("guid"), (string?)u.Attribute("name"), (string?)u.Attribute("id"))).ToList();
        Assert.Equal([(G("user", "ben"), "ben", "ben"), (G("user", "anna"), "anna", "anna")], users);
    }

    [Fact]
    public void An_empty_codebook_writes_no_codebook_element()
    {
        var root = Project(Corpus.Create(Codebook.Empty).AddDocument("d", "Text"));
        Assert.Null(root.Element(Ns + "CodeBook"));
        Assert.NotNull(Project(Sample()).Element(Ns + "CodeBook"));
    }

    [Fact]
    public void Variables_are_declared_with_their_guids_and_types_built_ins_first()
    {
        var variables = Project(Sample()).Element(Ns + "Variables")!.Elements(Ns + "Variable")
            .Select(v => ((string?)v.Attribute("guid"), (string?)v.Attribute("name"), (string?)v.Attribute("typeOfVariable"))).ToList();
        (string, string, string) V(string name, string type) => (G("variable", name), name, type);
        Assert.Equal(
            [V("perspective", "Text"), V("interview-date", "Date"), V("language", "Text"), V("speaker", "Text"), V("flag", "Boolean"), V("when", "Date"), V("x", "Text")],
            variables.Select(v => (v.Item1!, v.Item2!, v.Item3!)));
    }

    [Fact]
    public void A_free_number_variable_of_one_kind_is_a_float()
    {
        var corpus = Corpus.Create(Codebook.Empty).AddDocument("d", "T", new DocumentAttributes(variables: [new("n", VariableValue.Number(2)), new("t", VariableValue.Text("x"))]));
        var variables = Project(corpus).Element(Ns + "Variables")!.Elements(Ns + "Variable")
            .ToDictionary(v => (string)v.Attribute("name")!, v => (string)v.Attribute("typeOfVariable")!);
        Assert.Equal("Float", variables["n"]);
        Assert.Equal("Text", variables["t"]);
        Assert.Equal("Text", variables["language"]);
    }

    [Fact]
    public void Every_document_gets_its_variable_values_and_unknown_ones_are_left_out()
    {
        var sources = Project(Sample()).Element(Ns + "Sources")!.Elements(Ns + "TextSource").ToList();
        Dictionary<string, string> Values(XElement source) => source.Elements(Ns + "VariableValue").ToDictionary(
            v => (string)v.Element(Ns + "VariableRef")!.Attribute("targetGUID")!,
            v => v.Elements().Last().Name.LocalName + "=" + v.Elements().Last().Value);
        var d1 = Values(sources[0]);
        Assert.Equal("TextValue=" + SocialSecurityVocabulary.Perspectives.IdOf(Perspective.MigrantOrganisation), d1[G("variable", "perspective")]);
        Assert.Equal("DateValue=2024-05-01", d1[G("variable", "interview-date")]);
        Assert.Equal("TextValue=tr", d1[G("variable", "language")]);
        Assert.Equal("TextValue=s1", d1[G("variable", "speaker")]);
        Assert.Equal("BooleanValue=true", d1[G("variable", "flag")]);
        Assert.Equal("DateValue=2023-01-02", d1[G("variable", "when")]);
        Assert.Equal("TextValue=3", d1[G("variable", "x")]);
        Assert.Equal(7, d1.Count);
        var d2 = Values(sources[1]);
        Assert.Equal(new Dictionary<string, string> { [G("variable", "language")] = "TextValue=de", [G("variable", "x")] = "TextValue=drei" }, d2);
    }

    [Fact]
    public void Organisations_become_cases_referring_to_their_documents()
    {
        var @case = Assert.Single(Project(Sample()).Element(Ns + "Cases")!.Elements(Ns + "Case"));
        Assert.Equal(G("case", "org1"), (string?)@case.Attribute("guid"));
        Assert.Equal("org1", (string?)@case.Attribute("name"));
        Assert.Equal([G("document", "d1"), G("document", "d2")], @case.Elements(Ns + "SourceRef").Select(r => (string)r.Attribute("targetGUID")!));
    }

    [Fact]
    public void Sources_are_text_sources_with_their_text_in_a_guid_named_entry()
    {
        var entries = Entries(Qdpx(Sample()));
        Assert.Equal(["project.qde", $"Sources/{G("document", "d1")}.txt", $"Sources/{G("document", "d2")}.txt"], entries.Keys);
        Assert.Equal(Digits, Encoding.UTF8.GetString(entries[$"Sources/{G("document", "d1")}.txt"]));
        var source = Project(Sample()).Element(Ns + "Sources")!.Elements(Ns + "TextSource").First();
        Assert.Equal(G("document", "d1"), (string?)source.Attribute("guid"));
        Assert.Equal("d1", (string?)source.Attribute("name"));
        Assert.Equal($"internal://{G("document", "d1")}.txt", (string?)source.Attribute("plainTextPath"));
        Assert.Equal("Titel", (string?)source.Element(Ns + "Description"));
    }

    [Fact]
    public void Selections_are_one_per_range_and_coder_ordered_by_start_end_and_coder_with_guid_name_positions_user_and_date()
    {
        var selections = Project(Sample()).Element(Ns + "Sources")!.Elements(Ns + "TextSource").First().Elements(Ns + "PlainTextSelection").ToList();
        Assert.Equal(["0-60", "0-61", "0-61", "5-10"], selections.Select(s => $"{(string?)s.Attribute("startPosition")}-{(string?)s.Attribute("endPosition")}"));
        Assert.Equal([G("selection", "d1#0-60|anna"), G("selection", "d1#0-61|anna"), G("selection", "d1#0-61|ben"), G("selection", "d1#5-10|ben")], selections.Select(s => (string)s.Attribute("guid")!));
        Assert.Equal(Digits[..60], (string?)selections[0].Attribute("name"));
        Assert.Equal(Digits[..60] + "…", (string?)selections[1].Attribute("name"));
        Assert.Equal("56789", (string?)selections[3].Attribute("name"));
        Assert.Equal([G("user", "anna"), G("user", "anna"), G("user", "ben"), G("user", "ben")], selections.Select(s => (string)s.Attribute("creatingUser")!));
        Assert.All(selections, s => Assert.Equal("2000-01-01T00:00:00Z", (string?)s.Attribute("creationDateTime")));
        Assert.All(selections.SelectMany(s => s.Elements(Ns + "Coding")), c => Assert.Equal("2000-01-01T00:00:00Z", (string?)c.Attribute("creationDateTime")));
        // Every coding in a selection is by the selection's creator.
        Assert.All(selections, s => Assert.All(s.Elements(Ns + "Coding"), c => Assert.Equal((string?)s.Attribute("creatingUser"), (string?)c.Attribute("creatingUser"))));
    }

    [Fact]
    public void Codings_of_one_coder_on_one_range_with_different_memos_go_to_separate_selections()
    {
        var corpus = Corpus.Create(Codebook.Empty.WithCode("a", "A", "A").WithCode("b", "B", "B").WithCode("c", "C", "C")).AddDocument("d", "Hallo Welt")
            .Code("d", 0, 5, "a", "x", memo: "zwei").Code("d", 0, 5, "b", "x").Code("d", 0, 5, "c", "x", memo: "eins");
        var selections = Project(corpus).Element(Ns + "Sources")!.Element(Ns + "TextSource")!.Elements(Ns + "PlainTextSelection").ToList();
        Assert.Equal([G("selection", "d#0-5|x"), G("selection", "d#0-5|x|2"), G("selection", "d#0-5|x|3")], selections.Select(s => (string)s.Attribute("guid")!));
        Assert.Equal([null, "eins", "zwei"], selections.Select(s => (string?)s.Element(Ns + "Description")));
        Assert.Equal([[RefiXml.Guid(NameBasedGuid.ForCode("b"))], [RefiXml.Guid(NameBasedGuid.ForCode("c"))], [RefiXml.Guid(NameBasedGuid.ForCode("a"))]], selections.Select(s => s.Elements(Ns + "Coding").Select(c => (string)c.Element(Ns + "CodeRef")!.Attribute("targetGUID")!).ToArray()));
    }

    [Fact]
    public void Codings_and_memos_carry_name_based_guids_and_memos_become_notes_and_selection_descriptions()
    {
        var root = Project(Sample());
        var first = root.Element(Ns + "Sources")!.Elements(Ns + "TextSource").First().Elements(Ns + "PlainTextSelection").First();
        Assert.Equal("m1", (string?)first.Element(Ns + "Description"));
        var coding = Assert.Single(first.Elements(Ns + "Coding"));
        Assert.Equal(G("coding", "d1#0-60|a|anna"), (string?)coding.Attribute("guid"));
        Assert.Equal(G("user", "anna"), (string?)coding.Attribute("creatingUser"));
        Assert.Equal(RefiXml.Guid(NameBasedGuid.ForCode("a")), (string?)coding.Element(Ns + "CodeRef")!.Attribute("targetGUID"));
        string memoGuid = G("memo", "d1#0-60|a|anna");
        Assert.Equal(memoGuid, (string?)coding.Element(Ns + "NoteRef")!.Attribute("targetGUID"));
        var note = Assert.Single(root.Element(Ns + "Notes")!.Elements(Ns + "Note"));
        Assert.Equal(memoGuid, (string?)note.Attribute("guid"));
        Assert.Equal("Memo anna: a", (string?)note.Attribute("name"));
        Assert.Equal(G("user", "anna"), (string?)note.Attribute("creatingUser"));
        Assert.Equal("2000-01-01T00:00:00Z", (string?)note.Attribute("creationDateTime"));
        Assert.Equal("m1", (string?)note.Element(Ns + "PlainTextContent"));
        Assert.Equal(XName.Get("Notes", Ns.NamespaceName), root.Elements().Last().Name);
        Assert.Null(root.Element(Ns + "Sources")!.Elements(Ns + "TextSource").First().Elements(Ns + "PlainTextSelection").ElementAt(1).Element(Ns + "Description"));
    }

    [Fact]
    public void Positions_are_counted_in_code_points()
    {
        Assert.Equal(0, new CodePointIndex("a😀b").ToCodePoints(0));
        Assert.Equal(1, new CodePointIndex("a😀b").ToCodePoints(1));
        Assert.Equal(2, new CodePointIndex("a😀b").ToCodePoints(2));
        Assert.Equal(2, new CodePointIndex("a😀b").ToCodePoints(3));
        Assert.Equal(3, new CodePointIndex("a😀b").ToCodePoints(4));
        // Lone surrogates count as one code point each.
        Assert.Equal(2, new CodePointIndex("\uDC00a").ToCodePoints(2));
        Assert.Equal(2, new CodePointIndex("\uD800a").ToCodePoints(2));
        Assert.Equal(2, new CodePointIndex("\uDC00\uDC00").ToCodePoints(2));
    }

    [Fact]
    public void Code_points_map_back_to_utf16_indices()
    {
        Assert.Equal(-1, new CodePointIndex("abc").ToUtf16(-1));
        Assert.Equal(0, new CodePointIndex("abc").ToUtf16(0));
        Assert.Equal(1, new CodePointIndex("abc").ToUtf16(1));
        Assert.Equal(3, new CodePointIndex("abc").ToUtf16(3));
        Assert.Equal(4, new CodePointIndex("abc").ToUtf16(4));
        Assert.Equal(4, new CodePointIndex("abc").ToUtf16(9));
        Assert.Equal(3, new CodePointIndex("a😀b").ToUtf16(2));
        Assert.Equal(4, new CodePointIndex("a😀b").ToUtf16(3));
        Assert.Equal(2, new CodePointIndex("a\uD800").ToUtf16(2));
        Assert.Equal(2, new CodePointIndex("\uD800a").ToUtf16(2));
    }
}
