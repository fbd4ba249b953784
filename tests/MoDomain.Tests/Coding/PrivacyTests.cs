using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.SocialSecurity;

namespace MoDomain.Tests.Coding;

public sealed class PrivacyTests
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("k3y-that-must-never-leak-0123456789");

    internal static Corpus CorpusWithNames() =>
        Corpus.Create(Codebook.Standard)
            .AddDocument("i1", "Ich heiße Ayşe und komme gern her.", new DocumentAttributes(Perspective.MigrantOrganisation, speakerName: "Ayşe Yılmaz", organisationId: "verein"))
            .AddDocument("i2", "Wir beraten hier.", new DocumentAttributes(Perspective.WelfareAssociation, speakerName: "Jan Müller"))
            .CodeText("i1", "komme gern her", "function:homemaking", "a")
            .CodeText("i2", "Wir beraten hier.", "function:service", "a");

    [Fact]
    public void Pseudonyms_are_stable_keyed_and_normalised()
    {
        var p = new Pseudonymiser(Key);
        string a = p.Pseudonymise("Ayşe Yılmaz");
        Assert.Equal(a, new Pseudonymiser(Key).Pseudonymise(" Ayşe Yılmaz "));
        Assert.Equal(a, p.Pseudonymise("Ayşe Yılmaz".Normalize(NormalizationForm.FormD)));
        Assert.NotEqual(a, p.Pseudonymise("Jan Müller"));
        Assert.NotEqual(a, new Pseudonymiser(Encoding.ASCII.GetBytes("another-key-of-sufficient-length")).Pseudonymise("Ayşe Yılmaz"));
        Assert.Matches("^ps-[0-9a-f]{24}$", a);
        Assert.Throws<ArgumentException>(() => new Pseudonymiser(new byte[15]));
        Assert.DoesNotContain("k3y", p.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pinned_pseudonym_keeps_studies_linkable_across_versions()
    {
        // HMAC-SHA256(key, "Ayşe Yılmaz") truncated to 12 bytes; computed independently with Python's hmac module.
        Assert.Equal("ps-" + PinnedHex, new Pseudonymiser(Key).Pseudonymise("Ayşe Yılmaz"));
    }

    private const string PinnedHex = "5853d7544da0643bccb0a87b";

    [Fact]
    public void Pseudonymise_replaces_names_by_pseudonyms_in_the_corpus()
    {
        var p = new Pseudonymiser(Key);
        var corpus = CorpusWithNames().Pseudonymise(p);
        Assert.All(corpus.Documents, d => Assert.Null(d.Attributes.SpeakerName));
        Assert.Equal(p.Pseudonymise("Jan Müller"), corpus.Document("i2").Attributes.SpeakerId);
        Assert.Equal(2, corpus.Codings.Count);
    }

    [Fact]
    public void Exports_leave_out_direct_identifiers_unless_the_caller_opts_in()
    {
        var corpus = CorpusWithNames();
        foreach (var text in AllExports(corpus, ids: false))
        {
            Assert.DoesNotContain("Yılmaz", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Jan Müller", text, StringComparison.Ordinal);
        }
        Assert.All(AllExports(corpus, ids: true), text => Assert.Contains("Yılmaz", text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_key_never_appears_in_any_output()
    {
        var p = new Pseudonymiser(Key);
        var corpus = CorpusWithNames().Pseudonymise(p);
        string[] forms = [Encoding.ASCII.GetString(Key), Convert.ToHexString(Key), Convert.ToHexString(Key).ToLowerInvariant(), Convert.ToBase64String(Key)];
        foreach (var text in AllExports(corpus, ids: true).Append(p.ToString()))
        {
            foreach (var form in forms)
            {
                Assert.DoesNotContain(form, text, StringComparison.Ordinal);
            }
        }
    }

    private static string[] AllExports(Corpus corpus, bool ids)
    {
        using var stream = new MemoryStream();
        RefiProject.Write(corpus, stream, includeDirectIdentifiers: ids);
        var zipText = new StringBuilder();
        using (var zip = new ZipArchive(new MemoryStream(stream.ToArray()), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                zipText.Append(reader.ReadToEnd());
            }
        }
        return
        [
            CorpusCsv.Write(corpus, includeDirectIdentifiers: ids),
            CorpusJson.Write(corpus, ids),
            CorpusJson.WriteRecords(CodingRecord.FromCorpus(corpus, includeDirectIdentifiers: ids)),
            zipText.ToString(),
        ];
    }
}
