using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Samples;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Interop;

/// <summary>The tidy JSON array and CSV: every column with its exact value, in the documented order.</summary>
public sealed class CorpusTidyWriterTests
{
    private static CodingRecord Full(string document = "doc-1", params (string Name, string Value)[] variables) => new(
        document, 3, 9, "segment", "own:code", "Label EN", "Label DE", "coder-1", "a memo", "public-administration",
        "integration-administration", "org-7", "2024-05-06", "tr", "speaker-2", "Ayşe Demir",
        variables.ToImmutableSortedDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    private static CodingRecord Bare() => new(
        "doc-2", 0, 1, null, "own:code", null, null, "coder-2", null, null, null, null, null, null, null, null,
        ImmutableSortedDictionary<string, string>.Empty);

    [Fact]
    public void Tidy_json_writes_every_column_with_its_value_in_order()
    {
        using var doc = JsonDocument.Parse(CorpusJson.WriteRecords([Full(variables: ("members", "120"))]));
        var o = doc.RootElement[0];
        var names = o.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(
            ["document", "start", "end", "text", "code", "code_label_en", "code_label_de", "coder", "memo", "perspective", "administrative_role", "organisation", "interview_date", "language", "speaker", "speaker_name", "var_members"],
            names);
        Assert.Equal("doc-1", o.GetProperty("document").GetString());
        Assert.Equal(3, o.GetProperty("start").GetInt32());
        Assert.Equal(9, o.GetProperty("end").GetInt32());
        Assert.Equal("segment", o.GetProperty("text").GetString());
        Assert.Equal("own:code", o.GetProperty("code").GetString());
        Assert.Equal("Label EN", o.GetProperty("code_label_en").GetString());
        Assert.Equal("Label DE", o.GetProperty("code_label_de").GetString());
        Assert.Equal("coder-1", o.GetProperty("coder").GetString());
        Assert.Equal("a memo", o.GetProperty("memo").GetString());
        Assert.Equal("public-administration", o.GetProperty("perspective").GetString());
        Assert.Equal("integration-administration", o.GetProperty("administrative_role").GetString());
        Assert.Equal("org-7", o.GetProperty("organisation").GetString());
        Assert.Equal("2024-05-06", o.GetProperty("interview_date").GetString());
        Assert.Equal("tr", o.GetProperty("language").GetString());
        Assert.Equal("speaker-2", o.GetProperty("speaker").GetString());
        Assert.Equal("Ayşe Demir", o.GetProperty("speaker_name").GetString());
        Assert.Equal("120", o.GetProperty("var_members").GetString());
    }

    [Fact]
    public void Tidy_json_writes_absent_values_as_null_and_leaves_out_an_absent_speaker_name()
    {
        using var doc = JsonDocument.Parse(CorpusJson.WriteRecords([Bare()]));
        var o = doc.RootElement[0];
        foreach (var name in new[] { "text", "code_label_en", "code_label_de", "memo", "perspective", "administrative_role", "organisation", "interview_date", "language", "speaker" })
        {
            Assert.Equal(JsonValueKind.Null, o.GetProperty(name).ValueKind);
        }
        Assert.False(o.TryGetProperty("speaker_name", out _));
        Assert.Equal(15, o.EnumerateObject().Count());
    }

    [Fact]
    public void Tidy_json_variable_columns_are_in_ordinal_order_and_missing_ones_are_null()
    {
        using var doc = JsonDocument.Parse(CorpusJson.WriteRecords([Full("d1", ("zeta", "1")), Full("d2", ("Alpha", "2"), ("beta", "3"))]));
        var first = doc.RootElement[0].EnumerateObject().Select(p => p.Name).Where(n => n.StartsWith("var_", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["var_Alpha", "var_beta", "var_zeta"], first);
        Assert.Equal(JsonValueKind.Null, doc.RootElement[0].GetProperty("var_Alpha").ValueKind);
        Assert.Equal("1", doc.RootElement[0].GetProperty("var_zeta").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement[1].GetProperty("var_zeta").ValueKind);
        Assert.Equal("3", doc.RootElement[1].GetProperty("var_beta").GetString());
    }

    [Fact]
    public void Tidy_json_is_indented_one_property_per_line_and_keeps_non_ascii_text()
    {
        string json = CorpusJson.WriteRecords([Bare()]);
        string[] lines = json.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("[", lines[0]);
        Assert.Equal("  {", lines[1]);
        Assert.Equal("    \"document\": \"doc-2\",", lines[2]);
        Assert.Equal("    \"start\": 0,", lines[3]);
        Assert.Equal("]", lines[^1]);
        Assert.Contains("Ayşe Demir", CorpusJson.WriteRecords([Full()]), StringComparison.Ordinal);
        Assert.Equal("[]", CorpusJson.WriteRecords([]));
    }

    [Fact]
    public void Corpus_json_writes_the_kind_of_every_variable()
    {
        var attributes = new DocumentAttributes(variables: [
            new("b", VariableValue.Boolean(false)), new("d", VariableValue.Date(new NodaTime.LocalDate(2023, 3, 4))),
            new("n", VariableValue.Number(7m)), new("t", VariableValue.Text("x"))]);
        var corpus = MoDomain.Coding.Corpus.Create(Codebook.Standard).AddDocument("d1", "text", attributes);
        using var doc = JsonDocument.Parse(CorpusJson.Write(corpus));
        var vars = doc.RootElement.GetProperty("documents")[0].GetProperty("variables").EnumerateArray()
            .ToDictionary(v => v.GetProperty("name").GetString()!, v => (v.GetProperty("kind").GetString(), v.GetProperty("value").GetString()));
        Assert.Equal(("boolean", "false"), vars["b"]);
        Assert.Equal(("date", "2023-03-04"), vars["d"]);
        Assert.Equal(("number", "7"), vars["n"]);
        Assert.Equal(("text", "x"), vars["t"]);
        Assert.Equal(attributes, CorpusJson.Read(CorpusJson.Write(corpus)).Documents[0].Attributes);
    }

    [Fact]
    public void Corpus_json_file_is_utf8_without_bom_and_equals_the_string_form()
    {
        string dir = Directory.CreateTempSubdirectory("modomain-corpus-").FullName;
        try
        {
            string path = Path.Combine(dir, "corpus.json");
            CorpusJson.WriteFile(SampleCorpus.Corpus, path);
            byte[] bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal(CorpusJson.Write(SampleCorpus.Corpus), new UTF8Encoding(false).GetString(bytes));
            Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => CorpusJson.WriteFile(SampleCorpus.Corpus, null!)).ParamName);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Csv_writes_speaker_name_header_and_value_only_when_asked()
    {
        using var with = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CorpusCsv.WriteRecords([Full()], with, includeSpeakerName: true);
        string[] lines = with.ToString().Split("\r\n");
        Assert.Equal("document,start,end,text,code,code_label_en,code_label_de,coder,memo,perspective,administrative_role,organisation,interview_date,language,speaker,speaker_name", lines[0]);
        Assert.Equal("doc-1,3,9,segment,own:code,Label EN,Label DE,coder-1,a memo,public-administration,integration-administration,org-7,2024-05-06,tr,speaker-2,Ayşe Demir", lines[1]);

        using var without = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CorpusCsv.WriteRecords([Full()], without);
        Assert.DoesNotContain("speaker_name", without.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Ayşe", without.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_writes_absent_values_as_empty_fields()
    {
        using var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CorpusCsv.WriteRecords([Bare()], w, includeSpeakerName: true);
        Assert.Equal("doc-2,0,1,,own:code,,,coder-2,,,,,,,,", w.ToString().Split("\r\n")[1]);
    }

    [Fact]
    public void Csv_of_a_corpus_without_text_leaves_the_text_column_empty()
    {
        var corpus = MoDomain.Coding.Corpus.Create(Codebook.Standard).AddDocument("d1", "hello world").Code("d1", 0, 5, "function:hinge", "c1");
        string[] lines = CorpusCsv.Write(corpus, includeText: false).Split("\r\n");
        string[] fields = lines[1].Split(',');
        Assert.Equal("d1", fields[0]);
        Assert.Equal(string.Empty, fields[3]);
        Assert.Equal("function:hinge", fields[4]);
        Assert.Equal("hello", CorpusCsv.Write(corpus).Split("\r\n")[1].Split(',')[3]);
    }

    [Fact]
    public void Csv_argument_checks_name_the_parameter()
    {
        using var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CorpusCsv.Write(null!, w)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => CorpusCsv.Write(SampleCorpus.Corpus, (TextWriter)null!)).ParamName);
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CorpusCsv.WriteFile(null!, "x.csv")).ParamName);
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => CorpusCsv.Read((Stream)null!)).ParamName);
        Assert.Equal(string.Empty, w.ToString());
    }

    [Fact]
    public void Csv_file_is_utf8_without_bom_and_equals_the_string_form()
    {
        string dir = Directory.CreateTempSubdirectory("modomain-csv-").FullName;
        try
        {
            string path = Path.Combine(dir, "codings.csv");
            CorpusCsv.WriteFile(SampleCorpus.Corpus, path, includeText: false, includeDirectIdentifiers: true);
            byte[] bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'d', bytes[0]);
            Assert.Equal(CorpusCsv.Write(SampleCorpus.Corpus, includeText: false, includeDirectIdentifiers: true), new UTF8Encoding(false).GetString(bytes));
            Assert.Equal(new[] { path }, Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
