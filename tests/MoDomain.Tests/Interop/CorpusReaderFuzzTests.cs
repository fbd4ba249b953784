using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop;

/// <summary>
/// The funding, corpus, CSV and REFI readers fed generated malformed inputs each (<see cref="FuzzBudget"/>): only the documented exception types
/// (with a message and a location) come out.
/// </summary>
[Trait("Category", FuzzBudget.Category)]
public sealed class CorpusReaderFuzzTests
{
    internal static bool IsJsonErrorWithLocation(Exception ex) =>
        ex is JsonException json && !string.IsNullOrWhiteSpace(json.Message) && (json.Path is not null || json.Message.Contains('$', StringComparison.Ordinal) || json.LineNumber is not null);

    internal static bool IsCsvErrorWithLine(Exception ex) =>
        ex is CorpusCsvException csv && !string.IsNullOrWhiteSpace(csv.Message) && csv.LineNumber >= 0
        && csv.Message.Contains("line", StringComparison.OrdinalIgnoreCase);

    // REFI readers document InvalidDataException; an XML error carries its line and position in the message.
    internal static bool IsRefiError(Exception ex) =>
        ex is InvalidDataException && !string.IsNullOrWhiteSpace(ex.Message)
        && (ex.InnerException is not XmlException xml || ex.Message.Contains(xml.Message, StringComparison.Ordinal));

    internal static string CodebookSeed => RefiCodebook.Write(SampleCorpus.Codebook);

    internal static byte[] ProjectSeed()
    {
        using var stream = new MemoryStream();
        RefiProject.Write(SampleCorpus.Corpus, stream);
        return stream.ToArray();
    }

