using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Tests.Interop.Refi;

/// <summary>Every branch of the <c>.qdpx</c> reader: archive checks, limits, fallbacks and the import report lines.</summary>
public sealed class RefiProjectReadMutantTests
{
    private const string U1 = "11111111-1111-1111-1111-111111111111";
    private static readonly string C1 = RefiXml.Guid(NameBasedGuid.ForCode("imported:hilfe"));
    private const string S1 = "66666666-6666-6666-6666-666666666666";
    private const string S2 = "66666666-6666-6666-6666-666666666667";
    private const string S3 = "66666666-6666-6666-6666-666666666668";
    private const string Sel = "77777777-7777-7777-7777-777777777777";
    private const string N1 = "99999999-9999-9999-9999-999999999991";
    private const string N2 = "99999999-9999-9999-9999-999999999992";
    private const string V1 = "44444444-4444-4444-4444-444444444441";

    private const string Users = $"""<Users><User guid="{U1}" name="Ayla"/></Users>""";
    private static readonly string Codes = $"""<CodeBook><Codes><Code guid="{C1}" name="Hilfe" isCodable="true"/></Codes></CodeBook>""";

    private static string P(string body) => $"""<Project name="p" xmlns="urn:QDA-XML:project:1.0">{body}</Project>""";

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(content);
            }
        }
        return stream.ToArray();
    }

    private static byte[] B(string text) => new UTF8Encoding(false).GetBytes(text);

    private static RefiProjectImport Read(string projectXml, params (string Name, byte[] Content)[] more) =>
        RefiProject.Read(new MemoryStream(Zip([("project.qde", B(projectXml)), .. more])));

    private static string Selection(string start, string end, string? inner = null, string guid = Sel) =>
        $"""<PlainTextSelection guid="{guid}" startPosition="{start}" endPosition="{end}">{inner ?? DefaultCoding}</PlainTextSelection>""";

    private static readonly string DefaultCoding = $"""<Coding guid="88888888-8888-8888-8888-888888888888" creatingUser="{U1}"><CodeRef targetGUID="{C1}"/></Coding>""";

    private static string Source(string inner, string name = "A", string guid = S1, string text = "Hallo Welt") =>
        $"""<TextSource guid="{guid}" name="{name}"><PlainTextContent>{text}</PlainTextContent>{inner}</TextSource>""";

    private static string Variable(string name, string guid = V1, string type = "Text") => $"""<Variables><Variable guid="{guid}" name="{name}" typeOfVariable="{type}"/></Variables>""";

    private static string Value(string element, string value, string guid = V1) =>
        $"""<VariableValue><VariableRef targetGUID="{guid}"/><{element}>{value}</{element}></VariableValue>""";

    [Fact]
    public void Read_checks_its_arguments()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => RefiProject.Read(null!));
        Assert.Equal("stream", ex.ParamName);
    }

    [Fact]
    public void Read_leaves_the_callers_stream_open()
    {
        var stream = new MemoryStream(Zip(("project.qde", B(P(""))))); 
        RefiProject.Read(stream);
        Assert.True(stream.CanRead);
        stream.Position = 0;
        Assert.Equal((byte)'P', stream.ReadByte());
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_named_as_such()
    {
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(B("not a zip at all, just text"))));
        Assert.StartsWith("The file is not a valid .qdpx (zip) archive: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entry_limit_admits_exactly_its_count()
    {
        byte[] qdpx = Zip(("project.qde", B(P(""))), ("a.txt", B("a")), ("b.txt", B("b")));
        Assert.Empty(RefiProject.Read(new MemoryStream(qdpx), new RefiImportLimits(maxEntries: 3)).Corpus.Documents);
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(qdpx), new RefiImportLimits(maxEntries: 2)));
        Assert.Equal("The archive has 3 entries; the limit is 2.", ex.Message);
    }

    [Fact]
    public void The_size_limit_admits_exactly_its_bytes_when_everything_is_read()
    {
        string xml = P(Codes + $"""<Sources><TextSource guid="{S1}" name="A" plainTextPath="internal://a.txt">{Selection("0", "3")}</TextSource></Sources>""");
        byte[] qdpx = Zip(("project.qde", B(xml)), ("Sources/a.txt", B("abcdef")));
        long total = B(xml).Length + 6;
        var import = RefiProject.Read(new MemoryStream(qdpx), new RefiImportLimits(maxTotalBytes: total));
        Assert.Equal("abcdef", Assert.Single(import.Corpus.Documents).Text);
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(qdpx), new RefiImportLimits(maxTotalBytes: total - 1)));
        Assert.Equal($"The archive unpacks to more than {total - 1} bytes; refusing to import.", ex.Message);
    }

    [Fact]
    public void Bytes_read_twice_count_twice_against_the_size_limit()
    {
        string xml = P($"""<Sources><TextSource guid="{S1}" name="A" plainTextPath="internal://a.txt"/><TextSource guid="{S2}" name="B" plainTextPath="internal://a.txt"/></Sources>""");
        byte[] qdpx = Zip(("project.qde", B(xml)), ("Sources/a.txt", B("abcdef")));
        long total = B(xml).Length + 6;
        Assert.Equal(2, RefiProject.Read(new MemoryStream(qdpx), new RefiImportLimits(maxTotalBytes: total + 6)).Corpus.Documents.Count);
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(qdpx), new RefiImportLimits(maxTotalBytes: total)));
        Assert.Equal("The archive unpacks to more bytes than allowed (while reading 'Sources/a.txt'); refusing to import.", ex.Message);
    }

    [Fact]
    public void Project_qde_is_preferred_over_other_qde_entries()
    {
        byte[] qdpx = Zip(("other.qde", B("<Other/>")), ("project.qde", B(P("<Sources>" + Source("", name: "Richtig") + "</Sources>"))));
        Assert.Equal("Richtig", Assert.Single(RefiProject.Read(new MemoryStream(qdpx)).Corpus.Documents).Id);
    }

    [Fact]
    public void Without_project_qde_the_first_top_level_qde_entry_is_read()
    {
        byte[] qdpx = Zip(("notes.txt", B("kein XML")), ("sub/inner.qde", B(P("<Sources>" + Source("", name: "Falsch") + "</Sources>"))), ("Mein.QDE", B(P("<Sources>" + Source("", name: "Richtig") + "</Sources>"))));
        Assert.Equal("Richtig", Assert.Single(RefiProject.Read(new MemoryStream(qdpx)).Corpus.Documents).Id);
    }

    [Fact]
    public void Malformed_project_xml_names_project_qde()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read("<Project"));
        Assert.StartsWith("project.qde is not well-formed XML", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<Project/>", "Project")]
    [InlineData("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>", "{urn:QDA-XML:codebook:1.0}CodeBook")]
    public void Another_root_is_named_in_the_error(string xml, string root)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read(xml));
        Assert.Equal($"The root element of project.qde is {root}, not Project in urn:QDA-XML:project:1.0.", ex.Message);
    }

    [Fact]
    public void A_project_without_sources_is_an_empty_complete_corpus()
    {
        var import = Read(P(Users + Codes));
        Assert.Empty(import.Corpus.Documents);
        Assert.Equal("imported:hilfe", Assert.Single(import.Corpus.Codebook.Codes).Id);
        Assert.True(import.Report.IsComplete);
    }

    [Theory]
    [InlineData("""name=" " id="kim" """, "kim")]
    [InlineData("""name="Ayla" id="kim" """, "Ayla")]
    [InlineData("""id=" " """, U1)]
    [InlineData("", U1)]
    public void Coders_are_user_names_then_ids_then_guids(string attributes, string coder)
    {
        var import = Read(P($"""<Users><User guid="{U1.ToLowerInvariant()}" {attributes}/></Users>{Codes}<Sources>{Source(Selection("0", "5"))}</Sources>"""));
        Assert.Equal(coder, Assert.Single(import.Corpus.Codings).CoderId);
    }

    [Fact]
    public void Codings_without_a_user_are_by_the_unknown_coder_and_unknown_users_by_their_guid()
    {
        string xml = P(Codes + "<Sources>" + Source(
            Selection("0", "5", $"""<Coding guid="88888888-8888-8888-8888-888888888888"><CodeRef targetGUID="{C1}"/></Coding>""")
            + Selection("6", "10", $"""<Coding guid="88888888-8888-8888-8888-888888888889" creatingUser="abcdefab-1111-1111-1111-111111111111"><CodeRef targetGUID="{C1}"/></Coding>""", "77777777-7777-7777-7777-777777777778"))
            + "</Sources>");
        var codings = Read(xml).Corpus.Codings;
        Assert.Equal(["unknown-coder", "ABCDEFAB-1111-1111-1111-111111111111"], codings.Select(c => c.CoderId));
    }

    [Fact]
    public void The_selection_user_is_used_when_the_coding_has_none()
    {
        string xml = P(Users + Codes + "<Sources>" + Source(
            $"""<PlainTextSelection guid="{Sel}" startPosition="0" endPosition="5" creatingUser="{U1}"><Coding guid="88888888-8888-8888-8888-888888888888"><CodeRef targetGUID="{C1}"/></Coding></PlainTextSelection>""")
            + "</Sources>");
        Assert.Equal("Ayla", Assert.Single(Read(xml).Corpus.Codings).CoderId);
    }

    [Fact]
    public void Cases_give_organisations_and_their_unmodelled_parts_are_reported()
    {
        string xml = P($"""
            <Cases>
              <Case guid="55555555-5555-5555-5555-55555555555a"><SourceRef targetGUID="{S1}"/></Case>
              <Case guid="55555555-5555-5555-5555-555555555556" name="zweiter"><SourceRef targetGUID="{S1}"/><SourceRef targetGUID="{S2}"/></Case>
            </Cases>
            <Sources>{Source("")}{Source("", name: "B", guid: S2)}</Sources>
            """);
        var import = Read(xml);
        Assert.Equal("55555555-5555-5555-5555-55555555555A", import.Corpus.Document("A").Attributes.OrganisationId);
        Assert.Equal("zweiter", import.Corpus.Document("B").Attributes.OrganisationId);
        Assert.Equal(
            [$"case 'zweiter': source {S1} already belongs to case '55555555-5555-5555-5555-55555555555A' (a document refers to one organisation)"],
            import.Report.Ignored);
    }

    [Theory]
    [InlineData($"""<VariableValue><VariableRef targetGUID="{V1}"/><TextValue>x</TextValue></VariableValue>""")]
    [InlineData("""<CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/>""")]
    [InlineData($"""<SelectionRef targetGUID="{Sel}"/>""")]
    [InlineData("<Description>Beschreibung</Description>")]
    public void Any_unmodelled_part_of_a_case_is_reported(string part)
    {
        var import = Read(P($"""<Cases><Case guid="55555555-5555-5555-5555-555555555555" name="verein">{part}</Case></Cases>"""));
        Assert.Equal(["case 'verein': variables, codes, selections or description of the case"], import.Report.Ignored);
    }

    [Fact]
    public void A_case_with_only_source_refs_is_complete()
    {
        var import = Read(P($"""<Cases><Case guid="55555555-5555-5555-5555-555555555555" name="verein"><SourceRef targetGUID="{S1}"/></Case></Cases><Sources>{Source("")}</Sources>"""));
        Assert.True(import.Report.IsComplete);
    }

    [Theory]
    [InlineData("""name="Foto" guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa" """, "PictureSource 'Foto' (only text sources are modelled)")]
    [InlineData("""guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa" """, "PictureSource 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa' (only text sources are modelled)")]
    [InlineData("", "PictureSource '?' (only text sources are modelled)")]
    public void Other_sources_are_reported_by_name_guid_or_question_mark(string attributes, string line)
    {
        var import = Read(P($"<Sources><PictureSource {attributes}/></Sources>"));
        Assert.Equal([line], import.Report.Ignored);
        Assert.Empty(import.Corpus.Documents);
    }

    [Fact]
    public void A_text_source_without_text_is_reported_once()
    {
        var import = Read(P($"""<Sources><TextSource guid="{S1}" name="Leer"/></Sources>"""));
        Assert.Equal(["text source 'Leer': its plain text is neither inline nor in the archive"], import.Report.Ignored);
        Assert.Empty(import.Corpus.Documents);
    }

    [Fact]
    public void A_missing_referenced_file_is_reported()
    {
        var import = Read(P($"""<Sources><TextSource guid="{S1}" name="Weg" plainTextPath="internal://weg.txt"/></Sources>"""));
        Assert.Equal(["'internal://weg.txt' is referenced but not in the archive", "text source 'Weg': its plain text is neither inline nor in the archive"], import.Report.Ignored);
    }

    [Fact]
    public void Paths_without_the_internal_scheme_are_archive_paths_and_a_bom_is_dropped()
    {
        var import = Read(
            P($"""<Sources><TextSource guid="{S1}" name="A" plainTextPath="texte/a.txt"/><TextSource guid="{S2}" name="B" plainTextPath="internal://b.txt"/></Sources>"""),
            ("texte/a.txt", B("Erster")),
            ("Sources/b.txt", [0xEF, 0xBB, 0xBF, .. B("Zweiter")]));
        Assert.Equal(["Erster", "Zweiter"], import.Corpus.Documents.Select(d => d.Text));
        Assert.True(import.Report.IsComplete);
    }

    [Theory]
    [InlineData("C:")]
    [InlineData("C:/x.txt")]
    [InlineData("/x.txt")]
    [InlineData("a/../../x.txt")]
    [InlineData("a\\..\\x.txt")]
    public void Source_paths_that_are_absolute_or_climb_out_are_refused(string path)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read(P($"""<Sources><TextSource guid="{S1}" name="A" plainTextPath="{path}"/></Sources>""")));
        Assert.Equal($"The archive entry '{path}' has an absolute path or climbs out of the archive ('../'); refusing to import.", ex.Message);
    }

    [Fact]
    public void Duplicate_and_blank_source_names_get_unique_ids_and_notes()
    {
        var import = Read(P("<Sources>" + Source("", guid: S1) + Source("", guid: S2) + Source("", guid: S3) + Source("", name: " ", guid: "66666666-6666-6666-6666-66666666666a") + "</Sources>"));
        Assert.Equal(["A", "A (2)", "A (3)", "66666666-6666-6666-6666-66666666666A"], import.Corpus.Documents.Select(d => d.Id));
        Assert.Equal(["text source 'A' was renamed 'A (2)' because the name is used twice", "text source 'A' was renamed 'A (3)' because the name is used twice"], import.Report.Notes);
    }

    [Fact]
    public void Notes_on_a_source_or_selection_are_reported_and_memos_come_from_codings()
    {
        string xml = P(Codes + "<Sources>" + Source(
            $"""<NoteRef targetGUID="{N1}"/>""" + Selection("0", "5", $"""<NoteRef targetGUID="{N1}"/><Coding guid="88888888-8888-8888-8888-888888888888"><CodeRef targetGUID="{C1}"/><NoteRef targetGUID="{N1}"/><NoteRef targetGUID="{N2}"/><NoteRef targetGUID="99999999-9999-9999-9999-999999999990"/></Coding>"""))
            + $"""</Sources><Notes><Note guid="{N1}"><PlainTextContent>eins</PlainTextContent></Note><Note guid="{N2}"><PlainTextContent>zwei</PlainTextContent></Note></Notes>""");
        var import = Read(xml);
        Assert.Equal("eins\n\nzwei", Assert.Single(import.Corpus.Codings).Memo);
        Assert.Equal(
            ["text source 'A': notes attached to the source", $"text source 'A': notes attached to selection {Sel} (memos are read from codings and the selection's description)"],
            import.Report.Ignored);
    }

    [Fact]
    public void Codings_without_notes_and_notes_without_text_have_no_memo_and_unused_notes_are_reported()
    {
        string xml = P(Codes + "<Sources>" + Source(
            Selection("0", "5", $"""<Coding guid="88888888-8888-8888-8888-888888888888"><CodeRef targetGUID="{C1}"/><NoteRef targetGUID="{N1}"/></Coding>""")
            + Selection("6", "10", $"""<Coding guid="88888888-8888-8888-8888-888888888889"><CodeRef targetGUID="{C1}"/></Coding>""", "77777777-7777-7777-7777-777777777778"))
            + $"""</Sources><Notes><Note guid="{N1}"/><Note guid="{N2.ToLowerInvariant()}"><PlainTextContent>frei</PlainTextContent></Note></Notes>""");
        var import = Read(xml);
        Assert.All(import.Corpus.Codings, c => Assert.Null(c.Memo));
        Assert.Equal([$"note {N2} (not attached to a coding)"], import.Report.Ignored);
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("2", "1")]
    [InlineData("3", "2")]
    [InlineData("0", "11")]
    [InlineData("0", "99")]
    [InlineData("-1", "2")]
    public void Empty_reversed_and_out_of_range_selections_are_reported_and_skipped(string start, string end)
    {
        var import = Read(P(Codes + "<Sources>" + Source(Selection(start, end)) + "</Sources>"));
        Assert.Empty(import.Corpus.Codings);
        Assert.Equal([$"text source 'A': selection {Sel} has an empty, reversed or out-of-range position"], import.Report.Ignored);
    }

    [Theory]
    [InlineData("0", "10", "Hallo Welt")]
    [InlineData("9", "10", "t")]
    [InlineData("0", "1", "H")]
    public void Selections_up_to_the_end_of_the_text_are_taken(string start, string end, string quote)
    {
        var import = Read(P(Codes + "<Sources>" + Source(Selection(start, end)) + "</Sources>"));
        Assert.Equal(quote, import.Corpus.TextOf(Assert.Single(import.Corpus.Codings).Segment));
        Assert.True(import.Report.IsComplete);
    }

    [Fact]
    public void A_coding_without_code_ref_is_refused()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read(P(Codes + "<Sources>" + Source(Selection("0", "5", """<Coding guid="88888888-8888-8888-8888-888888888888"/>""")) + "</Sources>")));
        Assert.Equal("A Coding has no CodeRef.", ex.Message);
    }

    [Fact]
    public void A_required_attribute_that_is_missing_is_named()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read(P("""<Sources><TextSource name="A"><PlainTextContent>x</PlainTextContent></TextSource></Sources>""")));
        Assert.Equal("The TextSource element lacks the required attribute 'guid'.", ex.Message);
    }

    [Fact]
    public void Codings_of_unknown_codes_are_reported_and_duplicates_merged_with_a_note()
    {
        string missing = "23232323-2323-2323-2323-232323232323";
        string xml = P(Users + Codes + "<Sources>" + Source(
            Selection("0", "5", $"""<Coding guid="88888888-8888-8888-8888-888888888888" creatingUser="{U1}"><CodeRef targetGUID="{missing}"/></Coding>""")
            + Selection("0", "5", guid: "77777777-7777-7777-7777-777777777778")
            + Selection("0", "5", guid: "77777777-7777-7777-7777-777777777779"))
            + "</Sources>");
        var import = Read(xml);
        Assert.Single(import.Corpus.Codings);
        Assert.Equal([$"coding in 'A' refers to code {missing}, which is not in the codebook"], import.Report.Ignored);
        Assert.Equal(["coding A#0-5 imported:hilfe by Ayla appears twice in the file; merged into one"], import.Report.Notes);
    }

    [Theory]
    [InlineData("<Description>Projekt</Description>")]
    [InlineData($"""<NoteRef targetGUID="{N1}"/>""")]
    public void A_project_description_or_project_notes_are_reported(string part)
    {
        var import = Read(P(part));
        Assert.Contains("project description and notes of the project", import.Report.Ignored);
    }

    [Fact]
    public void Variable_values_need_a_reference_and_a_declared_variable()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read(P("<Sources>" + Source("<VariableValue><TextValue>x</TextValue></VariableValue>") + "</Sources>")));
        Assert.Equal("A VariableValue has no VariableRef.", ex.Message);
        var import = Read(P("<Sources>" + Source(Value("TextValue", "x")) + "</Sources>"));
        Assert.Equal([$"text source 'A': value of undeclared variable {V1}"], import.Report.Ignored);
        Assert.Empty(import.Corpus.Documents.Single().Attributes.Variables);
    }

    [Fact]
    public void A_variable_value_without_a_value_element_is_skipped()
    {
        var import = Read(P(Variable("alter") + "<Sources>" + Source($"""<VariableValue><VariableRef targetGUID="{V1}"/></VariableValue>""") + "</Sources>"));
        Assert.Empty(import.Corpus.Documents.Single().Attributes.Variables);
        Assert.True(import.Report.IsComplete);
    }

    [Fact]
    public void Built_in_variables_are_read_into_the_attributes()
    {
        string variables = $"""
            <Variables>
              <Variable guid="{V1}" name="perspective"/>
              <Variable guid="44444444-4444-4444-4444-444444444442" name="interview-date" typeOfVariable="Date"/>
              <Variable guid="44444444-4444-4444-4444-444444444443" name="language"/>
              <Variable guid="44444444-4444-4444-4444-444444444444" name="speaker"/>
              <Variable guid="44444444-4444-4444-4444-444444444445" name="speaker-name"/>
              <Variable guid="44444444-4444-4444-4444-444444444446" name="administrative-role"/>
            </Variables>
            """;
        string values = Value("TextValue", SocialSecurityVocabulary.Perspectives.IdOf(Perspective.PublicAdministration))
            + Value("DateValue", "2024-05-01", "44444444-4444-4444-4444-444444444442")
            + Value("TextValue", "tr", "44444444-4444-4444-4444-444444444443")
            + Value("TextValue", "s7", "44444444-4444-4444-4444-444444444444")
            + Value("TextValue", "Ayla", "44444444-4444-4444-4444-444444444445")
            + Value("TextValue", SocialSecurityVocabulary.AdministrativeRoles.IdOf(AdministrativeRole.EmploymentAgency), "44444444-4444-4444-4444-444444444446");
        var import = Read(P(variables + "<Sources>" + Source(values) + "</Sources>"));
        var a = import.Corpus.Documents.Single().Attributes;
        Assert.Equal(Perspective.PublicAdministration, a.Perspective.Value);
        Assert.Equal(AdministrativeRole.EmploymentAgency, a.AdministrativeRole.Value);
        Assert.Equal(new LocalDate(2024, 5, 1), a.InterviewDate.Value);
        Assert.Equal("tr", a.Language);
        Assert.Equal("s7", a.SpeakerId);
        Assert.Equal("Ayla", a.SpeakerName);
        Assert.Empty(a.Variables);
        Assert.True(import.Report.IsComplete);
    }

    [Theory]
    [InlineData("speaker-name", " ")]
    [InlineData("perspective", "keine")]
    [InlineData("interview-date", "gestern")]
    public void Invalid_built_in_values_are_kept_as_text_variables_with_a_note(string name, string value)
    {
        var import = Read(P(Variable(name) + "<Sources>" + Source(Value("TextValue", value)) + "</Sources>"));
        var a = import.Corpus.Documents.Single().Attributes;
        Assert.Equal(VariableValue.Text(value), a.Variables[name + "-value"]);
        Assert.Null(a.SpeakerName);
        Assert.False(a.Perspective.IsKnown);
        Assert.Equal([$"text source 'A': '{value}' is not a valid {name}; kept as variable '{name}-value'"], import.Report.Notes);
    }

    [Fact]
    public void A_role_with_another_perspective_is_dropped_with_a_note()
    {
        string variables = $"""<Variables><Variable guid="{V1}" name="perspective"/><Variable guid="44444444-4444-4444-4444-444444444446" name="administrative-role"/></Variables>""";
        string values = Value("TextValue", SocialSecurityVocabulary.Perspectives.IdOf(Perspective.WelfareAssociation))
            + Value("TextValue", SocialSecurityVocabulary.AdministrativeRoles.IdOf(AdministrativeRole.EmploymentAgency), "44444444-4444-4444-4444-444444444446");
        var import = Read(P(variables + "<Sources>" + Source(values) + "</Sources>"));
        var a = import.Corpus.Documents.Single().Attributes;
        Assert.Equal(Perspective.WelfareAssociation, a.Perspective.Value);
        Assert.False(a.AdministrativeRole.IsKnown);
        Assert.Equal(["text source 'A': administrative role dropped because the perspective is not public administration"], import.Report.Notes);
    }

    [Theory]
    [InlineData("BooleanValue", "true", "Boolean:true")]
    [InlineData("BooleanValue", " 1 ", "Boolean:true")]
    [InlineData("BooleanValue", "0", "Boolean:false")]
    [InlineData("BooleanValue", "ja", "Boolean:false")]
    [InlineData("IntegerValue", " 42 ", "Number:42")]
    [InlineData("FloatValue", "1.5", "Number:1.5")]
    [InlineData("DateValue", " 2024-05-01 ", "Date:2024-05-01")]
    [InlineData("TextValue", " frei ", "Text: frei ")]
    public void Free_variable_values_are_read_by_their_element(string element, string value, string expected)
    {
        var import = Read(P(Variable("v") + "<Sources>" + Source(Value(element, value)) + "</Sources>"));
        var v = import.Corpus.Documents.Single().Attributes.Variables["v"];
        Assert.Equal(expected, $"{v.Kind}:{v}");
        Assert.True(import.Report.IsComplete);
    }

    [Theory]
    [InlineData("FloatValue", "abc")]
    [InlineData("DateValue", "01.05.2024")]
    public void Unparsable_free_values_are_kept_as_text_with_a_note(string element, string value)
    {
        var import = Read(P(Variable("v") + "<Sources>" + Source(Value(element, value)) + "</Sources>"));
        Assert.Equal(VariableValue.Text(value), import.Corpus.Documents.Single().Attributes.Variables["v"]);
        Assert.Equal([$"text source 'A': value '{value}' of variable 'v' kept as text"], import.Report.Notes);
    }

    [Fact]
    public void Import_limits_refuse_non_positive_values_naming_the_parameter()
    {
        var entries = Assert.Throws<ArgumentOutOfRangeException>(() => new RefiImportLimits(maxEntries: 0));
        Assert.Equal("maxEntries", entries.ParamName);
        Assert.Equal(0, entries.ActualValue);
        Assert.StartsWith("The entry limit must be positive.", entries.Message, StringComparison.Ordinal);
        var bytes = Assert.Throws<ArgumentOutOfRangeException>(() => new RefiImportLimits(maxTotalBytes: 0));
        Assert.Equal("maxTotalBytes", bytes.ParamName);
        Assert.Equal(0L, bytes.ActualValue);
        Assert.StartsWith("The size limit must be positive.", bytes.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RefiImportLimits(maxTotalBytes: -1));
        var depth = Assert.Throws<ArgumentOutOfRangeException>(() => new RefiImportLimits(maxDepth: 0));
        Assert.Equal("maxDepth", depth.ParamName);
        Assert.StartsWith("The depth limit must be positive.", depth.Message, StringComparison.Ordinal);
        var one = new RefiImportLimits(1, 1, 1);
        Assert.Equal(1, one.MaxEntries);
        Assert.Equal(1L, one.MaxTotalBytes);
        Assert.Equal(1, one.MaxDepth);
        Assert.Equal(256, RefiImportLimits.Default.MaxDepth);
    }

    [Fact]
    public void Entry_names_are_checked_and_normalised()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => RefiImportLimits.CheckEntryName(null!));
        Assert.Equal("name", ex.ParamName);
        Assert.Equal("a/b.txt", RefiImportLimits.CheckEntryName("a\\b.txt"));
        Assert.Equal("ab", RefiImportLimits.CheckEntryName("ab"));
        Assert.Equal("a", RefiImportLimits.CheckEntryName("a"));
        Assert.Throws<InvalidDataException>(() => RefiImportLimits.CheckEntryName("C:"));
    }
}
