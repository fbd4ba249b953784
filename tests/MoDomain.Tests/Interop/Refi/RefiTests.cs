using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Samples;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Interop.Refi;

public sealed class RefiTests
{
    private static byte[] Qdpx(Corpus corpus, bool ids = false, bool block = true)
    {
        using var stream = new MemoryStream();
        RefiProject.Write(corpus, stream, new RefiExportOptions(includeDirectIdentifiers: ids, includeMoDomainBlock: block));
        return stream.ToArray();
    }

    private static byte[] ProjectXml(byte[] qdpx)
    {
        using var zip = new ZipArchive(new MemoryStream(qdpx), ZipArchiveMode.Read);
        using var entry = zip.GetEntry("project.qde")!.Open();
        using var buffer = new MemoryStream();
        entry.CopyTo(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void Exported_codebooks_validate_against_the_codebook_schema()
    {
        RefiSchemas.ValidateCodebook(Encoding.UTF8.GetBytes(RefiCodebook.Write(Codebook.Standard)));
        RefiSchemas.ValidateCodebook(Encoding.UTF8.GetBytes(RefiCodebook.Write(SampleCorpus.Codebook, Language.English)));
        RefiSchemas.ValidateCodebook(Encoding.UTF8.GetBytes(RefiCodebook.Write(Codebook.Empty.WithCode("x", "X", "X"))));
        RefiSchemas.ValidateCodebook(Encoding.UTF8.GetBytes(RefiCodebook.Write(SampleCorpus.Codebook, new RefiExportOptions(includeMoDomainBlock: true))));
    }

    [Fact]
    public void Exported_projects_validate_against_the_project_schema()
    {
        RefiSchemas.ValidateProject(ProjectXml(Qdpx(SampleCorpus.Corpus)));
        RefiSchemas.ValidateProject(ProjectXml(Qdpx(SampleCorpus.Corpus, block: false)));
        RefiSchemas.ValidateProject(ProjectXml(Qdpx(Coding.PrivacyTests.CorpusWithNames(), ids: true)));
        RefiSchemas.ValidateProject(ProjectXml(Qdpx(Corpus.Create(Codebook.Empty.WithCode("x", "X", "X")))));
        RefiSchemas.ValidateProject(ProjectXml(Qdpx(Corpus.Create(Codebook.Empty.WithCode("x", "X", "X")).AddDocument("d", ""))));
    }

    [Fact]
    public void Exports_are_deterministic_byte_for_byte()
    {
        Assert.Equal(RefiCodebook.Write(SampleCorpus.Codebook), RefiCodebook.Write(SampleCorpus.Codebook));
        Assert.Equal(Qdpx(SampleCorpus.Corpus), Qdpx(SampleCorpus.Corpus));
    }

    [Fact]
    public void Codebook_round_trip_keeps_ids_labels_descriptions_colours_hierarchy_and_codability()
    {
        var import = RefiCodebook.Read(RefiCodebook.Write(SampleCorpus.Codebook, new RefiExportOptions(includeMoDomainBlock: true)));
        Assert.True(import.Report.IsComplete, string.Join("; ", import.Report.Ignored.Concat(import.Report.Notes)));
        Assert.Equal(SampleCorpus.Codebook.Codes, import.Codebook.Codes);
    }

    [Fact]
    public void Project_round_trip_keeps_documents_attributes_codings_memos_and_codebook()
    {
        var corpus = SampleCorpus.Corpus;
        var import = RefiProject.Read(new MemoryStream(Qdpx(corpus)));
        Assert.True(import.Report.IsComplete, string.Join("; ", import.Report.Ignored.Concat(import.Report.Notes)));
        Assert.Equal(corpus.Codebook.Codes, import.Corpus.Codebook.Codes);
        Assert.Equal(corpus.Documents, import.Corpus.Documents);
        Assert.Equal(corpus.Codings.OrderBy(c => c.ToString()), import.Corpus.Codings.OrderBy(c => c.ToString()));
    }

    [Fact]
    public void Positions_are_code_points_so_text_beyond_the_basic_plane_keeps_its_ranges()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d", "😀 Zuhause 😀 Hilfe")
            .CodeText("d", "Hilfe", "function:service", "a");
        var import = RefiProject.Read(new MemoryStream(Qdpx(corpus)));
        Assert.Equal("Hilfe", import.Corpus.TextOf(import.Corpus.Codings.Single().Segment));
        string xml = Encoding.UTF8.GetString(ProjectXml(Qdpx(corpus)));
        Assert.Contains("startPosition=\"12\"", xml);
    }

    [Fact]
    public void Foreign_project_is_imported_with_unmodelled_parts_reported()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project name="Fremd" origin="QualCoder" xmlns="urn:QDA-XML:project:1.0">
              <Users><User guid="11111111-1111-1111-1111-111111111111" name="Ayla"/></Users>
              <CodeBook><Codes>
                <Code guid="22222222-2222-2222-2222-222222222222" name="Vertrauen &amp; Nähe" isCodable="true" color="#F00">
                  <Code guid="33333333-3333-3333-3333-333333333333" name="Beratung" isCodable="false"/>
                </Code>
              </Codes></CodeBook>
              <Variables><Variable guid="44444444-4444-4444-4444-444444444444" name="Alter" typeOfVariable="Integer"/></Variables>
              <Cases><Case guid="55555555-5555-5555-5555-555555555555" name="verein-x"><SourceRef targetGUID="66666666-6666-6666-6666-666666666666"/></Case></Cases>
              <Sources>
                <TextSource guid="66666666-6666-6666-6666-666666666666" name="Interview A">
                  <PlainTextContent>Wir vertrauen dem Verein. Dort gibt es Beratung.</PlainTextContent>
                  <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="0" endPosition="24" creatingUser="11111111-1111-1111-1111-111111111111">
                    <Coding guid="88888888-8888-8888-8888-888888888888"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/><NoteRef targetGUID="99999999-9999-9999-9999-999999999999"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="77777777-7777-7777-7777-777777777778" startPosition="26" endPosition="48">
                    <Coding guid="88888888-8888-8888-8888-888888888889" creatingUser="11111111-1111-1111-1111-111111111111"><CodeRef targetGUID="33333333-3333-3333-3333-333333333333"/></Coding>
                  </PlainTextSelection>
                  <Coding guid="88888888-8888-8888-8888-88888888888a"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
                  <VariableValue><VariableRef targetGUID="44444444-4444-4444-4444-444444444444"/><IntegerValue>42</IntegerValue></VariableValue>
                </TextSource>
                <PictureSource guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa" name="Foto" path="internal://foto.jpg"/>
              </Sources>
              <Notes><Note guid="99999999-9999-9999-9999-999999999999" name="Memo"><PlainTextContent>wichtig</PlainTextContent></Note></Notes>
              <Sets><Set guid="bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb" name="S"/></Sets>
            </Project>
            """;
        var import = RefiProject.Read(new MemoryStream(Zip(("project.qde", xml))));
        var corpus = import.Corpus;
        var document = Assert.Single(corpus.Documents);
        Assert.Equal("Interview A", document.Id);
        Assert.Equal("verein-x", document.Attributes.OrganisationId);
        Assert.Equal(42m, document.Attributes.Variables["Alter"].AsNumber);
        Assert.Equal(2, corpus.Codings.Count);
        var first = corpus.Codings[0];
        Assert.Equal("imported:vertrauen-naehe", first.CodeId);
        Assert.Equal("Ayla", first.CoderId);
        Assert.Equal("wichtig", first.Memo);
        Assert.Equal("Wir vertrauen dem Verein", corpus.TextOf(first.Segment));
        Assert.Equal("#FF0000", corpus.Codebook["imported:vertrauen-naehe"].Colour);
        Assert.True(corpus.Codebook["imported:beratung"].IsCodable);
        Assert.Contains(import.Report.Ignored, l => l.Contains("PictureSource", StringComparison.Ordinal));
        Assert.Contains(import.Report.Ignored, l => l.Contains("whole source", StringComparison.Ordinal));
        Assert.Contains(import.Report.Ignored, l => l.Contains("Sets", StringComparison.Ordinal));
        Assert.Contains(import.Report.Notes, l => l.Contains("made codable", StringComparison.Ordinal));
        // Exporting what was imported gives a valid project.
        RefiSchemas.ValidateProject(ProjectXml(Qdpx(corpus)));
    }

    [Fact]
    public void Malformed_values_in_a_project_give_a_clear_invalid_data_error()
    {
        const string xml = """
            <Project name="p" xmlns="urn:QDA-XML:project:1.0"><Sources>
              <TextSource guid="66666666-6666-6666-6666-666666666666" name="A"><PlainTextContent>Text</PlainTextContent>
                <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="x" endPosition="2"/>
              </TextSource></Sources></Project>
            """;
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", xml)))));
        Assert.Contains("cannot accept", ex.Message);
        var blank = Assert.Throws<InvalidDataException>(() => RefiCodebook.Read("""<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="22222222-2222-2222-2222-222222222222" name=" " isCodable="true"/></Codes></CodeBook>"""));
        Assert.Contains("cannot accept", blank.Message);
    }

    [Fact]
    public void Xml_with_a_dtd_is_refused()
    {
        const string xml = """<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY x "boom">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>""";
        var ex = Assert.Throws<InvalidDataException>(() => RefiCodebook.Read(xml));
        Assert.Contains("DTD", ex.Message);
        Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", xml.Replace("CodeBook", "Project", StringComparison.Ordinal)))))); 
    }

    [Fact]
    public void Zip_limits_and_path_traversal_are_enforced_with_clear_errors()
    {
        byte[] ok = Qdpx(SampleCorpus.Corpus);
        var entries = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(ok), new RefiImportLimits(maxEntries: 2)));
        Assert.Contains("entries", entries.Message);
        var size = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(ok), new RefiImportLimits(maxTotalBytes: 1000)));
        Assert.Contains("bytes", size.Message);
        var traversal = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("project.qde", "<Project/>"), ("../evil.txt", "x")))));
        Assert.Contains("../", traversal.Message);
        Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("/abs.txt", "x")))));
        var missing = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Zip(("other.txt", "x")))));
        Assert.Contains("project.qde", missing.Message);
        Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(Encoding.UTF8.GetBytes("not a zip"))));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RefiImportLimits(maxEntries: 0));
    }

    [Fact]
    public void Write_file_is_atomic_and_replaces_the_target()
    {
        string dir = Path.Combine(Path.GetTempPath(), "modomain-refi-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string path = Path.Combine(dir, "p.qdpx");
            File.WriteAllText(path, "old");
            RefiProject.WriteFile(SampleCorpus.Corpus, path);
            Assert.Equal(Qdpx(SampleCorpus.Corpus, block: false), File.ReadAllBytes(path));
            Assert.Single(Directory.GetFiles(dir));
            RefiCodebook.WriteFile(SampleCorpus.Codebook, Path.Combine(dir, "c.qdc"));
            RefiSchemas.ValidateCodebook(File.ReadAllBytes(Path.Combine(dir, "c.qdc")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    internal static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }
}
