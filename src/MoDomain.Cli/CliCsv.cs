using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;

namespace MoDomain.Cli;

/// <summary>
/// The CSV the commands write with <c>--format csv</c>: RFC 4180 through CsvHelper, comma-separated, CRLF line ends,
/// a header row of snake_case names, invariant-culture numbers — readable by R's <c>read.csv</c> and pandas without
/// options.
/// </summary>
internal static class CliCsv
{
    /// <summary>Writes the header and the rows.</summary>
    internal static string Document(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true))
        {
            foreach (string name in header)
            {
                csv.WriteField(name);
            }

            csv.NextRecord();
            foreach (IReadOnlyList<string> row in rows)
            {
                foreach (string field in row)
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return writer.ToString();
    }
}
