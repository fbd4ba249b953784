using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using MoDomain.Coding;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop.Refi;

/// <summary>
/// Regression tests for the REFI-QDA defects of issue 16: input-controlled recursion, quadratic time, silent last-wins
/// duplicates and silently replaced bytes. Each test names the defect it pins.
/// </summary>
public sealed class RefiHostileInputTests
{
    private const string Cb = "urn:QDA-XML:codebook:1.0";

    private static string Guid(int i) => $"{i:X8}-0000-4000-8000-000000000000";

    // A .qdc whose codes are nested `depth` levels deep (the attack: ≥ 15,000 levels in about 1 MB).
    internal static byte[] NestedCodebook(int depth)
    {
        var sb = new StringBuilder($"""<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="{Cb}"><Codes>""");
        for (int i = 0; i < depth; i++)
        {
            sb.Append("<Code guid=\"").Append(Guid(i)).Append("\" name=\"c").Append(i).Append("\" isCodable=\"true\">");
        }
        for (int i = 0; i < depth; i++)
        {
            sb.Append("</Code>");
        }
        sb.Append("</Codes></CodeBook>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    // A codebook whose codes form one parent chain `depth` codes long.
    internal static Codebook Chain(int depth)
    {
        var codes = new Code[depth];
        for (int i = 0; i < depth; i++)
        {
            codes[i] = new Code($"c{i}", new MoDomain.Vocabulary.LocalizedText($"C{i}", $"C{i}"), null, i == 0 ? null : $"c{i - 1}");
        }
        return Codebook.Of(codes);
    }

    internal static byte[] Zip(params (string Name, byte[] Content)[] entries)
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

    private static string Project(string body) => $"""<Project name="p" xmlns="urn:QDA-XML:project:1.0">{body}</Project>""";

    private static string TextSource(string guid, string name, string path) =>
        $"""<TextSource guid="{guid}" name="{name}" plainTextPath="internal://{path}"/>""";

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_before_any_code_is_read()
    {
        // Defect: RefiXml.ReadCode recursed once per level; 15,000 levels overflowed the stack and killed the process.
        var ex = Assert.Throws<InvalidDataException>(() => RefiCodebook.Read(new MemoryStream(NestedCodebook(15_000))));
        Assert.StartsWith("The codebook: the elements at line 1, column ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(" are nested deeper than 256 levels (the import limit); refusing to import.", ex.Message, StringComparison.Ordinal);
        string project = Project("<CodeBook><Codes>" + Encoding.UTF8.GetString(NestedCodebook(300)).Split("<Codes>")[1].Split("</Codes>")[0] + "</Codes></CodeBook>");
        var projectEx = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", B(project))))));
        Assert.StartsWith("project.qde: the elements at line 1, column ", projectEx.Message, StringComparison.Ordinal);
        Assert.EndsWith(" are nested deeper than 256 levels (the import limit); refusing to import.", projectEx.Message, StringComparison.Ordinal);
    }

    // Runs an action on a thread with a small stack: code that recursed once per level of the input would overflow it.
    private static void OnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new System.Threading.Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The action failed on the small-stack thread.", failure);
        }
    }

    [Fact]
    public void A_deep_code_hierarchy_within_a_raised_limit_is_read_without_recursion()
    {
        // 5,000 levels on a 256 KiB stack: a reader that recursed per level would need several times that. (Deeper
        // inputs are refused by default because building the XML tree costs time proportional to the depth per element.)
        const int depth = 5_000;
        RefiCodebookImport? import = null;
        OnSmallStack(() => import = RefiCodebook.Read(new MemoryStream(NestedCodebook(depth)), new RefiImportLimits(maxDepth: depth + 2)));
        var codes = import!.Codebook.Codes;
        Assert.Equal(depth, codes.Count);
        Assert.Null(codes[0].ParentId);
        Assert.Equal("imported:c4998", codes[^1].ParentId);
        Assert.Equal(depth - 1, import.Codebook.DepthOf("imported:c4999"));
    }

    [Fact]
    public void Exactly_the_depth_limit_is_admitted()
    {
        // CodeBook (depth 0), Codes (1), then codes at depth 2, 3, …: 10 codes reach element depth 11.
        var limits = new RefiImportLimits(maxDepth: 12);
        Assert.Equal(10, RefiCodebook.Read(new MemoryStream(NestedCodebook(10)), limits).Codebook.Count);
        Assert.Throws<InvalidDataException>(() => RefiCodebook.Read(new MemoryStream(NestedCodebook(11)), limits));
    }

    [Fact]
    public void A_codebook_larger_than_the_size_limit_is_refused()
    {
        byte[] xml = NestedCodebook(10);
        var ex = Assert.Throws<InvalidDataException>(() => RefiCodebook.Read(new MemoryStream(xml), new RefiImportLimits(maxTotalBytes: xml.Length - 1)));
        Assert.Equal($"The codebook is larger than {xml.Length - 1} bytes (the import limit); refusing to import.", ex.Message);
        Assert.Equal(10, RefiCodebook.Read(new MemoryStream(xml), new RefiImportLimits(maxTotalBytes: xml.Length)).Codebook.Count);
    }

    [Fact]
    public void A_deep_parent_chain_is_written_without_recursion_and_in_linear_size()
    {
        // Defect: RefiXml.WriteCode recursed once per level (a 20,000-deep chain overflowed); with indentation the file
        // would also grow with the square of the depth.
        const int depth = 20_000;
        var chain = Chain(depth);
        string qdc = string.Empty;
        long qdpx = 0;
        OnSmallStack(() =>
        {
            qdc = RefiCodebook.Write(chain, new RefiExportOptions(includeMoDomainBlock: true));
            using var stream = new MemoryStream();
            RefiProject.Write(Corpus.Create(chain), stream);
            qdpx = stream.Length;
        });
        Assert.True(qdc.Length < depth * 300, $"{qdc.Length} characters for {depth} codes");
        Assert.DoesNotContain("\n ", qdc, StringComparison.Ordinal);
        Assert.Equal(depth, qdc.Split("<Code ").Length - 1);
        Assert.True(qdpx < depth * 100, $"{qdpx} bytes for {depth} codes");
        // What is written reads back (a shorter chain: deep trees cost the XML tree quadratic time, see above).
        var shorter = Chain(1_000);
        var back = RefiCodebook.Read(new MemoryStream(Encoding.UTF8.GetBytes(RefiCodebook.Write(shorter, new RefiExportOptions(includeMoDomainBlock: true)))), new RefiImportLimits(maxDepth: 1_003));
        Assert.Equal(shorter.Codes, back.Codebook.Codes);
        // A shallow codebook stays indented.
        Assert.Contains("\n  <Codes>", RefiCodebook.Write(Chain(RefiXml.MaxIndentedDepth + 1)), StringComparison.Ordinal);
        Assert.DoesNotContain("\n  <Codes>", RefiCodebook.Write(Chain(RefiXml.MaxIndentedDepth + 2)), StringComparison.Ordinal);
    }

    [Fact]
    public void Many_selections_in_a_long_text_are_converted_in_n_log_n()
    {
        // Defect: every selection walked the text from its start (20,000 selections in 10 M characters: 177 s).
        const int length = 10_000_000, selections = 20_000;
        var text = new StringBuilder(length);
        while (text.Length < length - 2)
        {
            text.Append(text.Length % 1000 == 0 ? "😀" : "a");
        }
        string document = text.ToString();
        var corpus = Corpus.Create(Codebook.Empty.WithCode("x", "X", "X")).AddDocument("d", document);
        int step = document.Length / (selections + 1);
        for (int i = 0; i < selections; i++)
        {
            // Keep every range clear of the middle of a surrogate pair (pairs sit at multiples of 1,000).
            int start = i * step, r = start % 1000;
            start += r == 1 ? 1 : r > 990 ? 1002 - r : 0;
            corpus = corpus.Code("d", start, start + 10, "x", "a");
        }
        var watch = Stopwatch.StartNew();
        using var stream = new MemoryStream();
        RefiProject.Write(corpus, stream);
        var import = RefiProject.Read(new MemoryStream(stream.ToArray()));
        watch.Stop();
        Assert.Equal(selections, import.Corpus.Codings.Count);
        Assert.Equal(corpus.Codings.Select(c => c.Segment), import.Corpus.Codings.Select(c => c.Segment));
        // A guard against a hang only (the old walk took about 3 minutes); CodePointIndexTests prove the conversion.
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"export and import took {watch.Elapsed}");
    }

