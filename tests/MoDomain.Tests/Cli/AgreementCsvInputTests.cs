using System;
using static MoDomain.Tests.Support.CsvTestSupport;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Cli;

/// <summary>
/// <c>agreement FILE.csv</c> with a malformed tidy CSV exits 1 with one line naming the file, the line and the column —
/// no figure computed from a silently shortened file, no stack trace.
/// </summary>
public sealed class AgreementCsvInputTests
{
    private const string Header = "document,start,end,code,coder,memo\r\n";

    [Fact]
    public void An_unclosed_quote_exits_1_with_one_line_naming_file_line_and_column()
    {
        string file = TempFile("codings.csv", Header + "d,0,5,function:hinge,a,\r\nd,0,5,function:hinge,b,\"offen\r\nd,5,9,function:hinge,a,\r\nd,5,9,function:hinge,b,\r\n");
        var result = Run("agreement", file);
        Assert.Equal(1, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        string line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {file}: line 3, column 6 (memo): the quote that opens this field is never closed", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\tb")]
    [InlineData("a\u001B]0;x\u0007")]
    [InlineData("\"a\rb\"")]
    public void A_control_character_in_a_coder_id_exits_1_with_one_line(string coder)
    {
        string file = TempFile("codings.csv", Header + $"d,0,5,function:hinge,{coder},\r\nd,0,5,function:hinge,b,\r\n");
        var result = Run("agreement", file);
        Assert.Equal(1, result.Exit);
        string line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {file}: line 2, column 5 (coder): the id holds the control character", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_fields_exit_1_naming_the_column()
    {
        string file = TempFile("codings.csv", Header + "d,0,5,function:hinge,a,memo,extra\r\n");
        var result = Run("agreement", file);
        Assert.Equal(1, result.Exit);
        Assert.StartsWith($"error: {file}: line 2, column 7: the row has 7 fields", result.Err, StringComparison.Ordinal);
    }
}
