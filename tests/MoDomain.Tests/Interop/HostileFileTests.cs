using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop;

/// <summary>Hostile files (XXE, entity expansion, zip bombs, path traversal, too many entries, deep JSON) are
/// rejected with the documented exception and a message that says why.</summary>
public sealed class HostileFileTests
{
    private const string Xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n";

    private static readonly string BillionLaughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">"))
        + "]>\n";

    private static string WithPrologue(string xml, string prologue, string rootName)
    {
        int root = xml.IndexOf("<" + rootName, StringComparison.Ordinal);
        int close = xml.IndexOf('>', root);
        return prologue + xml[root..(close + 1)] + "&" + (prologue.Contains("lol9", StringComparison.Ordinal) ? "lol9" : "xxe") + ";" + xml[(close + 1)..];
    }

    private static void AssertDtdRefused(Action read)
    {
        var ex = Assert.Throws<InvalidDataException>(read);
        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Qdc_with_an_external_entity_is_refused() =>
        AssertDtdRefused(() => RefiCodebook.Read(WithPrologue(CorpusReaderFuzzTests.CodebookSeed, Xxe, "CodeBook")));

    [Fact]
    public void Qdc_with_entity_expansion_is_refused() =>
        AssertDtdRefused(() => RefiCodebook.Read(WithPrologue(CorpusReaderFuzzTests.CodebookSeed, BillionLaughs, "CodeBook")));

    [Fact]
    public void Project_qde_with_an_external_entity_is_refused()
    {
        string qde = WithPrologue(CorpusReaderFuzzTests.ProjectXmlSeed(), Xxe.Replace("CodeBook", "Project", StringComparison.Ordinal), "Project");
        AssertDtdRefused(() => RefiProject.Read(new MemoryStream(CorpusReaderFuzzTests.Zip(("project.qde", Encoding.UTF8.GetBytes(qde))))));
    }

    [Fact]
    public void Project_qde_with_entity_expansion_is_refused()
    {
        string qde = WithPrologue(CorpusReaderFuzzTests.ProjectXmlSeed(), BillionLaughs, "Project");
        AssertDtdRefused(() => RefiProject.Read(new MemoryStream(CorpusReaderFuzzTests.Zip(("project.qde", Encoding.UTF8.GetBytes(qde))))));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        // 16 MiB of zeros compress to a few KiB; the limit is 1 MiB.
        byte[] bomb = CorpusReaderFuzzTests.Zip(("project.qde", new byte[16 * 1024 * 1024]));
        Assert.True(bomb.Length < 100_000);
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(bomb), new RefiImportLimits(maxTotalBytes: 1024 * 1024)));
        Assert.Contains("1048576 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_hidden_in_a_source_entry_is_refused()
    {
        byte[] qde = Encoding.UTF8.GetBytes(CorpusReaderFuzzTests.ProjectXmlSeed());
        byte[] bomb = CorpusReaderFuzzTests.Zip(("project.qde", qde), ("sources/zeros.txt", new byte[8 * 1024 * 1024]));
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(bomb), new RefiImportLimits(maxTotalBytes: qde.Length + 1024L)));
        Assert.Contains("refusing", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("sources/../../evil.txt")]
    [InlineData("..\\evil.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/evil.txt")]
    public void Entries_that_climb_out_or_are_absolute_are_refused(string name)
    {
        byte[] qde = Encoding.UTF8.GetBytes(CorpusReaderFuzzTests.ProjectXmlSeed());
        byte[] zip = CorpusReaderFuzzTests.Zip(("project.qde", qde), (name, [1, 2, 3]));
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(zip)));
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        Assert.Contains("refusing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_with_more_entries_than_the_limit_is_refused()
    {
        int count = RefiImportLimits.Default.MaxEntries + 1;
        byte[] qde = Encoding.UTF8.GetBytes(CorpusReaderFuzzTests.ProjectXmlSeed());
        var entries = Enumerable.Range(0, count - 1).Select(i => ($"sources/{i}.txt", Array.Empty<byte>())).Prepend(("project.qde", qde)).ToArray();
        var ex = Assert.Throws<InvalidDataException>(() => RefiProject.Read(new MemoryStream(CorpusReaderFuzzTests.Zip(entries))));
        Assert.Contains($"{count} entries", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("profiles")]
    [InlineData("objectives")]
    [InlineData("function-evidence")]
    [InlineData("skos")]
    [InlineData("cooperation")]
    [InlineData("funding-policies")]
    [InlineData("funding-policy")]
    [InlineData("funding-ladder")]
    [InlineData("funding-cases")]
    [InlineData("corpus")]
    [InlineData("codebook-json")]
    public void Json_nested_past_the_depth_limit_is_refused(string reader)
    {
        const int Depth = 10_000;
        string nested = new string('[', Depth) + "1" + new string(']', Depth);
        string seed = reader switch
        {
            "profiles" => MoDomainJson.SerializeProfiles(SampleData.Profiles.Take(1)),
            "objectives" => ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles.Take(1)),
            "function-evidence" => FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles.Take(1)),
            "skos" => SkosJsonLd.Write(VocabularyCatalog.All[0]),
            "cooperation" => CooperationJson.SerializeMunicipality(SampleCooperation.Municipality),
            "funding-policies" => FundingJson.SerializePolicies(FundingPolicies.All.Take(1)),
            "funding-policy" => FundingJson.SerializePolicy(FundingPolicies.ProjectEligibility),
            "funding-ladder" => FundingJson.SerializeLadder(FundingLadder.Default),
            "funding-cases" => FundingJson.SerializeCases(SampleFunding.Cases.Take(1)),
            "corpus" => CorpusJson.Write(SampleCorpus.Corpus),
            _ => CorpusJson.WriteCodebook(SampleCorpus.Codebook),
        };
        // Nest the last property value, so the reader meets the depth before anything else it could object to.
        int colon = seed.LastIndexOf(':');
        int end = seed.IndexOfAny([',', '}', '\n'], colon + 1);
        string hostile = string.Concat(seed.AsSpan(0, colon + 1), nested, seed.AsSpan(end));
        Exception ex = Record.Exception(() =>
        {
            switch (reader)
            {
                case "profiles": MoDomainJson.ReadProfiles(new MemoryStream(Encoding.UTF8.GetBytes(hostile))); break;
                case "objectives": ObjectivesJson.DeserializeProfiles(hostile); break;
                case "function-evidence": FunctionEvidenceJson.DeserializeProfiles(hostile); break;
                case "skos": SkosJsonLd.Read(hostile); break;
                case "cooperation": CooperationJson.ReadMunicipality(new MemoryStream(Encoding.UTF8.GetBytes(hostile))); break;
                default: CorpusReaderFuzzTests.ReadAny(reader, Encoding.UTF8.GetBytes(hostile)); break;
            }
        })!;
        Assert.NotNull(ex);
        Assert.True(CorpusReaderFuzzTests.IsJsonErrorWithLocation(ex), ex.ToString());
        Assert.Contains("depth", ex.Message, StringComparison.OrdinalIgnoreCase);
    }
}
