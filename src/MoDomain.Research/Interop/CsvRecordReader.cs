using System.Collections.Generic;
using System.Globalization;
using System.Text;
using MoDomain.Internal;

namespace MoDomain.Interop;

/// <summary>
/// A strict RFC 4180 record reader over CSV text: every malformed field is a <see cref="CorpusCsvException"/> naming
/// its line and column and the cause, and no field is echoed whole. Line ends may be CRLF, LF or CR. One pass, linear
/// in the text.
/// </summary>
/// <remarks>
/// CsvHelper, which the writers use, is not used for reading because its errors quote the raw record (personal data)
/// and its recovery from a bad quote names the line where parsing gave up, not the field where the quote was opened.
/// </remarks>
internal sealed class CsvRecordReader
{
    private readonly string text;
    private readonly char delimiter;
    private readonly StringBuilder quoted = new();
    private int position;
    private int line = 1;

    internal CsvRecordReader(string text, char delimiter)
    {
        this.text = text;
        this.delimiter = delimiter;
    }

    /// <summary>Gets or sets the header names, used to name columns in errors once the header has been read.</summary>
    internal IReadOnlyList<string>? Header { get; set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the text.</summary>
    internal bool TryRead(List<CsvField> fields, out int recordLine)
    {
        fields.Clear();
        recordLine = line;
        if (position >= text.Length)
        {
            return false;
        }
        while (true)
        {
            int column = fields.Count + 1;
            fields.Add(position < text.Length && text[position] == '"' ? ReadQuoted(column) : ReadPlain(column));
            if (position >= text.Length)
            {
                return true;
            }
            char c = text[position];
            if (c == delimiter)
            {
                position++;
                continue;
            }
            // A line break ends the record (ReadQuoted and ReadPlain stop only at a delimiter, a line break or the end).
            position += c == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
            line++;
            return true;
        }
    }

    /// <summary>Builds the error for a field.</summary>
    internal CorpusCsvException Error(int errorLine, int column, string message) =>
        new(errorLine, column, ColumnName(column), message);

    private string? ColumnName(int column) => Header is { } header && column <= header.Count ? header[column - 1] : null;

    private CsvField ReadPlain(int column)
    {
        int start = position;
        while (position < text.Length)
        {
            char c = text[position];
            if (c == delimiter || c == '\r' || c == '\n')
            {
                break;
            }
            if (c == '"')
            {
                throw Error(line, column, "a quote inside a field that does not begin with a quote; quote the whole field and double every quote inside it (\"\" for \").");
            }
            position++;
        }
        return new CsvField(text[start..position], line, line, false);
    }

    private CsvField ReadQuoted(int column)
    {
        int startLine = line;
        position++;
        quoted.Clear();
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error(startLine, column, string.Create(CultureInfo.InvariantCulture,
                    $"the quote that opens this field is never closed, so the field would run to the end of the file (line {line}); close the quote or double every quote inside the field (\"\" for \")."));
            }
            char c = text[position];
            if (c == '"')
            {
                if (position + 1 < text.Length && text[position + 1] == '"')
                {
                    quoted.Append('"');
                    position += 2;
                    continue;
                }
                position++;
                break;
            }
            if (c == '\n' || (c == '\r' && !(position + 1 < text.Length && text[position + 1] == '\n')))
            {
                line++;
            }
            quoted.Append(c);
            position++;
        }
        if (position < text.Length && text[position] != delimiter && text[position] != '\r' && text[position] != '\n')
        {
            string where = startLine == line
                ? "the quoted field that opens here ends at a quote followed by other text"
                : string.Create(CultureInfo.InvariantCulture, $"the quoted field that opens here runs to line {line}, where a quote is followed by other text");
            throw Error(startLine, column, where + "; the opening quote is probably not closed, or a quote inside the field is not doubled (\"\" for \").");
        }
        return new CsvField(quoted.ToString(), startLine, line, true);
    }
}
