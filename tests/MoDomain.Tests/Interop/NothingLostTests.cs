using System;
using System.IO;
using System.Linq;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop;

/// <summary>A failed import leaves the caller's objects unchanged; a failed export leaves the old file intact and no
/// temporary file behind.</summary>
public sealed class NothingLostTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "modomain-nothing-lost-" + Guid.NewGuid().ToString("N"));

    public NothingLostTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Applying_records_that_fail_leaves_the_corpus_unchanged()
    {
        Corpus corpus = SampleCorpus.Corpus;
        string before = CorpusJson.Write(corpus, includeDirectIdentifiers: true);
        int codings = corpus.Codings.Count;
        var records = CorpusCsv.Read(CorpusCsv.Write(corpus)).ToList();
        // All good records first, then one naming an unknown code: all-or-nothing.
        string bad = CorpusCsv.Write(corpus).Split("\r\n")[0] + "\r\n" + CorpusCsv.Write(corpus).Split("\r\n")[1].Replace(records[0].CodeId, "no-such-code", StringComparison.Ordinal) + "\r\n";
        var badRecords = CorpusCsv.Read(bad);
        Assert.Throws<CorpusCsvException>(() => CorpusCsv.ApplyTo(corpus, [.. records, .. badRecords]));
        Assert.Equal(codings, corpus.Codings.Count);
        Assert.Equal(before, CorpusJson.Write(corpus, includeDirectIdentifiers: true));
    }

    [Fact]
    public void A_failed_json_import_leaves_the_existing_codebook_and_corpus_unchanged()
    {
        string codebook = CorpusJson.WriteCodebook(SampleCorpus.Codebook);
        string corpus = CorpusJson.Write(SampleCorpus.Corpus, includeDirectIdentifiers: true);
        Assert.ThrowsAny<Exception>(() => CorpusJson.ReadCodebook(codebook[..(codebook.Length / 2)]));
        Assert.ThrowsAny<Exception>(() => RefiCodebook.Read("<CodeBook/>"));
        Assert.ThrowsAny<Exception>(() => RefiProject.Read(new MemoryStream([0x50, 0x4B, 3, 4, 0])));
        Assert.Equal(codebook, CorpusJson.WriteCodebook(SampleCorpus.Codebook));
        Assert.Equal(corpus, CorpusJson.Write(SampleCorpus.Corpus, includeDirectIdentifiers: true));
    }

    [Fact]
    public void A_writer_that_throws_midway_leaves_the_old_file_and_no_temporary_file()
    {
        string path = Path.Combine(directory, "corpus.json");
        CorpusJson.WriteFile(SampleCorpus.Corpus, path);
        byte[] old = File.ReadAllBytes(path);
        var ex = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[4096]);
            stream.Flush();
            throw new IOException("disk full (simulated)");
        }));
        Assert.Equal("disk full (simulated)", ex.Message);
        Assert.Equal(old, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(directory));
    }

    [Fact]
    public void A_refused_export_leaves_the_old_file_and_no_temporary_file()
    {
        string path = Path.Combine(directory, "codebook.qdc");
        RefiCodebook.WriteFile(SampleCorpus.Codebook, path);
        byte[] old = File.ReadAllBytes(path);
        Assert.Throws<ArgumentException>(() => RefiCodebook.WriteFile(Codebook.Of([]), path));
        Assert.Equal(old, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(directory));
    }
}
