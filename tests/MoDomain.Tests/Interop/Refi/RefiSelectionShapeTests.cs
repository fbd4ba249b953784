using System;
using System.IO;
using System.Linq;
using System.Text;
using MoDomain.Coding;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop.Refi;

/// <summary>
/// The import reads every shape of text selections in use: one selection per range and coder (MoDomain now, QualCoder,
/// MAXQDA), one selection shared by all coders (MoDomain before issue 19, ATLAS.ti), and memos in notes, in the
/// selection's description, or both.
/// </summary>
public sealed class RefiSelectionShapeTests
{
    private const string U1 = "11111111-1111-1111-1111-111111111111";
    private const string U2 = "11111111-1111-1111-1111-111111111112";
    private const string U3 = "11111111-1111-1111-1111-111111111113";
    private static readonly string C1 = RefiXml.Guid(NameBasedGuid.ForCode("imported:hilfe"));

    private static string Project(string sources, string notes = "") => $"""
        <Project name="p" xmlns="urn:QDA-XML:project:1.0">
          <Users><User guid="{U1}" name="ayla"/><User guid="{U2}" name="ben"/><User guid="{U3}" name="chen"/></Users>
          <CodeBook><Codes><Code guid="{C1}" name="Hilfe" isCodable="true"/></Codes></CodeBook>
          <Sources><TextSource guid="66666666-6666-6666-6666-666666666666" name="A"><PlainTextContent>Wir helfen beim Antrag.</PlainTextContent>{sources}</TextSource></Sources>
          {notes}
        </Project>
        """;

    private static RefiProjectImport Read(string xml) =>
        RefiProject.Read(new MemoryStream(RefiHostileInputTests.Zip(("project.qde", new UTF8Encoding(false).GetBytes(xml)))));

    private static string Coding(int n, string? user, string? noteRef = null) =>
        $"""<Coding guid="88888888-8888-8888-8888-88888888888{n}"{(user is null ? string.Empty : $" creatingUser=\"{user}\"")}><CodeRef targetGUID="{C1}"/>{(noteRef is null ? string.Empty : $"<NoteRef targetGUID=\"{noteRef}\"/>")}</Coding>""";

    [Fact]
    public void An_old_moDomain_export_with_selections_shared_by_coders_is_read_completely()
    {
        // Written by MoDomain before this change (the sample corpus, `modomain corpus export --format qdpx`): one
        // selection per range holding the codings of both coders, memos only as notes, no dates.
        string fixture = Path.Combine(QualCoder.RepositoryRoot(), "tests", "MoDomain.Tests", "Interop", "Refi", "Fixtures", "sample-shared-selections.qdpx");
        var import = RefiProject.ReadFile(fixture);
        Assert.True(import.Report.IsComplete, string.Join("; ", import.Report.Ignored.Concat(import.Report.Notes)));
        var corpus = import.Corpus;
        Assert.Equal(6, corpus.Documents.Count);
        Assert.Equal(26, corpus.Codings.Count);
        Assert.Equal([("coder-a", 14), ("coder-b", 12)], corpus.Codings.GroupBy(c => c.CoderId).Select(g => (g.Key, g.Count())).Order());
        var memo = Assert.Single(corpus.Codings, c => c.Memo is not null);
        Assert.Equal(("coder-a", "function:hinge", "Übergang vom geselligen Rahmen zur Hilfe: Homemaking begünstigt Service."), (memo.CoderId, memo.CodeId, memo.Memo));
        // The old files carry the [MoDomain] block, so ids come back exactly.
        Assert.All(corpus.Codings, c => Assert.False(c.CodeId.StartsWith("imported:", StringComparison.Ordinal)));
        // Both coders coded the first range of int-mo-01 with the same code; both codings survive.
        Assert.Equal(["coder-a", "coder-b"], corpus.Codings.Where(c => c.Segment == new TextSegment("int-mo-01", 0, 80)).Select(c => c.CoderId).Order());
    }

