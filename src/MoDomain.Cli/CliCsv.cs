using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
using MoDomain.Rules;
using NodaTime;
using NodaTime.Text;

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

    /// <summary>Several ids in one field, separated by <c>;</c> (empty when there are none).</summary>
    internal static string Ids(IEnumerable<string> ids) => string.Join(";", ids);

    /// <summary>A verdict as <c>yes</c>, <c>no</c> or <c>unknown</c>.</summary>
    internal static string Verdict(Truth truth) => truth.Id;

    /// <summary>A two-valued flag as <c>yes</c> or <c>no</c> (the same words as a decided verdict).</summary>
    internal static string Verdict(bool value) => Truth.FromBoolean(value).Id;

    /// <summary>An integer, invariant.</summary>
    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number, invariant and round-trippable; an unknown value is an empty field.</summary>
    internal static string Number(Fact<double> value) => value.IsKnown ? Number(value.Value) : string.Empty;

    /// <summary>A number, invariant and round-trippable.</summary>
    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A date as <c>yyyy-MM-dd</c>; an unknown or absent date is an empty field.</summary>
    internal static string Date(Fact<LocalDate> date) => date.IsKnown ? Date(date.Value) : string.Empty;
}
