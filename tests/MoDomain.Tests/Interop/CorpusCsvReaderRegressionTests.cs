using System;
using System.IO;
using System.Linq;
using System.Text;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Interop;

/// <summary>One test per tidy-CSV reading defect of issue 16, each with the input that showed it.</summary>
public sealed class CorpusCsvReaderRegressionTests
{
    private const string Header = "document,start,end,code,coder,memo\r\n";

    [Fact]
    public void An_unclosed_quote_no_longer_swallows_the_rest_of_the_file()
    {
        // 26 rows; before, the quote opened in row 3 ran to the end of the file and 24 rows vanished with exit 0.
        var rows = Enumerable.Range(0, 26).Select(i => FormattableString.Invariant($"d{i % 4},{i * 10},{i * 10 + 5},function:hinge,coder-{(char)('a' + (i % 2))},")).ToArray();
        rows[2] = rows[2] + "\"Zitat ohne Ende";
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(Header + string.Join("\r\n", rows) + "\r\n"));
        Assert.Equal(4, error.LineNumber);
        Assert.Equal(6, error.ColumnNumber);
        Assert.Equal("memo", error.ColumnName);
        Assert.StartsWith("line 4, column 6 (memo): the quote that opens this field is never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_in_a_middle_column_names_its_own_line_and_the_true_cause()
    {
        // Before, this named line 4 and a stray-quote cause: the field opened on line 2 closed at the quote on line 4.
        string csv = Header + "d,\"0,5,a,x,\r\nd,0,5,function:hinge,x,\r\nd,0,5,function:hinge,x,\"memo, quoted\"\r\n";
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(csv));
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(2, error.ColumnNumber);
        Assert.Equal("start", error.ColumnName);
        Assert.Contains("runs to line 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("probably not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_id_that_swallows_a_line_is_named_with_the_lines_it_spans()
    {
        string csv = Header + "d,0,5,function:hinge,\"x,\r\nd,0,5,function:hinge,x\",\r\n";
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(csv));
        Assert.Equal((2, 5), (error.LineNumber, error.ColumnNumber));
        Assert.Contains("U+000D", error.Message, StringComparison.Ordinal);
        Assert.Contains("runs from line 2 to line 3; is a quote there left open?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_short_of_fields_after_a_multi_line_field_says_where_that_field_runs()
    {
        string csv = Header + "d,0,\"5\r\nd,0,5,function:hinge\",x\r\n";
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(csv));
        Assert.Equal((3, 5), (error.LineNumber, error.ColumnNumber));
        Assert.Contains("the row has 4 fields but the header has 6 columns", error.Message, StringComparison.Ordinal);
        Assert.Contains("The quoted field in column 3 runs from line 2 to line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_fields_in_a_row_are_an_error_not_ignored()
    {
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(Header + "d,0,5,function:hinge,x,memo,extra\r\n"));
        Assert.Equal("line 2, column 7: the row has 7 fields but the header has 6 columns; quote a field that holds the delimiter ','.", error.Message);
    }

    [Fact]
    public void A_stray_quote_is_an_error_with_its_column()
    {
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(Header + "d,0,5,function:hinge,x,sagt \"ja\"\r\n"));
        Assert.Equal((2, 6), (error.LineNumber, error.ColumnNumber));
        Assert.Contains("a quote inside a field that does not begin with a quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailing_space_no_longer_makes_a_second_coder()
    {
        string csv = Header + "d,0,5,function:hinge,coder-a,\r\nd,0,5,function:hinge,coder-a ,\r\n";
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(csv));
        Assert.Equal("line 3, column 5 (coder): the id 'coder-a ' begins or ends with white space; ids are compared exactly, so it would differ from 'coder-a': remove the white space.", error.Message);
    }

    [Theory]
    [InlineData("coder\ta", "U+0009")]
    [InlineData("coder\u001B[31ma", "U+001B")]
    [InlineData("\"coder\r\na\"", "U+000D")]
    public void Control_characters_in_a_coder_id_are_refused_when_reading(string coder, string named)
    {
        // Before, a TAB, CR or ESC in a coder id was read and crashed the agreement engine with a stack trace.
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(Header + $"d,0,5,function:hinge,{coder},\r\n"));
        Assert.Equal((2, 5, "coder"), (error.LineNumber, error.ColumnNumber, error.ColumnName));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_megabyte_field_is_never_echoed_whole()
    {
        string huge = new('7', 10_000_000);
        var number = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(Header + $"d,{huge}x,5,function:hinge,x,\r\n"));
        Assert.True(number.Message.Length < 200, number.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(new string('7', 40) + "…", number.Message, StringComparison.Ordinal);
        var code = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(Header + $"d,0,5,Not-{huge},x,\r\n"));
        Assert.True(code.Message.Length < 200);
        var spaced = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(Header + $"d,0,5,function:hinge,{huge} ,\r\n"));
        Assert.True(spaced.Message.Length < 300);
        var perspective = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read("document,start,end,code,coder,perspective\r\n" + $"d,0,5,function:hinge,x,{huge}\r\n"));
        Assert.True(perspective.Message.Length < 600);
        var header = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read($"document,{huge}\r\n"));
        Assert.True(header.Message.Length < 200);
        var document = Assert.Throws<CorpusCsvException>(() => CorpusCsv.ApplyTo(SampleCorpus.Corpus, CorpusCsv.Read(Header + $"{huge},0,5,function:hinge,x,\r\n")));
        Assert.True(document.Message.Length < 200);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        string value = new string('a', 39) + "😀😀";
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(Header + $"d,{value},5,function:hinge,x,\r\n"));
        Assert.Contains("'" + new string('a', 39) + "…'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_crlf_lf_and_cr_line_ends_are_read()
    {
        var records = CorpusCsv.Read(Header + "d,0,5,function:hinge,x,\r\n\r\nd,5,9,function:hinge,y,\"a\nb\"\nd,9,12,function:hinge,z,\rd,12,14,function:hinge,z,");
        Assert.Equal(["x", "y", "z", "z"], records.Select(r => r.CoderId));
        Assert.Equal([2, 4, 6, 7], records.Select(r => r.Line));
        Assert.Equal("a\nb", records[1].Memo);
    }

    [Fact]
    public void The_agreement_input_is_unchanged_for_well_formed_files()
    {
        var records = CorpusCsv.Read(CorpusCsv.Write(SampleCorpus.Corpus, includeText: false));
        Assert.Equal(CodingRecord.ToUnits(CodingRecord.FromCorpus(SampleCorpus.Corpus, includeText: false)), CodingRecord.ToUnits(records));
    }

    [Fact]
    public void The_stream_reader_reports_the_same_errors()
    {
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(Header + "d,0,5,function:hinge,x,\"open\r\n"))));
        Assert.Equal((2, 6), (error.LineNumber, error.ColumnNumber));
    }
}