    [Fact]
    public void Numbering_repeated_names_tries_each_number_once()
    {
        // Defect: UniqueSlug tried "-2", "-3", … from the start for every code (20,000 same-named codes: 12.8 s, n²/2
        // tries). Now each base remembers its next number: n equal names cost n - 1 tries.
        int tries = 0;
        var names = new UniqueNames((name, n) =>
        {
            tries++;
            return $"{name}-{n}";
        });
        Assert.Equal("x", names.Claim("x"));
        Assert.Equal("x-3", names.Claim("x-3"));
        for (int i = 2; i <= 20_000; i++)
        {
            Assert.Equal(i == 3 ? "x-4" : i > 3 ? $"x-{i + 1}" : $"x-{i}", names.Claim("x"));
        }
        // 19,999 numbered names, plus one extra try for the taken "x-3".
        Assert.Equal(20_000, tries);
        Assert.True(names.Contains("x-20001"));
        Assert.False(names.Contains("x-20002"));
    }

    [Fact]
    public void Many_codes_with_one_name_get_numbered_ids()
    {
        const int count = 20_000;
        var sb = new StringBuilder($"""<CodeBook xmlns="{Cb}"><Codes>""");
        for (int i = 0; i < count; i++)
        {
            sb.Append("<Code guid=\"").Append(Guid(i)).Append("\" name=\"Hilfe\" isCodable=\"true\"/>");
        }
        sb.Append("</Codes></CodeBook>");
        var watch = Stopwatch.StartNew();
        var import = RefiCodebook.Read(sb.ToString());
        watch.Stop();
        Assert.Equal("imported:hilfe", import.Codebook.Codes[0].Id);
        Assert.Equal("imported:hilfe-2", import.Codebook.Codes[1].Id);
        Assert.Equal($"imported:hilfe-{count}", import.Codebook.Codes[^1].Id);
        Assert.Equal(count, import.Codebook.Codes.Select(c => c.Id).Distinct().Count());
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"import took {watch.Elapsed}");
    }

    [Fact]
    public void A_numbered_name_already_taken_is_skipped()
    {
        var import = RefiCodebook.Read($"""
            <CodeBook xmlns="{Cb}"><Codes>
            <Code guid="{Guid(1)}" name="Hilfe" isCodable="true"/>
            <Code guid="{Guid(2)}" name="Hilfe 2" isCodable="true"/>
            <Code guid="{Guid(3)}" name="Hilfe" isCodable="true"/>
            <Code guid="{Guid(4)}" name="Hilfe" isCodable="true"/>
            </Codes></CodeBook>
            """);
        Assert.Equal(["imported:hilfe", "imported:hilfe-2", "imported:hilfe-3", "imported:hilfe-4"], import.Codebook.Codes.Select(c => c.Id));
    }

    [Fact]
    public void Two_zip_entries_with_one_name_are_an_error()
    {
        // Defect: the entry read last won silently.
        string xml = Project("<Sources>" + TextSource(Guid(1), "A", "a.txt") + "</Sources>");
        byte[] qdpx = Zip(("project.qde", B(xml)), ("Sources/a.txt", B("eins")), ("Sources/a.txt", B("zwei")));
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(qdpx)));
        Assert.Equal("The archive has two entries named 'Sources/a.txt'; refusing to guess which one holds the data.", ex.Message);
        byte[] slashes = Zip(("project.qde", B(xml)), ("Sources/a.txt", B("eins")), ("Sources\\a.txt", B("zwei")));
        Assert.Contains("two entries named 'Sources/a.txt'", Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(slashes))).Message, StringComparison.Ordinal);
        byte[] projects = Zip(("project.qde", B(xml)), ("project.qde", B(xml)));
        Assert.Contains("two entries named 'project.qde'", Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(projects))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_qde_files_without_project_qde_are_an_error()
    {
        byte[] qdpx = Zip(("b.qde", B(Project(""))), ("a.qde", B(Project(""))));
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(qdpx)));
        Assert.Equal("The archive has no project.qde but several .qde files (a.qde, b.qde); refusing to guess which is the project.", ex.Message);
    }

    [Fact]
    public void Two_codes_with_one_guid_are_an_error_in_codebooks_and_projects()
    {
        // Defect: the second code silently took over the GUID, and with it the first one's codings.
        string codes = $"""<Code guid="{Guid(1)}" name="Eins" isCodable="true"><Code guid="{Guid(1).ToLowerInvariant()}" name="Zwei" isCodable="true"/></Code>""";
        var ex = Assert.Throws<InvalidDataException>(() => RefiCodebook.Read($"""<CodeBook xmlns="{Cb}"><Codes>{codes}</Codes></CodeBook>"""));
        Assert.Equal($"Two codes have the GUID {Guid(1)} ('imported:eins' and 'Zwei'); codings refer to codes by GUID, so each code needs its own.", ex.Message);
        var projectEx = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", B(Project($"<CodeBook><Codes>{codes}</Codes></CodeBook>")))))));
        Assert.StartsWith($"Two codes have the GUID {Guid(1)}", projectEx.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<Users><User guid=\"{0}\" name=\"a\"/><User guid=\"{0}\" name=\"b\"/></Users>", "users")]
    [InlineData("<Variables><Variable guid=\"{0}\" name=\"a\" typeOfVariable=\"Text\"/><Variable guid=\"{0}\" name=\"b\" typeOfVariable=\"Text\"/></Variables>", "variables")]
    [InlineData("<Notes><Note guid=\"{0}\"><PlainTextContent>a</PlainTextContent></Note><Note guid=\"{0}\"><PlainTextContent>b</PlainTextContent></Note></Notes>", "notes")]
    public void Two_users_variables_or_notes_with_one_guid_are_an_error(string body, string what)
    {
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", B(Project(string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Guid(7)))))))));
        Assert.Equal($"Two {what} have the GUID {Guid(7)}; references to it would be ambiguous.", ex.Message);
    }

    [Fact]
    public void Two_sources_with_one_guid_are_an_error()
    {
        string xml = Project($"""<Sources><TextSource guid="{Guid(1)}" name="A"><PlainTextContent>a</PlainTextContent></TextSource><TextSource guid="{Guid(1)}" name="B"><PlainTextContent>b</PlainTextContent></TextSource></Sources>""");
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", B(xml))))));
        Assert.Equal($"Two sources have the GUID {Guid(1)}; cases and links refer to sources by GUID, so each source needs its own.", ex.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x48, 0xE4, 0x6C }, 1)] // Latin-1 "Häl"
    [InlineData(new byte[] { 0x61, 0x62, 0xC3 }, 2)] // a truncated two-byte sequence
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)] // an encoded surrogate (CESU-8), not UTF-8
    public void A_source_that_is_not_utf8_is_refused_naming_the_entry_and_the_offset(byte[] bytes, int offset)
    {
        // Defect: invalid bytes became U+FFFD silently, changing the text and every position after them.
        string xml = Project("<Sources>" + TextSource(Guid(1), "A", "a.txt") + "</Sources>");
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", B(xml)), ("Sources/a.txt", bytes)))));
        Assert.Equal($"The archive entry 'Sources/a.txt' is not valid UTF-8 (invalid byte at offset {offset}); REFI-QDA plain text is UTF-8. Convert it to UTF-8 and import again.", ex.Message);
    }

    [Fact]
    public void A_utf16_source_is_refused_by_name_and_a_utf8_bom_is_dropped()
    {
        string xml = Project("<Sources>" + TextSource(Guid(1), "A", "a.txt") + "</Sources>");
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Hallo")];
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", B(xml)), ("Sources/a.txt", utf16)))));
        Assert.Equal("The archive entry 'Sources/a.txt' is UTF-16 (it starts with a UTF-16 byte-order mark); REFI-QDA plain text is UTF-8. Convert it to UTF-8 and import again.", ex.Message);
        byte[] bom = [.. Encoding.UTF8.GetPreamble(), .. B("Grüße 😀")];
        var import = RefiProject.Read(new MemoryStream(Zip(("project.qde", B(xml)), ("Sources/a.txt", bom))));
        Assert.Equal("Grüße 😀", Assert.Single(import.Corpus.Documents).Text);
    }

    [Fact]
    public void A_note_file_that_is_not_utf8_is_refused_too()
    {
        string xml = Project($"""<Notes><Note guid="{Guid(1)}" plainTextPath="internal://n.txt"/></Notes>""");
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", B(xml)), ("Sources/n.txt", [0xFF])))));
        Assert.StartsWith("The archive entry 'Sources/n.txt' is not valid UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_xml_in_a_wrong_encoding_is_refused_as_malformed()
    {
        byte[] latin1 = [.. B("<Project name=\"p"), 0xE4, .. B("\" xmlns=\"urn:QDA-XML:project:1.0\"/>")];
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", latin1)))));
        Assert.StartsWith("project.qde is not well-formed XML or uses a DTD (not allowed): ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_coding_twice_is_merged_with_a_note_and_both_memos_kept()
    {
        // Documented normalisation, never silent: one coding, both memos, one note in the report.
        string user = Guid(9), code = RefiXml.Guid(NameBasedGuid.ForCode("imported:x"));
        string Coding(string id, string? memo) =>
            $"""<PlainTextSelection guid="{Guid(100 + int.Parse(id, System.Globalization.CultureInfo.InvariantCulture))}" startPosition="0" endPosition="4" creatingUser="{user}">{(memo is null ? string.Empty : $"<Description>{memo}</Description>")}<Coding guid="{Guid(200 + int.Parse(id, System.Globalization.CultureInfo.InvariantCulture))}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>""";
        string xml = Project($"""<Users><User guid="{user}" name="ayla"/></Users><CodeBook><Codes><Code guid="{code}" name="X" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="{Guid(1)}" name="A"><PlainTextContent>Text</PlainTextContent>{Coding("1", "eins")}{Coding("2", "zwei")}{Coding("3", "eins")}{Coding("4", null)}</TextSource></Sources>""");
        var import = RefiProject.Read(new MemoryStream(Zip(("project.qde", B(xml)))));
        var coding = Assert.Single(import.Corpus.Codings);
        Assert.Equal("eins\n\nzwei", coding.Memo);
        Assert.Equal(
            [
                "coding A#0-4 imported:x by ayla appears twice in the file; merged into one (memos joined)",
                "coding A#0-4 imported:x by ayla appears twice in the file; merged into one",
                "coding A#0-4 imported:x by ayla appears twice in the file; merged into one",
            ],
            import.Report.Notes);
    }
}