    [Fact]
    public void A_selection_shared_by_three_coders_gives_each_coder_its_coding_and_memo()
    {
        const string n1 = "99999999-9999-9999-9999-999999999991", n3 = "99999999-9999-9999-9999-999999999993";
        var import = Read(Project(
            $"""<PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="4" endPosition="10" creatingUser="{U1}">{Coding(1, U1, n1)}{Coding(2, U2)}{Coding(3, U3, n3)}</PlainTextSelection>""",
            $"""<Notes><Note guid="{n1}"><PlainTextContent>von ayla</PlainTextContent></Note><Note guid="{n3}"><PlainTextContent>von chen</PlainTextContent></Note></Notes>"""));
        Assert.True(import.Report.IsComplete);
        Assert.Equal(
            [("ayla", "von ayla"), ("ben", null), ("chen", "von chen")],
            import.Corpus.Codings.Select(c => (c.CoderId, c.Memo)));
        Assert.All(import.Corpus.Codings, c => Assert.Equal("helfen", import.Corpus.TextOf(c.Segment)));
    }

    [Fact]
    public void One_selection_per_coder_with_the_memo_as_description_reads_the_memo()
    {
        // QualCoder's and MAXQDA's shape: the selection's creator is the coder, the memo its description.
        var import = Read(Project(
            $"""<PlainTextSelection guid="77777777-7777-7777-7777-777777777771" startPosition="4" endPosition="10" creatingUser="{U1}" creationDateTime="2024-01-02T03:04:05Z"><Description>Memo von ayla</Description>{Coding(1, null)}</PlainTextSelection>"""
            + $"""<PlainTextSelection guid="77777777-7777-7777-7777-777777777772" startPosition="4" endPosition="10" creatingUser="{U2}"><Description> </Description>{Coding(2, U2)}</PlainTextSelection>"""));
        Assert.True(import.Report.IsComplete);
        Assert.Equal([("ayla", "Memo von ayla"), ("ben", null)], import.Corpus.Codings.Select(c => (c.CoderId, c.Memo)));
    }

    [Fact]
    public void A_description_that_differs_from_the_coding_notes_is_added_to_the_memo()
    {
        const string n1 = "99999999-9999-9999-9999-999999999991";
        var import = Read(Project(
            $"""<PlainTextSelection guid="77777777-7777-7777-7777-777777777771" startPosition="4" endPosition="10" creatingUser="{U1}"><Description>zur Stelle</Description>{Coding(1, U1, n1)}</PlainTextSelection>"""
            + $"""<PlainTextSelection guid="77777777-7777-7777-7777-777777777772" startPosition="0" endPosition="3" creatingUser="{U1}"><Description>gleich</Description>{Coding(2, U1, "99999999-9999-9999-9999-999999999992")}</PlainTextSelection>""",
            $"""<Notes><Note guid="{n1}"><PlainTextContent>zur Kodierung</PlainTextContent></Note><Note guid="99999999-9999-9999-9999-999999999992"><PlainTextContent>gleich</PlainTextContent></Note></Notes>"""));
        Assert.True(import.Report.IsComplete);
        Assert.Equal(["zur Kodierung\n\nzur Stelle", "gleich"], import.Corpus.Codings.Select(c => c.Memo));
    }

    [Fact]
    public void Our_export_reads_back_the_same_whichever_place_the_memo_is_read_from()
    {
        var corpus = QualCoderImportTests.MultiCoderCorpus(7);
        using var stream = new MemoryStream();
        RefiProject.Write(corpus, stream, new RefiExportOptions(includeMoDomainBlock: true));
        string xml = Encoding.UTF8.GetString(QualCoderImportTests.ProjectXml(stream.ToArray()));
        // Without the notes, the selection descriptions alone still give every memo.
        int notes = xml.IndexOf("<Notes>", StringComparison.Ordinal);
        Assert.True(notes > 0);
        string withoutNotes = xml[..notes] + "</Project>";
        withoutNotes = System.Text.RegularExpressions.Regex.Replace(withoutNotes, "<NoteRef targetGUID=\"[^\"]+\" />", string.Empty);
        var import = RefiProject.Read(new MemoryStream(RefiHostileInputTests.Zip(
            [("project.qde", Encoding.UTF8.GetBytes(withoutNotes)), .. corpus.Documents.Select(d => ($"Sources/{RefiXml.Guid(NameBasedGuid.For("document", d.Id))}.txt", Encoding.UTF8.GetBytes(d.Text)))])));
        Assert.True(import.Report.IsComplete, string.Join("; ", import.Report.Ignored.Concat(import.Report.Notes)));
        Assert.Equal(corpus.Codings.OrderBy(c => c.ToString()).Select(c => (c.ToString(), c.Memo)), import.Corpus.Codings.OrderBy(c => c.ToString()).Select(c => (c.ToString(), c.Memo)));
    }
}