    internal static string ProjectXmlSeed()
    {
        using var stream = new MemoryStream();
        RefiProject.WriteProjectXml(SampleCorpus.Corpus, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var s = entry.Open();
                s.Write(content);
            }
        }
        return stream.ToArray();
    }

    internal static void ReadAny(string reader, byte[] input)
    {
        switch (reader)
        {
            case "funding-policies": FundingJson.DeserializePolicies(ReaderFuzzing.Text(input)); break;
            case "funding-policy": FundingJson.ReadPolicy(new MemoryStream(input)); break;
            case "funding-ladder": FundingJson.ReadLadder(new MemoryStream(input)); break;
            case "funding-cases": FundingJson.ReadCases(new MemoryStream(input)); break;
            case "corpus": CorpusJson.Read(ReaderFuzzing.Text(input)); break;
            case "codebook-json": CorpusJson.ReadCodebook(ReaderFuzzing.Text(input)); break;
            case "corpus-csv": CorpusCsv.Read(new MemoryStream(input)); break;
            case "refi-qdc": RefiCodebook.Read(new MemoryStream(input)); break;
            case "refi-qdpx": RefiProject.Read(new MemoryStream(input)); break;
            default: throw new ArgumentOutOfRangeException(nameof(reader), reader, null);
        }
    }

    internal static Func<Exception, bool> Documented(string reader) => reader switch
    {
        "corpus-csv" => IsCsvErrorWithLine,
        "refi-qdc" or "refi-qdpx" => IsRefiError,
        _ => IsJsonErrorWithLocation,
    };

    private static void Fuzz(string reader, Gen<byte[]> gen) => ReaderFuzzing.Run(reader, gen, input => ReadAny(reader, input), Documented(reader));

    [Fact]
    public void Funding_policy_collection_reader() =>
        Fuzz("funding-policies", MalformedInput.Of(FundingJson.SerializePolicies(FundingPolicies.All.Take(2))));

    [Fact]
    public void Funding_policy_reader() =>
        Fuzz("funding-policy", MalformedInput.Of(FundingJson.SerializePolicy(FundingPolicies.YouthWelfareRecognition), FundingJson.SerializePolicy(FundingPolicies.InstitutionalFunding)));

    [Fact]
    public void Funding_ladder_reader() =>
        Fuzz("funding-ladder", MalformedInput.Of(FundingJson.SerializeLadder(FundingLadder.Default)));

    [Fact]
    public void Funding_case_reader() =>
        Fuzz("funding-cases", MalformedInput.Of(FundingJson.SerializeCases(SampleFunding.Cases.Take(2)), FundingJson.SerializeCases(SampleFunding.Cases.Skip(2).Take(1))));

    [Fact]
    public void Corpus_json_reader() =>
        Fuzz("corpus", MalformedInput.Of(CorpusJson.Write(SampleCorpus.Corpus)));

    [Fact]
    public void Codebook_json_reader() =>
        Fuzz("codebook-json", MalformedInput.Of(CorpusJson.WriteCodebook(SampleCorpus.Codebook)));

    [Fact]
    public void Corpus_csv_reader()
    {
        string csv = CorpusCsv.Write(SampleCorpus.Corpus);
        string[] lines = csv.Split("\r\n");
        string small = string.Join("\r\n", lines.Take(4)) + "\r\n";
        string semicolon = small.Replace(',', ';');
        Gen<byte[]> csvSpecific = Gen.OneOf(
            // wrong column counts: drop or add a field on a data line
            Gen.Choose(1, 3).SelectMany(line => Gen.Choose(0, 1).Select(add => Mutate(small, line, l => add == 1 ? l + ",extra" : l[..Math.Max(0, l.LastIndexOf(','))]))),
            // malformed quoting
            Gen.Choose(1, 3).SelectMany(line => Gen.Elements("\"", "\"a\"b\"", "\"unterminated", "a\"b", "\"\"\"").Select(q => Mutate(small, line, l => q + l))),
            // invalid numbers and dates in the start, end or interview_date fields
            Gen.Elements("x", "-1", "99999999999999999999", "1.5", "1e3", "", "2026-02-30", "31.12.2026", "٣").SelectMany(v => Gen.Choose(1, 3).SelectMany(line => Gen.Elements(1, 2, 12).Select(col => Encoding.UTF8.GetBytes(SetField(small, line, col, v))))),
            // BOMs and the semicolon delimiter, mixed delimiters
            Gen.Elements(Encoding.UTF8.GetBytes("\uFEFF" + small), Encoding.UTF8.GetBytes("\uFEFF\uFEFF" + small), Encoding.UTF8.GetBytes(semicolon), Encoding.UTF8.GetBytes(lines[0] + "\r\n" + string.Join("\r\n", lines.Skip(1).Take(2)).Replace(',', ';'))));
        Fuzz("corpus-csv", Gen.OneOf(MalformedInput.Of(small, semicolon), csvSpecific));
    }

    [Fact]
    public void Refi_codebook_reader() => Fuzz("refi-qdc", MalformedInput.Of(CodebookSeed));

    [Fact]
    public void Refi_project_reader()
    {
        byte[] qdpx = ProjectSeed();
        Gen<byte[]> corruptedZip = Gen.OneOf(
            Gen.Choose(0, qdpx.Length - 1).Select(n => qdpx[..n]),
            Gen.Choose(0, qdpx.Length - 1).SelectMany(at => Gen.ListOf(Gen.Choose(0, 255), 4).Select(v => Flip(qdpx, at, v))));
        Gen<byte[]> malformedProject = MalformedInput.Of(ProjectXmlSeed()).Select(xml => Zip(("project.qde", xml)));
        Fuzz("refi-qdpx", Gen.OneOf(corruptedZip, malformedProject, MalformedInput.Of("PK")));
    }

    [Theory]
    [InlineData("funding-policies")]
    [InlineData("funding-policy")]
    [InlineData("funding-ladder")]
    [InlineData("funding-cases")]
    [InlineData("corpus")]
    [InlineData("codebook-json")]
    [InlineData("corpus-csv")]
    [InlineData("refi-qdc")]
    [InlineData("refi-qdpx")]
    public void Saved_regression_inputs_are_rejected_cleanly(string reader)
    {
        foreach (byte[] input in ReaderFuzzing.Regressions(reader))
        {
            Exception? ex = Record.Exception(() => ReadAny(reader, input));
            Assert.True(ex is null || Documented(reader)(ex), ex?.ToString());
        }
    }

    private static byte[] Flip(byte[] b, int at, System.Collections.Generic.List<int> values)
    {
        byte[] copy = (byte[])b.Clone();
        for (int i = 0; i < values.Count && at + i < copy.Length; i++)
        {
            copy[at + i] = (byte)values[i];
        }
        return copy;
    }

    private static byte[] Mutate(string csv, int line, Func<string, string> change)
    {
        string[] lines = csv.Split("\r\n");
        int k = Math.Min(line, lines.Length - 1);
        lines[k] = change(lines[k]);
        return Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
    }

    private static string SetField(string csv, int line, int column, string value)
    {
        string[] lines = csv.Split("\r\n");
        int k = Math.Min(line, lines.Length - 1);
        string[] fields = lines[k].Split(',');
        if (column < fields.Length)
        {
            fields[column] = value;
        }
        lines[k] = string.Join(",", fields);
        return string.Join("\r\n", lines);
    }
}
