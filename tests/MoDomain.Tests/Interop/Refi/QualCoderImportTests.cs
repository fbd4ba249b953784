using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop.Refi;

/// <summary>
/// Our exports opened by a real client: QualCoder's own REFI-QDA import (issue 19 §1) must store every source, every
/// coding credited to its coder with its memo, and every code with its description, without an exception.
/// </summary>
public sealed class QualCoderImportTests
{
    private static byte[] Qdpx(Corpus corpus)
    {
        using var stream = new MemoryStream();
        RefiProject.Write(corpus, stream);
        return stream.ToArray();
    }

    internal static byte[] ProjectXml(byte[] qdpx)
    {
        using var zip = new ZipArchive(new MemoryStream(qdpx), ZipArchiveMode.Read);
        using var entry = zip.GetEntry("project.qde")!.Open();
        using var buffer = new MemoryStream();
        entry.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>A corpus coded by three coders: identical, overlapping and nested ranges, several codes per range,
    /// memos (also two different memos of one coder on one range), text beyond the basic plane and a document title.</summary>
    internal static Corpus MultiCoderCorpus(int seed)
    {
        var random = new Random(seed);
        var codebook = Codebook.Empty
            .With(new Code("themes", new MoDomain.Vocabulary.LocalizedText("Themes", "Themen"), "Gruppe der Themen", null, null, Code.ResearcherSource, isCodable: false))
            .WithCode("trust", "Trust", "Vertrauen", parentId: "themes", description: "Vertrauen in den Verein")
            .WithCode("help", "Help", "Hilfe", parentId: "themes")
            .WithCode("help-forms", "Forms", "Formulare", parentId: "help", colour: "#123456")
            .WithCode("language", "Language", "Sprache");
        string[] codes = ["trust", "help", "help-forms", "language"];
        string[] coders = ["ayla", "ben", "chen"];
        var corpus = Corpus.Create(codebook);
        for (int d = 0; d < 3; d++)
        {
            var text = new StringBuilder();
            for (int s = 0; s < 12; s++)
            {
                text.Append(s % 5 == 3 ? "Grüße 😀 aus der Beratung, " : "Wir helfen beim Antrag und beim Brief vom Amt. ");
            }
            string id = $"interview-{d + 1}";
            corpus = corpus.AddDocument(id, text.ToString(), title: d == 0 ? "Interview mit dem Vorstand" : null);
            string document = corpus.Document(id).Text;
            var ranges = new List<(int Start, int End)>();
            for (int r = 0; r < 8; r++)
            {
                int start = random.Next(0, document.Length - 40);
                if (char.IsLowSurrogate(document[start]))
                {
                    start++;
                }
                int end = start + random.Next(5, 35);
                if (char.IsLowSurrogate(document[end]))
                {
                    end++;
                }
                ranges.Add((start, end));
            }
            ranges.Add(ranges[0]);
            ranges.Add((ranges[1].Start, ranges[1].End + 3));
            foreach (var (start, end) in ranges.Distinct())
            {
                foreach (var coder in coders)
                {
                    if (random.Next(4) == 0)
                    {
                        continue;
                    }
                    foreach (var code in codes.Where(_ => random.Next(3) == 0).DefaultIfEmpty(codes[random.Next(codes.Length)]))
                    {
                        string? memo = random.Next(3) == 0 ? $"Notiz von {coder} zu {code}: \"wichtig\" & <klar>" : null;
                        corpus = corpus.Code(id, start, end, code, coder, memo);
                    }
                }
            }
        }
        return corpus;
    }

    private static List<(string Source, int Start, int End, string Code, string Coder, string Memo)> Expected(Corpus corpus)
    {
        var positions = corpus.Documents.ToDictionary(d => d.Id, d => new CodePointIndex(d.Text));
        return [.. corpus.Codings
            .Select(c => (c.Segment.DocumentId, positions[c.Segment.DocumentId].ToCodePoints(c.Segment.Start), positions[c.Segment.DocumentId].ToCodePoints(c.Segment.End), corpus.Codebook[c.CodeId].Label.German, c.CoderId, c.Memo ?? string.Empty))
            .Order()];
    }

    private static List<(string Source, int Start, int End, string Code, string Coder, string Memo)> Stored(JsonElement rows) =>
        [.. rows.GetProperty("codings").EnumerateArray()
            .Select(r => (r[0].GetString()!, r[1].GetInt32(), r[2].GetInt32(), r[3].GetString() ?? "(no code)", r[4].GetString()!, r[5].GetString()!))
            .Order()];

    private static void AssertImportedCompletely(Corpus corpus, JsonElement rows)
    {
        Assert.True(rows.GetProperty("raised").ValueKind == JsonValueKind.Null, $"QualCoder's import raised: {rows.GetProperty("raised")}\n{rows.GetProperty("output")}");
        var sources = rows.GetProperty("sources").EnumerateArray().Select(s => (s[0].GetString()!, s[1].GetString()!, s[2].GetString()!)).ToList();
        Assert.Equal(corpus.Documents.Select(d => (d.Id, d.Text, d.Title ?? string.Empty)), sources);
        var expected = Expected(corpus);
        var stored = Stored(rows);
        Assert.Equal(expected.Count, stored.Count);
        Assert.Equal(expected, stored);
        Assert.Equal(
            corpus.Codings.GroupBy(c => c.CoderId).Select(g => (g.Key, g.Count())).Order(),
            stored.GroupBy(c => c.Coder).Select(g => (g.Key, g.Count())).Order());
        // The codebook came along: codable codes as codes, grouping codes as categories.
        Assert.Equal(corpus.Codebook.Codes.Where(c => c.IsCodable).Select(c => c.Label.German).Order(), rows.GetProperty("codes").EnumerateArray().Select(c => c[0].GetString()).Order());
        Assert.Equal(corpus.Codebook.Codes.Where(c => !c.IsCodable).Select(c => c.Label.German).Order(), rows.GetProperty("categories").EnumerateArray().Select(c => c[0].GetString()).Order());
    }

    [Fact]
    public void QualCoder_imports_the_sample_corpus_completely()
    {
        var corpus = SampleCorpus.Corpus;
        byte[] qdpx = Qdpx(corpus);
        RefiSchemas.ValidateProject(ProjectXml(qdpx));
        AssertImportedCompletely(corpus, QualCoder.Import(qdpx, ".qdpx"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void QualCoder_imports_a_multi_coder_corpus_with_every_coding_credited_to_its_coder_and_every_memo(int seed)
    {
        var corpus = MultiCoderCorpus(seed);
        Assert.Equal(3, corpus.Coders.Length);
        Assert.Contains(corpus.Codings, c => c.Memo is not null);
        Assert.True(corpus.Codings.GroupBy(c => c.Segment).Any(g => g.Select(c => c.CoderId).Distinct().Count() == 3), "some range is coded by all three coders");
        byte[] qdpx = Qdpx(corpus);
        RefiSchemas.ValidateProject(ProjectXml(qdpx));
        AssertImportedCompletely(corpus, QualCoder.Import(qdpx, ".qdpx"));
        // And MoDomain reads its own export back unchanged (ids need the [MoDomain] block).
        using var stream = new MemoryStream();
        RefiProject.Write(corpus, stream, new RefiExportOptions(includeMoDomainBlock: true));
        var import = RefiProject.Read(new MemoryStream(stream.ToArray()));
        Assert.True(import.Report.IsComplete, string.Join("; ", import.Report.Ignored.Concat(import.Report.Notes)));
        Assert.Equal(corpus.Codings.OrderBy(c => c.ToString()).ThenBy(c => c.Memo), import.Corpus.Codings.OrderBy(c => c.ToString()).ThenBy(c => c.Memo));
    }

    [Fact]
    public void QualCoder_imports_the_codebook_with_hierarchy_and_descriptions_as_memos()
    {
        foreach (var codebook in new[] { SampleCorpus.Codebook, MultiCoderCorpus(1).Codebook, WithGuidelines(MultiCoderCorpus(1).Codebook) })
        {
            string qdc = RefiCodebook.Write(codebook);
            RefiSchemas.ValidateCodebook(Encoding.UTF8.GetBytes(qdc));
            var rows = QualCoder.Import(Encoding.UTF8.GetBytes(qdc), ".qdc");
            Assert.True(rows.GetProperty("raised").ValueKind == JsonValueKind.Null, $"QualCoder's import raised: {rows.GetProperty("raised")}");
            Assert.DoesNotContain("[MoDomain]", rows.GetProperty("output").GetString(), StringComparison.Ordinal);
            // (name, memo, category, parent code) per code; (name, memo, parent category) per category.
            var codes = rows.GetProperty("codes").EnumerateArray().ToDictionary(c => c[0].GetString()!, c => (Memo: c[1].GetString(), Category: c[2].GetString(), Parent: c[3].GetString()));
            var categories = rows.GetProperty("categories").EnumerateArray().ToDictionary(c => c[0].GetString()!, c => (Memo: c[1].GetString(), Parent: c[2].GetString()));
            Assert.Equal(codebook.Codes.Count(c => c.IsCodable), codes.Count);
            Assert.Equal(codebook.Codes.Count(c => !c.IsCodable), categories.Count);
            foreach (var code in codebook.Codes)
            {
                string? parent = code.ParentId is { } p ? codebook[p].Label.German : null;
                bool parentCodable = code.ParentId is { } q && codebook[q].IsCodable;
                if (code.IsCodable)
                {
                    var stored = codes[code.Label.German];
                    Assert.Equal(RefiXml.Description(code, includeBlock: false) ?? string.Empty, stored.Memo);
                    Assert.Equal(parentCodable ? null : parent, stored.Category);
                    Assert.Equal(parentCodable ? parent : null, stored.Parent);
                }
                else
                {
                    var stored = categories[code.Label.German];
                    Assert.Equal(RefiXml.Description(code, includeBlock: false) ?? string.Empty, stored.Memo);
                    Assert.Equal(parent, stored.Parent);
                }
            }
        }
    }

    /// <summary>The codebook with a Mayring guideline on every code (quotes, line breaks and a marker inside a text).</summary>
    internal static Codebook WithGuidelines(Codebook codebook)
    {
        foreach (var code in codebook.Codes)
        {
            codebook = codebook.WithGuideline(code.Id, new CodingGuideline(
                $"Passagen zu „{code.Label.German}“.",
                ["\"Die helfen uns.\" (I-01)", "Zweites Beispiel\nüber zwei Zeilen"],
                "Im Zweifel den Obercode.\nKodierregel: steht hier als Text."));
        }
        return codebook;
    }

    [Fact]
    public void QualCoder_imports_a_project_whose_codebook_carries_guidelines_with_the_guide_as_code_memos()
    {
        var plain = MultiCoderCorpus(2);
        var corpus = Corpus.Create(WithGuidelines(plain.Codebook));
        foreach (var document in plain.Documents)
        {
            corpus = corpus.AddDocument(document);
        }
        foreach (var coding in plain.Codings)
        {
            corpus = corpus.Add(coding);
        }
        byte[] qdpx = Qdpx(corpus);
        RefiSchemas.ValidateProject(ProjectXml(qdpx));
        var rows = QualCoder.Import(qdpx, ".qdpx");
        AssertImportedCompletely(corpus, rows);
        var memos = rows.GetProperty("codes").EnumerateArray().Concat(rows.GetProperty("categories").EnumerateArray()).ToDictionary(c => c[0].GetString()!, c => c[1].GetString());
        foreach (var code in corpus.Codebook.Codes)
        {
            string memo = memos[code.Label.German]!;
            Assert.Contains("Definition: Passagen zu", memo, StringComparison.Ordinal);
            Assert.Contains("Ankerbeispiel: \"Die helfen uns.\" (I-01)", memo, StringComparison.Ordinal);
            Assert.Contains("Kodierregel: Im Zweifel den Obercode.", memo, StringComparison.Ordinal);
        }
        // MoDomain reads the guidelines back from the same file.
        var import = RefiProject.Read(new MemoryStream(qdpx));
        Assert.Equal(corpus.Codebook.Codes.Select(c => c.Guideline), import.Corpus.Codebook.Codes.Select(c => c.Guideline));
    }
}
