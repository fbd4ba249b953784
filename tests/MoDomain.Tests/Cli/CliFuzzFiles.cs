using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Cli;

/// <summary>
/// A temporary directory with the files the CLI fuzz vectors point at: small valid inputs for every reader, hostile
/// files (truncated, random bytes, wrong types, newer schema, deep nesting, empty, XXE, zip bomb, many entries, zip
/// slip), a directory with a file-like name, and a separate directory for <c>--out</c> targets.
/// </summary>
/// <remarks>Created once per test class (an xunit class fixture): the zip bomb alone is 300 MB to compress.</remarks>
public sealed class CliFuzzFiles : IDisposable
{
    /// <summary>Creates the directory and its files.</summary>
    public CliFuzzFiles()
    {
        Root = Directory.CreateTempSubdirectory("modomain-cli-fuzz-").FullName;
        OutDirectory = Directory.CreateDirectory(Path.Combine(Root, "out")).FullName;
        Directory.CreateDirectory(Path.Combine(Root, "a-directory.json"));

        Valid("profiles.json", MoDomainJson.SerializeProfiles(SampleData.Profiles.Take(2)));
        Valid("objectives.json", ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles.Take(2)));
        Valid("functions.json", FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles.Take(2)));
        Valid("funding-cases.json", FundingJson.SerializeCases(SampleFunding.Cases.Take(2)));
        Valid("policy.json", FundingJson.SerializePolicy(FundingPolicies.All[0]));
        Valid("cooperation.json", CooperationJson.SerializeMunicipality(SampleCooperation.Municipality));
        Valid("corpus.json", CorpusJson.Write(SampleCorpus.Corpus));
        Valid("codebook.json", CorpusJson.WriteCodebook(SampleCorpus.Codebook));
        Valid("codebook.qdc", RefiCodebook.Write(SampleCorpus.Codebook));
        Valid("codings.csv", CorpusCsv.Write(SampleCorpus.Corpus, includeText: false));
        string qdpx = Path.Combine(Root, "corpus.qdpx");
        RefiProject.WriteFile(SampleCorpus.Corpus, qdpx);
        ValidFiles.Add("corpus.qdpx");

        string profiles = MoDomainJson.SerializeProfiles(SampleData.Profiles.Take(2));
        Hostile("truncated.json", profiles[..(profiles.Length / 2)]);
        Hostile("random.json", RandomBytes(512, 1));
        Hostile("random.csv", RandomBytes(512, 2));
        Hostile("random.qdc", RandomBytes(512, 3));
        Hostile("random.qdpx", RandomBytes(512, 4));
        Hostile("truncated.qdpx", File.ReadAllBytes(qdpx)[..200]);
        Hostile("empty.json", string.Empty);
        Hostile("bom-only.json", "\uFEFF");
        Hostile("wrong-type.json", "{\"schemaVersion\":1,\"profiles\":\"not an array\"}");
        Hostile("numbers.json", "[1,2,3]");
        Hostile("string.json", "\"just a string\"");
        Hostile("null.json", "null");
        Hostile("newer.json", "{\"schemaVersion\":999,\"profiles\":[]}");
        Hostile("huge-number.json", "{\"schemaVersion\":1e309,\"profiles\":[]}");
        Hostile("nested.json", new string('[', 5000) + new string(']', 5000));
        Hostile("duplicate.json", "{\"schemaVersion\":1,\"schemaVersion\":1,\"profiles\":[]}");
        Hostile("invalid-utf8.json", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0xFF, 0x7D]);
        Hostile("bad-date.json", System.Text.RegularExpressions.Regex.Replace(profiles, "[0-9]{4}-[0-9]{2}-[0-9]{2}", "2025-02-30"));
        Hostile("garbage.csv", "coder;document\n\"unterminated,1,2\n\u0000\u0001");
        Hostile("truncated.qdc", RefiCodebook.Write(SampleCorpus.Codebook)[..100]);
        Hostile("xxe.qdc", "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">&x;</CodeBook>");
        Hostile("bomb.qdpx", Zip(stream =>
        {
            // ~300 MB of zeros compress to well under a megabyte: the import limit (256 MB) refuses it from the headers.
            var entry = stream.CreateEntry("project.qde", CompressionLevel.Fastest);
            using var s = entry.Open();
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++)
            {
                s.Write(zeros);
            }
        }));
        Hostile("many-entries.qdpx", Zip(stream =>
        {
            for (int i = 0; i < 10_050; i++)
            {
                stream.CreateEntry(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"sources/{i}.txt"), CompressionLevel.NoCompression);
            }
        }));
        Hostile("slip.qdpx", Zip(stream =>
        {
            var entry = stream.CreateEntry("../../evil.txt");
            using var s = entry.Open();
            s.Write("evil"u8);
        }));
    }

    /// <summary>The temporary directory.</summary>
    internal string Root { get; }

    /// <summary>The directory every <c>--out</c> target is placed in.</summary>
    internal string OutDirectory { get; }

    /// <summary>Valid input files, by name.</summary>
    internal System.Collections.Generic.List<string> ValidFiles { get; } = [];

    /// <summary>Hostile input files, by name.</summary>
    internal System.Collections.Generic.List<string> HostileFiles { get; } = [];

    internal string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>The entries of the directory and a hash of every input file, to show that no command line wrote there.</summary>
    internal string Fingerprints() => string.Join("\n", Directory.GetFileSystemEntries(Root).Order(StringComparer.Ordinal)) + "\n" + string.Join("\n", ValidFiles.Concat(HostileFiles).Order(StringComparer.Ordinal)
        .Select(name => name + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(PathOf(name))))));

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Valid(string name, string text)
    {
        File.WriteAllText(PathOf(name), text, new UTF8Encoding(false));
        ValidFiles.Add(name);
    }

    private void Hostile(string name, string text) => Hostile(name, new UTF8Encoding(false).GetBytes(text));

    private void Hostile(string name, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(name), bytes);
        HostileFiles.Add(name);
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        byte[] bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(zip);
        }
        return buffer.ToArray();
    }
}
