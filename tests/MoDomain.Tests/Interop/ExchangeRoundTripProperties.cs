using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.SocialSecurity;

namespace MoDomain.Tests.Interop;

/// <summary>Round-trip laws of the exchange formats on random corpora with awkward text (quotes, delimiters, line
/// breaks, umlauts, characters beyond the basic plane).</summary>
public sealed class ExchangeRoundTripProperties
{
    private static readonly string[] Pieces = ["Bei uns", " \"zuhause\"", ", ja;", "\r\n", "Ämter ", "😀", " <&> ", "ß", "\t", "Hilfe."];
    private static readonly string[] Codes = [.. Codebook.Standard.Codes.Where(c => c.IsCodable).Select(c => c.Id).Take(30)];

    private static Arbitrary<Corpus> CorpusArb()
    {
        var text = Gen.ArrayOf(Gen.Elements(Pieces), 3).Select(p => string.Concat(p)).Zip(Gen.Elements(Pieces), (a, b) => a + b + "Ende");
        var memo = Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(Pieces).Select(p => (string?)("Memo" + p)));
        var coding = from doc in Gen.Choose(0, 1)
                     from start in Gen.Choose(0, 10)
                     from length in Gen.Choose(1, 8)
                     from code in Gen.Elements(Codes)
                     from coder in Gen.Elements("a", "b;c", "d \"e\"")
                     from m in memo
                     select (doc, start, length, code, coder, m);
        return (from t0 in text
                from t1 in text
                from perspective in Gen.Elements<Perspective?>(null, Perspective.MigrantOrganisation, Perspective.PublicAdministration)
                from n in Gen.Choose(0, 12)
                from codings in Gen.ArrayOf(coding, n)
                select Build(t0, t1, perspective, codings)).ToArbitrary();
    }

    private static Corpus Build(string t0, string t1, Perspective? perspective, (int Doc, int Start, int Length, string Code, string Coder, string? Memo)[] codings)
    {
        var attributes = perspective is { } p ? new DocumentAttributes(p, organisationId: "org, \"x\"", speakerId: "s;1") : null;
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("doc 0", t0, attributes, "Titel; \"eins\"").AddDocument("doc-1", t1);
        foreach (var (doc, start, length, code, coder, memo) in codings)
        {
            string id = doc == 0 ? "doc 0" : "doc-1";
            string text = corpus.Document(id).Text;
            int s = Math.Min(start, text.Length - 1);
            int e = Math.Min(s + length, text.Length);
            // Keep surrogate pairs whole so that code-point positions exist for both ends.
            if (char.IsLowSurrogate(text[s]) || (e < text.Length && char.IsLowSurrogate(text[e])))
            {
                continue;
            }
            var candidate = new SegmentCoding(new TextSegment(id, s, e), code, coder, memo);
            if (!corpus.Codings.Any(c => c.Segment == candidate.Segment && c.CodeId == code && c.CoderId == coder))
            {
                corpus = corpus.Add(candidate);
            }
        }
        return corpus;
    }

    [Fact]
    public void Property_csv_json_and_qdpx_round_trips_keep_every_coding()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(60)), Prop.ForAll(CorpusArb(), corpus =>
        {
            var uncoded = Corpus.Create(corpus.Codebook);
            foreach (var d in corpus.Documents)
            {
                uncoded = uncoded.AddDocument(d);
            }
            Assert.Equal(corpus.Codings, CorpusCsv.ApplyTo(uncoded, CorpusCsv.Read(CorpusCsv.Write(corpus))).Codings);
            string semicolon = CorpusCsv.Write(corpus);
            Assert.Equal(CorpusCsv.Read(semicolon).Length, corpus.Codings.Count);

            var json = CorpusJson.Read(CorpusJson.Write(corpus));
            Assert.Equal(corpus.Documents, json.Documents);
            Assert.Equal(corpus.Codings, json.Codings);

            using var stream = new MemoryStream();
            RefiProject.Write(corpus, stream, new RefiExportOptions(includeMoDomainBlock: true));
            var import = RefiProject.Read(new MemoryStream(stream.ToArray()));
            Assert.True(import.Report.IsComplete, string.Join("; ", import.Report.Ignored.Concat(import.Report.Notes)));
            Assert.Equal(corpus.Documents, import.Corpus.Documents);
            Assert.Equal(corpus.Codings.OrderBy(c => c.ToString()).ThenBy(c => c.Memo), import.Corpus.Codings.OrderBy(c => c.ToString()).ThenBy(c => c.Memo));
        }));
    }

    [Fact]
    public void Property_every_exported_project_validates_against_the_schema()
    {
        RefiSchemas.RequireFolder();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(25)), Prop.ForAll(CorpusArb(), corpus =>
        {
            using var stream = new MemoryStream();
            RefiProject.Write(corpus, stream);
            using var zip = new ZipArchive(new MemoryStream(stream.ToArray()), ZipArchiveMode.Read);
            using var entry = zip.GetEntry("project.qde")!.Open();
            using var xml = new MemoryStream();
            entry.CopyTo(xml);
            RefiSchemas.ValidateProject(xml.ToArray());
        }));
    }
}
