using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Vocabulary;

namespace MoDomain.Benchmarks;

/// <summary>
/// The REFI-QDA inputs of issue 16 that crashed the process or took quadratic time, at ten times the sizes:
/// 150,000 nested codes in a <c>.qdc</c> (issue: 15,000 overflowed the stack), a 200,000-deep parent chain written
/// (20,000 overflowed), 200,000 selections in a 10 M-character text read and written (20,000 took 177 s) and 200,000
/// codes with the same name (20,000 took 12.8 s).
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/MoDomain.Benchmarks -- --filter '*RefiAdversarial*' --job short</c>.
/// The nested codebook is measured with the default limits only: reading it with the depth limit raised to 150,000
/// would measure System.Xml.Linq, which checks for cycles by walking to the root for every element it adds (O(depth)
/// per element), the reason the limit exists.
/// A class of its own (not a partial of another adversarial-input class) so each reader's cases set up only their data.</remarks>
[MemoryDiagnoser]
public class RefiAdversarialInputBenchmarks
{
    private const int Nested = 150_000;
    private const int Chain = 200_000;
    private const int Selections = 200_000;
    private const int TextLength = 10_000_000;
    private const int SameName = 200_000;

    private byte[] nestedCodebook = [];
    private Codebook chain = Codebook.Empty;
    private Corpus manySelections = Corpus.Create(Codebook.Empty);
    private byte[] manySelectionsQdpx = [];
    private byte[] sameNameCodebook = [];

    [GlobalSetup]
    public void Setup()
    {
        var nested = new StringBuilder("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
        for (int i = 0; i < Nested; i++)
        {
            nested.Append("<Code guid=\"").Append(Guid(i)).Append("\" name=\"c").Append(i).Append("\" isCodable=\"true\">");
        }
        nested.Append(string.Concat(Enumerable.Repeat("</Code>", Nested))).Append("</Codes></CodeBook>");
        nestedCodebook = Encoding.UTF8.GetBytes(nested.ToString());

        chain = Codebook.Of(Enumerable.Range(0, Chain).Select(i => new Code($"c{i}", new LocalizedText($"C{i}", $"C{i}"), null, i == 0 ? null : $"c{i - 1}")));

        // A text with a surrogate pair every 1,000 characters, so positions really need converting.
        var text = new StringBuilder(TextLength);
        while (text.Length < TextLength - 2)
        {
            text.Append(text.Length % 1000 == 0 ? "😀" : "a");
        }
        string document = text.ToString();
        var corpus = Corpus.Create(Codebook.Empty.WithCode("x", "X", "X")).AddDocument("d", document);
        int step = document.Length / (Selections + 1);
        for (int i = 0; i < Selections; i++)
        {
            int start = i * step, r = start % 1000;
            start += r == 1 ? 1 : r > 990 ? 1002 - r : 0;
            corpus = corpus.Code("d", start, start + 10, "x", "a");
        }
        manySelections = corpus;
        using (var stream = new MemoryStream())
        {
            RefiProject.Write(corpus, stream);
            manySelectionsQdpx = stream.ToArray();
        }

        var same = new StringBuilder("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
        for (int i = 0; i < SameName; i++)
        {
            same.Append("<Code guid=\"").Append(Guid(i)).Append("\" name=\"Hilfe\" isCodable=\"true\"/>");
        }
        sameNameCodebook = Encoding.UTF8.GetBytes(same.Append("</Codes></CodeBook>").ToString());
    }

    private static string Guid(int i) => $"{i:X8}-0000-4000-8000-000000000000";

    [Benchmark(Description = "qdc: 150,000 nested codes, default limits (refused at depth 256)")]
    public string NestedCodesRefused()
    {
        try
        {
            RefiCodebook.Read(new MemoryStream(nestedCodebook, writable: false));
            return "read";
        }
        catch (InvalidDataException ex)
        {
            return ex.Message;
        }
    }

    [Benchmark(Description = "qdc: write a 200,000-deep parent chain")]
    public long ChainWritten()
    {
        using var stream = new MemoryStream();
        RefiCodebook.Write(chain, stream);
        return stream.Length;
    }

    [Benchmark(Description = "qdpx: read 200,000 selections in 10 M characters")]
    public int SelectionsRead() => RefiProject.Read(new MemoryStream(manySelectionsQdpx, writable: false)).Corpus.Codings.Count;

    [Benchmark(Description = "qdpx: write 200,000 selections in 10 M characters")]
    public long SelectionsWritten()
    {
        using var stream = new MemoryStream();
        RefiProject.Write(manySelections, stream);
        return stream.Length;
    }

    [Benchmark(Description = "qdc: 200,000 codes with the same name")]
    public int SameNameCodesRead() => RefiCodebook.Read(new MemoryStream(sameNameCodebook, writable: false)).Codebook.Count;
}
