using System;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop;

/// <summary>
/// Generated classes of malformed tidy CSV: a quote left open, a stray quote, extra or missing fields, control
/// characters and edge white space in ids — each in any row and column of a valid file. Every one is an error that
/// names the line and column where it is (computed here independently of the reader), never a silently shorter file.
/// </summary>
[Properties(Arbitrary = [typeof(TidyCsvArbitraries)], MaxTest = 150)]
public sealed class CorpusCsvMalformedFieldProperties
{
    private static readonly char[] ControlCharacters = ['\t', '\r', '\n', '\u001B', '\u0000', '\u0007', '\u007F', '\u0085', '\u2028', '\u2029', '\u202E', '\u2066', '\u200F'];

    [Property]
    public void A_valid_table_reads_back_every_row(TidyCsvTable table)
    {
        var records = CorpusCsv.Read(table.Write());
        Assert.Equal(table.Rows.Count, records.Length);
        for (int r = 0; r < records.Length; r++)
        {
            Assert.Equal(table.Rows[r][0], records[r].DocumentId);
            Assert.Equal(table.Rows[r][4], records[r].CoderId);
            Assert.Equal(table.Rows[r][8], records[r].Text);
            Assert.Equal(NullIfEmpty(table.Rows[r][7]), records[r].Memo);
        }
    }

    [Property]
    public void An_unclosed_quote_in_any_column_names_its_line_and_column(TidyCsvTable table, NonNegativeInt rowPick, NonNegativeInt columnPick)
    {
        int row = rowPick.Get % table.Rows.Count;
        int column = columnPick.Get % TidyCsvTable.Columns.Length;
        // An unquoted field gets an opening quote; a quoted field loses its closing quote.
        string text = table.Write((r, c, written) => r != row || c != column ? written : written.StartsWith('"') ? written[..^1] : "\"" + written);
        int offset = OffsetOf(table, row, column);
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(text));
        Assert.Equal(TidyCsvTable.LineAt(text, offset), error.LineNumber);
        Assert.Equal(column + 1, error.ColumnNumber);
        Assert.Equal(TidyCsvTable.Columns[column], error.ColumnName);
        Assert.Matches("never closed|probably not closed", error.Message);
    }

    [Property]
    public void A_quote_inside_an_unquoted_field_names_its_line_and_column(TidyCsvTable table, NonNegativeInt rowPick, NonNegativeInt columnPick, NonNegativeInt at)
    {
        int row = rowPick.Get % table.Rows.Count;
        int[] plain = [.. Enumerable.Range(0, 5)];
        int column = plain[columnPick.Get % plain.Length];
        string value = table.Rows[row][column];
        int position = 1 + (at.Get % value.Length);
        string text = table.Write((r, c, written) => r == row && c == column ? written.Insert(position, "\"") : written);
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(text));
        Assert.Equal(TidyCsvTable.LineAt(text, OffsetOf(table, row, column)), error.LineNumber);
        Assert.Equal(column + 1, error.ColumnNumber);
        Assert.Contains("a quote inside a field", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public void Extra_fields_are_an_error_at_the_first_extra_column(TidyCsvTable table, NonNegativeInt rowPick, PositiveInt extra)
    {
        int row = rowPick.Get % table.Rows.Count;
        int last = TidyCsvTable.Columns.Length - 1;
        string added = string.Concat(Enumerable.Repeat(",x", 1 + (extra.Get % 4)));
        string text = table.Write((r, c, written) => r == row && c == last ? written + added : written);
        int offset = OffsetOf(table, row, last) + TidyCsvTable.Escape(table.Rows[row][last]).Length;
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(text));
        Assert.Equal(TidyCsvTable.LineAt(text, offset), error.LineNumber);
        Assert.Equal(TidyCsvTable.Columns.Length + 1, error.ColumnNumber);
        Assert.Contains("fields but the header has 9 columns", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public void Missing_fields_are_an_error_too(TidyCsvTable table, NonNegativeInt rowPick, PositiveInt missing)
    {
        int row = rowPick.Get % table.Rows.Count;
        int keep = TidyCsvTable.Columns.Length - 1 - (missing.Get % 3);
        // Drop the fields after column 'keep - 1' of the row (with their delimiters).
        string text = table.Write((r, c, written) => r == row && c >= keep ? "\u0001DROP" : written).Replace(",\u0001DROP", string.Empty, StringComparison.Ordinal);
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(text));
        Assert.Equal(keep + 1, error.ColumnNumber);
        Assert.Contains($"the row has {keep} fields", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public void A_control_character_in_any_id_column_is_refused_with_line_and_column(TidyCsvTable table, NonNegativeInt rowPick, NonNegativeInt columnPick, NonNegativeInt charPick, NonNegativeInt at)
    {
        int row = rowPick.Get % table.Rows.Count;
        int column = TidyCsvTable.IdColumns[columnPick.Get % TidyCsvTable.IdColumns.Length];
        char control = ControlCharacters[charPick.Get % ControlCharacters.Length];
        string value = table.Rows[row][column];
        string broken = value.Insert(at.Get % (value.Length + 1), control.ToString());
        string text = table.Write((r, c, written) => r == row && c == column ? TidyCsvTable.Escape(broken) : written);
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(text));
        Assert.Equal(TidyCsvTable.LineAt(text, OffsetOf(table, row, column)), error.LineNumber);
        Assert.Equal(column + 1, error.ColumnNumber);
        Assert.Contains(FormattableString.Invariant($"U+{(int)control:X4}"), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(control.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Property]
    public void White_space_at_either_end_of_an_id_is_refused_not_trimmed(TidyCsvTable table, NonNegativeInt rowPick, NonNegativeInt columnPick, bool leading)
    {
        int row = rowPick.Get % table.Rows.Count;
        int column = TidyCsvTable.IdColumns[columnPick.Get % TidyCsvTable.IdColumns.Length];
        string value = table.Rows[row][column];
        string spaced = leading ? " " + value : value + " ";
        string text = table.Write((r, c, written) => r == row && c == column ? spaced : written);
        var error = Assert.Throws<CorpusCsvException>(() => CorpusCsv.Read(text));
        Assert.Equal(column + 1, error.ColumnNumber);
        Assert.Contains("white space", error.Message, StringComparison.Ordinal);
    }

    // The text offset where the field (row, column) begins in table.Write().
    private static int OffsetOf(TidyCsvTable table, int row, int column)
    {
        int offset = string.Join(",", TidyCsvTable.Columns).Length + 2;
        for (int r = 0; r < row; r++)
        {
            offset += table.Rows[r].Sum(v => TidyCsvTable.Escape(v).Length) + TidyCsvTable.Columns.Length - 1 + 2;
        }
        for (int c = 0; c < column; c++)
        {
            offset += TidyCsvTable.Escape(table.Rows[row][c]).Length + 1;
        }
        return offset;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
