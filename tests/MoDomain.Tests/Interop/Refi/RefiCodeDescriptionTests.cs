using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Interop.Refi;

/// <summary>
/// Coding guidelines in the REFI-QDA code <c>Description</c> (issue 19 §3): readable paragraphs with the German
/// markers, read back exactly, also when the texts themselves contain the markers, line breaks and quotes.
/// </summary>
public sealed class RefiCodeDescriptionTests
{
    // Pieces that make the hard cases likely: the markers at line starts, backslashes before them, blank lines,
    // quotes and XML-special characters, umlauts and an emoji.
    private static readonly string[] Pieces =
    [
        "Definition:", "Kodierregel:", "Ankerbeispiel:", "[MoDomain]", "\\", "\n", "\n\n", " ", "\"", "'", "&", "<b>",
        "Wir helfen", "beim Antrag", "Äußerung", "😀", "id: x", ":", "«Zitat»",
    ];

    private static string? Text(int[]? tokens) =>
        tokens is null || tokens.Length == 0 ? null : string.Concat(tokens.Select(t => Pieces[Math.Abs(t % Pieces.Length)]));

    private static Code CodeWith(string? description, CodingGuideline guideline, bool codable = true) =>
        new("trust", new LocalizedText("Trust", "Vertrauen"), description, isCodable: codable, guideline: guideline);

    private static Code RoundTrip(Code code, bool block)
    {
        string qdc = RefiCodebook.Write(Codebook.Of([code]), new RefiExportOptions(includeMoDomainBlock: block));
        return Assert.Single(RefiCodebook.Read(qdc).Codebook.Codes);
    }

    [Property(MaxTest = 300)]
    public void Description_and_guideline_survive_a_qdc_round_trip(int[] description, int[] definition, int[][] anchors, int[] rule, bool block)
    {
        var guideline = new CodingGuideline(Text(definition), (anchors ?? []).Select(a => Text(a) ?? string.Empty), Text(rule));
        var code = CodeWith(Text(description), guideline);
        var back = RoundTrip(code, block);
        Assert.Equal(code.Guideline, back.Guideline);
        Assert.Equal(code.Description, back.Description);
        if (block)
        {
            Assert.Equal(code, back);
        }
    }

    [Fact]
    public void The_guideline_is_written_as_readable_paragraphs_with_the_german_markers()
    {
        var code = CodeWith("Vertrauen in den Verein.", new CodingGuideline("Aussagen über \"Vertrauen\".", ["„Die kennen uns.“ (I-01)", "Man kann hingehen."], "Nur ausdrückliche Aussagen\nzählen."));
        string? text = RefiXml.Description(code, includeBlock: false);
        Assert.Equal(
            "Vertrauen in den Verein.\n\nDefinition: Aussagen über \"Vertrauen\".\n\nAnkerbeispiel: „Die kennen uns.“ (I-01)\n\nAnkerbeispiel: Man kann hingehen.\n\nKodierregel: Nur ausdrückliche Aussagen\nzählen.",
            text);
        Assert.Equal(code.Guideline, RoundTrip(code, block: false).Guideline);
    }

    [Fact]
    public void Texts_that_contain_the_markers_come_back_unchanged()
    {
        var code = CodeWith(
            "Siehe unten.\nDefinition: steht hier nur als Beispiel\n\\Kodierregel: mit Backslash\n[MoDomain]\nid: not-a-block",
            new CodingGuideline("Kodierregel: als Text der Definition", ["Ankerbeispiel: im Anker\n\nzweiter Absatz"], "Regel \"mit\" Anführungszeichen"));
        var back = RoundTrip(code, block: false);
        Assert.Equal(code.Description, back.Description);
        Assert.Equal(code.Guideline, back.Guideline);
        Assert.Equal(code, RoundTrip(code, block: true));
    }

    [Fact]
    public void Paragraphs_written_by_another_program_with_the_markers_are_read_as_guideline()
    {
        var (description, guideline) = RefiCodeDescription.Parse("Beschreibung\r\nDefinition: a\r\nKodierregel:\r\nb\r\nAnkerbeispiel: c\r\nDefinition: d");
        Assert.Equal("Beschreibung", description);
        Assert.Equal(new CodingGuideline("a\n\nd", ["c"], "b"), guideline);
        Assert.Equal((null, CodingGuideline.Empty), RefiCodeDescription.Parse(null));
        Assert.Equal(("nur Text \\ mit \\Backslash", CodingGuideline.Empty), RefiCodeDescription.Parse("nur Text \\ mit \\Backslash"));
    }

    [Fact]
    public void Without_a_guideline_the_description_is_written_as_before_and_no_block_is_appended()
    {
        var code = CodeWith("Vertrauen in den Verein.", CodingGuideline.Empty);
        Assert.Equal("Vertrauen in den Verein.", RefiXml.Description(code, includeBlock: false));
        Assert.DoesNotContain("[MoDomain]", RefiCodebook.Write(Codebook.Of([code])), StringComparison.Ordinal);
        Assert.Null(RefiXml.Description(CodeWith(null, CodingGuideline.Empty), includeBlock: false));
    }

    [Fact]
    public void A_grouping_code_made_codable_on_project_import_keeps_its_guideline()
    {
        var guideline = new CodingGuideline("Oberbegriff für Themen.", ["Alles, was Hilfe ist."], "Nur wenn kein Untercode passt.");
        // Another program marked the code not codable but coded with it: written codable, then marked in the XML.
        var codebook = Codebook.Of([new Code("themes", new LocalizedText("Themes", "Themen"), "Gruppe", guideline: guideline)]);
        var corpus = Corpus.Create(codebook).AddDocument("d1", "Wir helfen beim Antrag.").Code("d1", 0, 10, "themes", "ayla");
        foreach (bool block in new[] { false, true })
        {
            using var stream = new MemoryStream();
            RefiProject.Write(corpus, stream, new RefiExportOptions(includeMoDomainBlock: block));
            string xml = Encoding.UTF8.GetString(QualCoderImportTests.ProjectXml(stream.ToArray()));
            Assert.Contains("isCodable=\"true\"", xml, StringComparison.Ordinal);
            using var patched = new MemoryStream();
            stream.Position = 0;
            stream.CopyTo(patched);
            using (var zip = new ZipArchive(patched, ZipArchiveMode.Update, leaveOpen: true))
            {
                zip.GetEntry("project.qde")!.Delete();
                using var entry = new StreamWriter(zip.CreateEntry("project.qde").Open(), new UTF8Encoding(false));
                entry.Write(xml.Replace("isCodable=\"true\"", "isCodable=\"false\"", StringComparison.Ordinal));
            }
            patched.Position = 0;
            var import = RefiProject.Read(patched);
            var code = Assert.Single(import.Corpus.Codebook.Codes);
            Assert.True(code.IsCodable);
            Assert.Equal(guideline, code.Guideline);
            Assert.Equal("Gruppe", code.Description);
            Assert.Contains(import.Report.Notes, n => n.Contains("made codable", StringComparison.Ordinal));
        }
    }
}
