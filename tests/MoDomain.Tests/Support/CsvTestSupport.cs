using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;

namespace MoDomain.Tests.Support;

/// <summary>Reading CSV back with CsvHelper, temporary input files and the culture swap the CSV tests share.</summary>
internal static class CsvTestSupport
{
    /// <summary>An organisation name that needs every RFC 4180 escape: a comma, double quotes and a line break.</summary>
    internal const string AwkwardName = "Verein \"Brücke\", Köln\r\nNord; e.V.";

    internal static string[][] Parse(string csvText)
    {
        using var reader = new StringReader(csvText);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }
        return [.. rows];
    }

    /// <summary>The rows as dictionaries keyed by the header's column names.</summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> Records(string csvText)
    {
        string[][] rows = Parse(csvText);
        var records = new List<IReadOnlyDictionary<string, string>>();
        for (int i = 1; i < rows.Length; i++)
        {
            Assert.Equal(rows[0].Length, rows[i].Length);
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int c = 0; c < rows[0].Length; c++)
            {
                record.Add(rows[0][c], rows[i][c]);
            }
            records.Add(record);
        }
        return records;
    }

    internal static string TempFile(string name, string content)
    {
        string folder = Directory.CreateTempSubdirectory("modomain-csv-").FullName;
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Replaces the JSON string <paramref name="original"/> (quoted, exactly) with <paramref name="replacement"/>.</summary>
    internal static string RenameInJson(string json, string original, string replacement)
    {
        string from = "\"" + JsonEncodedText.Encode(original, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";
        string to = "\"" + JsonEncodedText.Encode(replacement, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";
        Assert.Contains(from, json, StringComparison.Ordinal);
        return json.Replace(from, to, StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="render"/> under the invariant culture and under each named culture.</summary>
    internal static (string Invariant, string[] Others) UnderCultures(Func<string> render, params string[] cultures)
    {
        CultureInfo original = CultureInfo.CurrentCulture;
        CultureInfo originalUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            string invariant = render();
            var others = new List<string>();
            foreach (string name in cultures)
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                others.Add(render());
            }
            return (invariant, [.. others]);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }
}
