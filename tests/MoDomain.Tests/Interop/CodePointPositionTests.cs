using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MoDomain.Coding;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop;

/// <summary>
/// Positions in the tidy CSV, the tidy JSON records and the corpus JSON count Unicode code points (as REFI-QDA,
/// Python's <c>str</c> and R's <c>substr</c> do), not UTF-16 units; they read back to the same codings.
/// </summary>
public sealed class CodePointPositionTests
{
    private const string Text = "Ich 😀 bin 𝄞 hier und 😀😀 dort.";

    private static Corpus Astral() =>
        Corpus.Create(Codebook.Standard)
            .AddDocument("d", Text)
            .CodeText("d", "bin", "function:hinge", "a")
            .CodeText("d", "hier", "function:service", "a", "memo 𝄞")
            .CodeText("d", "dort", "function:hinge", "b");

    [Fact]
    public void Csv_positions_after_an_emoji_and_U_1D11E_are_the_code_point_indices_python_uses()
    {
        // Python: s = "Ich 😀 bin 𝄞 hier und 😀😀 dort."; s.index("bin") == 6, s.index("hier") == 12, s.index("dort") == 24.
        var rows = CsvTestSupport.Records(CorpusCsv.Write(Astral()));
        Assert.Equal(["6", "12", "24"], rows.Select(r => r["start"]));
        Assert.Equal(["9", "16", "28"], rows.Select(r => r["end"]));
        Assert.Equal(["bin", "hier", "dort"], rows.Select(r => r["text"]));
        // UTF-16 offsets differ: 7, 14 and 28.
        Assert.Equal([7, 14, 28], Astral().Codings.Select(c => c.Segment.Start));
    }

    [Fact]
    public void Tidy_json_records_and_corpus_json_use_code_points_too()
    {
        var records = JsonNode.Parse(CorpusJson.WriteRecords(CodingRecord.FromCorpus(Astral())))!.AsArray();
        Assert.Equal([6, 12, 24], records.Select(r => (int)r!["start"]!));
        var corpus = JsonNode.Parse(CorpusJson.Write(Astral()))!;
        Assert.Equal("code-points", (string)corpus["positions"]!);
        Assert.Equal([6, 12, 24], corpus["codings"]!.AsArray().Select(c => (int)c!["start"]!));
    }

    [Fact]
    public void Csv_and_json_read_back_to_the_same_codings()
    {
        var corpus = Astral();
        var empty = Corpus.Create(corpus.Codebook).AddDocument(corpus.Documents[0]);
        Assert.Equal(corpus.Codings, CorpusCsv.ApplyTo(empty, CorpusCsv.Read(CorpusCsv.Write(corpus))).Codings);
        Assert.Equal(corpus.Codings, CorpusJson.Read(CorpusJson.Write(corpus)).Codings);
    }

    [Fact]
    public void A_corpus_json_without_positions_is_read_in_utf16_units_as_MoDomain_1_0_wrote_it()
    {
        var node = JsonNode.Parse(CorpusJson.Write(Astral()))!.AsObject();
        node.Remove("positions");
        var codings = node["codings"]!.AsArray();
        for (int i = 0; i < codings.Count; i++)
        {
            codings[i]!["start"] = Astral().Codings[i].Segment.Start;
            codings[i]!["end"] = Astral().Codings[i].Segment.End;
        }
        Assert.Equal(Astral().Codings, CorpusJson.Read(node.ToJsonString()).Codings);
        node["positions"] = "utf-16";
        Assert.Equal(Astral().Codings, CorpusJson.Read(node.ToJsonString()).Codings);
        node["positions"] = "bytes";
        var error = Assert.Throws<System.Text.Json.JsonException>(() => CorpusJson.Read(node.ToJsonString()));
        Assert.Equal("$.positions", error.Path);
    }

