using System;
using System.IO;
using System.Linq;
using System.Text;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop;

/// <summary><see cref="CorpusCsv"/>'s reader: byte-order marks, strict UTF-8 with the line named, every error branch.</summary>
public sealed class CorpusCsvReaderTests
{
    private const string Header = "document,start,end,code,coder\r\n";

    private static MemoryStream Bytes(params byte[][] parts) => new([.. parts.SelectMany(p => p)]);

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static CorpusCsvException Fails(Func<object> read, int line, string words)
    {
        var ex = Assert.Throws<CorpusCsvException>(() => read());
        Assert.Equal(line, ex.LineNumber);
        Assert.Matches($"^line {line}(, column [0-9]+( \\([^)]*\\))?)?: ", ex.Message);
        Assert.Contains(words, ex.Message, StringComparison.Ordinal);
        return ex;
    }

    [Fact]
    public void A_stream_without_a_bom_is_read_from_its_first_byte()
    {
        var r = Assert.Single(CorpusCsv.Read(Bytes(Utf8(Header + "d,0,5,own:x,c\r\n"))));
        Assert.Equal("d", r.DocumentId);
        Assert.Equal(2, r.Line);
    }

    [Fact]
    public void A_stream_with_a_bom_is_read_and_a_doubled_bom_is_stripped_too()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        Assert.Equal("d", Assert.Single(CorpusCsv.Read(Bytes(bom, Utf8(Header + "d,0,5,own:x,c\r\n")))).DocumentId);
        Assert.Equal("d", Assert.Single(CorpusCsv.Read(Bytes(bom, bom, Utf8(Header + "d,0,5,own:x,c\r\n")))).DocumentId);
    }

    [Fact]
    public void A_first_character_that_merely_shares_bytes_with_the_bom_is_kept()
    {
        // U+FF3F FULLWIDTH LOW LINE is EF BC BF: same first and last byte as a BOM, but not a BOM.
        var ex = Fails(() => CorpusCsv.Read(Bytes(Utf8("\uFF3Fid,start,end,code,coder\r\n"))), 1, "the required column 'document' is missing (found: \uFF3Fid, start, end, code, coder).");
        Assert.NotNull(ex);
        // U+2EFF-like sequences with BB BF in the middle (here "xÿ": 78 C3 BF) are kept as well.
        Fails(() => CorpusCsv.Read(Bytes(Utf8("x\u00FF,start,end,code,coder\r\n"))), 1, "(found: x\u00FF, start, end, code, coder)");
    }

    [Fact]
    public void A_very_short_stream_is_not_mistaken_for_a_bom()
    {
        Fails(() => CorpusCsv.Read(Bytes([0xEF, 0xBB, 0xBF])), 1, "the file is empty");
        Fails(() => CorpusCsv.Read(Bytes(Utf8("ab"))), 1, "the required column 'document' is missing (found: ab)");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Invalid_utf8_is_reported_with_its_line(int badLine)
    {
        byte[][] lines = [Utf8(Header), Utf8("d,0,5,own:x,c\r\n"), Utf8("d,5,9,own:x,c\r\n"), Utf8("d,9,12,own:x,c\r\n")];
        lines[badLine - 1] = [.. lines[badLine - 1].Take(2), 0xFF, 0xFE, .. lines[badLine - 1].Skip(2)];
        var ex = Fails(() => CorpusCsv.Read(Bytes(lines)), badLine, "the line is not valid UTF-8.");
        Assert.IsAssignableFrom<DecoderFallbackException>(ex.InnerException);
    }

    [Fact]
    public void Invalid_utf8_on_a_last_line_without_line_break_is_reported_with_its_line()
    {
        var ex = Fails(() => CorpusCsv.Read(Bytes(Utf8(Header + "d,0,5,own:x,c"), [0xC3])), 2, "the line is not valid UTF-8.");
        Assert.IsAssignableFrom<DecoderFallbackException>(ex.InnerException);
    }

    [Fact]
    public void Invalid_utf8_is_placed_on_its_own_line_after_a_line_ending_in_a_multi_byte_character()
    {
        // LF line ends; line 2 ends with 'é' (C3 A9), line 3 is valid, line 4 holds the bad byte.
        var ex = Fails(() => CorpusCsv.Read(Bytes(Utf8("document,start,end,code,coder,memo\nd,0,5,own:x,c,café\nd,5,9,own:x,c,ok\nd,9,12,own:x,c,"), [0xFF], Utf8("\n"))),
            4, "the line is not valid UTF-8.");
        Assert.Equal(4, ex.LineNumber);
    }

    [Fact]
    public void Invalid_utf8_after_a_bom_counts_lines_from_the_header()
    {
        Fails(() => CorpusCsv.Read(Bytes([0xEF, 0xBB, 0xBF], Utf8(Header), [0x80], Utf8(",0,5,own:x,c\r\n"))), 2, "the line is not valid UTF-8.");
    }

    [Fact]
    public void A_decoding_text_reader_that_fails_gives_an_error_without_a_line()
    {
        byte[] bytes = [.. Utf8(Header), 0xFF, .. Utf8(",0,5,own:x,c\r\n")];
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true));
        var ex = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(reader));
        Assert.Equal("The file is not valid UTF-8 (line unknown: the reader decodes ahead).", ex.Message);
        Assert.IsAssignableFrom<DecoderFallbackException>(ex.InnerException);
    }

    [Fact]
    public void An_empty_file_asks_for_the_header()
    {
        Fails(() => CorpusCsv.Read(string.Empty), 1, "the file is empty; expected a header with at least document, start, end, code, coder.");
        Fails(() => CorpusCsv.Read(Bytes()), 1, "the file is empty");
    }

    [Fact]
    public void A_repeated_column_is_named()
    {
        Fails(() => CorpusCsv.Read("document,start,end,code,coder,memo, memo\r\n"), 1, "the column 'memo' appears twice (first in column 6).");
    }

    [Theory]
    [InlineData("start,end,code,coder", "document")]
    [InlineData("document,end,code,coder", "start")]
    [InlineData("document,start,code,coder", "end")]
    [InlineData("document,start,end,coder", "code")]
    public void A_missing_required_column_is_named_with_the_columns_found(string header, string missing)
    {
        Fails(() => CorpusCsv.Read(header + "\r\n"), 1, $"the required column '{missing}' is missing (found: {header.Replace(",", ", ", StringComparison.Ordinal)}).");
    }

    [Theory]
    [InlineData("d,0,5,,c", "code")]
    [InlineData(",0,5,own:x,c", "document")]
    [InlineData("d,0,5,own:x,", "coder")]
    [InlineData("d,,5,own:x,c", "start")]
    public void An_empty_required_field_is_named_with_its_line(string row, string field)
    {
        Fails(() => CorpusCsv.Read(Header + "d,0,5,own:x,c\r\n" + row + "\r\n"), 3, $"the field '{field}' is empty.");
    }

    [Fact]
    public void A_row_with_a_single_non_blank_field_is_an_error_not_a_blank_line()
    {
        Fails(() => CorpusCsv.Read(Header + "d\r\n"), 2, "line 2, column 2 (start): the row has 1 field but the header has 5 columns");
    }

    [Fact]
    public void A_row_of_white_space_only_is_skipped()
    {
        var records = CorpusCsv.Read(Header + "d,0,5,own:x,c\r\n   \r\nd,5,9,own:x,c\r\n");
        Assert.Equal(2, records.Length);
        Assert.Equal([2, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void An_invalid_code_id_is_named()
    {
        Fails(() => CorpusCsv.Read(Header + "d,0,5,Not A Code,c\r\n"), 2, "'Not A Code' is not a valid code id.");
    }
}
