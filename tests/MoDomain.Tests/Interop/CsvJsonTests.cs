using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop;

public sealed class CsvJsonTests
{
    private static readonly Corpus Sample = SampleCorpus.Corpus;

    [Fact]
    public void Csv_has_r_and_pandas_friendly_header_one_row_per_coding_and_crlf_lines()
    {
        string csv = CorpusCsv.Write(Sample);
        string[] lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Sample.Codings.Count + 1, lines.Length);
        Assert.False(csv.StartsWith('\uFEFF'));
        Assert.Equal("document,start,end,text,code,code_label_en,code_label_de,coder,memo,perspective,administrative_role,organisation,interview_date,language,speaker,var_members", lines[0]);
        foreach (var name in lines[0].Split(','))
        {
            Assert.Matches("^[a-z][a-z0-9_]*$", name);
        }
        Assert.DoesNotContain("speaker_name", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_round_trip_restores_every_coding_onto_the_documents()
    {
        var records = CorpusCsv.Read(CorpusCsv.Write(Sample));
        Assert.Equal(CodingRecord.FromCorpus(Sample).Select(r => r with { Line = 0, Variables = System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty }),
            records.Select(r => r with { Line = 0, Variables = System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty }));
        Assert.Equal(2, records[0].Line);
        Assert.Equal("120", records[0].Variables["members"]);
        var empty = Corpus.Create(Sample.Codebook);
        foreach (var d in Sample.Documents)
        {
            empty = empty.AddDocument(d);
        }
        Assert.Equal(Sample.Codings, CorpusCsv.ApplyTo(empty, records).Codings);
    }

    [Fact]
    public void Csv_import_accepts_semicolons_a_bom_and_quoted_fields_of_german_excel()
    {
        string csv = "\uFEFFdocument;start;end;code;coder;memo\r\nint-mo-01;0;80;indicator:safe-space;coder-x;\"Zitat; mit \"\"Anführung\"\"\"\r\n";
        var records = CorpusCsv.Read(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var r = Assert.Single(records);
        Assert.Equal("int-mo-01", r.DocumentId);
        Assert.Equal("Zitat; mit \"Anführung\"", r.Memo);
        Assert.Null(r.Text);
    }

    [Fact]
    public void Csv_errors_name_the_line()
    {
        var missing = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read("document,start,end,code\r\n"));
        Assert.Equal(1, missing.LineNumber);
        Assert.Contains("coder", missing.Message);
        var reversed = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read("document,start,end,code,coder\r\nd,0,5,a,x\r\nd,5,2,a,x\r\n"));
        Assert.Equal(3, reversed.LineNumber);
        Assert.StartsWith("line 3, column 3 (end): ", reversed.Message, StringComparison.Ordinal);
        var number = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read("document,start,end,code,coder\r\nd,x,5,a,x\r\n"));
        Assert.Contains("start", number.Message);
        var perspective = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read("document,start,end,code,coder,perspective\r\nd,0,5,a,x,welfare\r\n"));
        Assert.Contains("welfare-association", perspective.Message);
        var unknownDoc = Assert.Throws<CorpusCsvException>(() => CorpusCsv.ApplyTo(Corpus.Create(Codebook.Standard), CorpusCsv.Read("document,start,end,code,coder\r\nd,0,5,function:hinge,x\r\n")));
        Assert.Equal(2, unknownDoc.LineNumber);
        Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(string.Empty));
    }

    [Fact]
    public void Corpus_json_round_trips_and_codebook_json_round_trips()
    {
        var back = CorpusJson.Read(CorpusJson.Write(Sample));
        Assert.Equal(Sample.Codebook.Codes, back.Codebook.Codes);
        Assert.Equal(Sample.Documents, back.Documents);
        Assert.Equal(Sample.Codings, back.Codings);
        Assert.Equal(Sample.Codebook.Codes, CorpusJson.ReadCodebook(CorpusJson.WriteCodebook(Sample.Codebook)).Codes);
    }

    [Fact]
    public void Corpus_json_errors_name_the_path()
    {
        string json = CorpusJson.Write(Sample);
        var badCode = Assert.Throws<JsonException>(() => CorpusJson.Read(json.Replace("\"code\": \"indicator:safe-space\"", "\"code\": \"indicator:safe-spac\"", StringComparison.Ordinal)));
        Assert.Contains("$.codings[0]", badCode.Message);
        Assert.Contains("did you mean", badCode.Message);
        var unknown = Assert.Throws<JsonException>(() => CorpusJson.Read("""{ "codes": [], "documents": [], "codings": [], "extra": 1 }"""));
        Assert.Contains("extra", unknown.Message);
        var guid = Assert.Throws<JsonException>(() => CorpusJson.ReadCodebook("""{ "codes": [ { "id": "x", "guid": "00000000-0000-0000-0000-000000000000", "label": { "en": "X", "de": "X" } } ] }"""));
        Assert.Contains("$.codes[0].guid", guid.Message);
        var newer = Assert.Throws<JsonException>(() => CorpusJson.Read("""{ "schemaVersion": 99, "codes": [], "documents": [], "codings": [] }"""));
        Assert.Contains("newer", newer.Message);
    }

    [Fact]
    public void Tidy_json_is_a_flat_array_with_one_object_per_coding()
    {
        using var doc = JsonDocument.Parse(CorpusJson.WriteRecords(CodingRecord.FromCorpus(Sample)));
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Equal(Sample.Codings.Count, doc.RootElement.GetArrayLength());
        var first = doc.RootElement[0];
        Assert.Equal("int-mo-01", first.GetProperty("document").GetString());
        Assert.Equal("120", first.GetProperty("var_members").GetString());
        Assert.All(doc.RootElement.EnumerateArray(), o => Assert.All(o.EnumerateObject(), p => Assert.NotEqual(JsonValueKind.Object, p.Value.ValueKind)));
    }
}
