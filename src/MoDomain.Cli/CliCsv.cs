using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.CommandLine;
using CsvHelper;
using MoDomain.Interop;
using MoDomain.Rules;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Cli;

/// <summary>
/// The CSV the commands write with <c>--format csv</c>: RFC 4180 through CsvHelper, comma-separated, CRLF line ends,
/// a header row of snake_case names, invariant-culture numbers — readable by R's <c>read.csv</c> and pandas without
/// options. Cells that begin with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return get a leading
/// apostrophe unless the command is given <c>--csv-raw</c>.
/// </summary>
internal static class CliCsv
{
    /// <summary>The name of the option that turns formula neutralisation off.</summary>
    internal const string RawOptionName = "--csv-raw";

    /// <summary>Creates the <c>--csv-raw</c> option of a command that writes CSV.</summary>
    internal static Option<bool> RawOption() => new(RawOptionName)
    {
        Description = "With --format csv: write every cell exactly as it is. By default a cell that begins with =, +, -, @, a tab or a carriage return (and is not a number) gets a leading apostrophe, so that Excel and LibreOffice do not run it as a formula; use --csv-raw only when a program, not a spreadsheet, reads the file.",
    };

    /// <summary>
    /// Writes the header and the rows; unless <paramref name="raw"/>, every cell that a spreadsheet would run as a
    /// formula is neutralised (<see cref="CsvFormulaGuard"/>; numbers such as <c>-0.5</c> stay numbers).
    /// </summary>
    internal static string Document(bool raw, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
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
                    csv.WriteField(raw ? field : CsvFormulaGuard.Neutralise(field));
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