    [Fact]
    public void A_position_beyond_the_text_in_code_points_is_an_error_with_line_or_path()
    {
        var corpus = Astral();
        var empty = Corpus.Create(corpus.Codebook).AddDocument(corpus.Documents[0]);
        int length = Text.EnumerateRunes().Count();
        var csv = Assert.Throws<CorpusCsvException>(() => CorpusCsv.ApplyTo(empty, CorpusCsv.Read(FormattableString.Invariant($"document,start,end,code,coder\r\nd,0,{length + 1},function:hinge,a\r\n"))));
        Assert.Equal(2, csv.LineNumber);
        Assert.Contains(FormattableString.Invariant($"({length} characters, counted in code points)"), csv.Message, StringComparison.Ordinal);
        // The last code point is within the text even though its UTF-16 index is not.
        Assert.Single(CorpusCsv.ApplyTo(empty, CorpusCsv.Read(FormattableString.Invariant($"document,start,end,code,coder\r\nd,0,{length},function:hinge,a\r\n"))).Codings);
        var node = JsonNode.Parse(CorpusJson.Write(corpus))!;
        node["codings"]![0]!["end"] = length + 1;
        var json = Assert.Throws<System.Text.Json.JsonException>(() => CorpusJson.Read(node.ToJsonString()));
        Assert.Equal("$.codings[0].end", json.Path);
    }

    private static readonly Gen<string> AstralText =
        Gen.ListOf(Gen.Elements("a", "b", " ", "ä", "😀", "\U0001D11E", "\U0001F1E9\U0001F1EA", "e\u0301")).Select(l => "x" + string.Concat(l.Take(60)));

    // The segments of a text that start and end on code point boundaries.
    private static Gen<(string Text, (int Start, int End)[] Segments)> TextWithSegments =>
        from text in AstralText
        let boundaries = Enumerable.Range(0, text.Length + 1).Where(i => i == 0 || i == text.Length || !char.IsLowSurrogate(text[i])).ToArray()
        from pairs in Gen.ListOf(Gen.Two(Gen.Elements(boundaries)))
        let segments = pairs.Where(p => p.Item1 < p.Item2).Select(p => (p.Item1, p.Item2)).Distinct().Take(8).ToArray()
        select (text, segments);

    [Property(MaxTest = 200)]
    public Property Csv_and_json_round_trip_codings_over_astral_text_and_count_code_points() =>
        Prop.ForAll(TextWithSegments.ToArbitrary(), sample =>
        {
            var corpus = Corpus.Create(Codebook.Standard).AddDocument("d", sample.Text);
            foreach (var (start, end) in sample.Segments)
            {
                corpus = corpus.Code("d", start, end, "function:hinge", "a");
            }
            var records = CorpusCsv.Read(CorpusCsv.Write(corpus));
            for (int i = 0; i < records.Length; i++)
            {
                var segment = corpus.Codings[i].Segment;
                Assert.Equal(sample.Text[..segment.Start].EnumerateRunes().Count(), records[i].Start);
                Assert.Equal(sample.Text[..segment.End].EnumerateRunes().Count(), records[i].End);
            }
            var empty = Corpus.Create(Codebook.Standard).AddDocument("d", sample.Text);
            Assert.Equal(corpus.Codings, CorpusCsv.ApplyTo(empty, records).Codings);
            Assert.Equal(corpus.Codings, CorpusJson.Read(CorpusJson.Write(corpus)).Codings);
        });

    [Property]
    public bool Offsets_agree_with_a_linear_count(string? text, NonNegativeInt at)
    {
        text ??= string.Empty;
        var map = Internal.CodePointOffsets.Of(text);
        int i = at.Get % (text.Length + 1);
        int linear = 0;
        for (int k = 0; k < i; k++)
        {
            if (!(char.IsLowSurrogate(text[k]) && k > 0 && char.IsHighSurrogate(text[k - 1])))
            {
                linear++;
            }
        }
        int back = map.FromCodePoints(linear);
        bool midPair = i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]);
        return map.ToCodePoints(i) == linear && (midPair ? back == i + 1 : back == i) && map.FromCodePoints(map.CodePointLength + 1) == text.Length + 1 && map.FromCodePoints(-1) == -1;
    }
}
