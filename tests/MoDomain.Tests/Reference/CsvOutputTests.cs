using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using MoDomain.Cli;
using MoDomain.Reference;
using MoDomain.Samples;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Reference;

/// <summary><c>--format csv</c> of <c>classify</c> and <c>reference</c>: RFC 4180 that reads back field for field.</summary>
public sealed class CsvOutputTests
{
    private static string[][] Parse(string csvText)
    {
        using var reader = new StringReader(csvText);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new System.Collections.Generic.List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return [.. rows];
    }

    [Fact]
    public void Classify_csv_has_one_row_per_organisation_and_definition()
    {
        var (exit, text, _) = Run("classify", "--format", "csv");
        Assert.Equal(0, exit);
        Assert.EndsWith("\r\n", text, System.StringComparison.Ordinal);
        string[][] rows = Parse(text);
        Assert.Equal(["organisation", "definition", "verdict", "not_met_or_undetermined", "missing_facts", "self_identification", "differs_from_self_identification", "container_term"], rows[0]);
        Assert.Equal(SampleData.Profiles.Length * 2, rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.Contains(r[2], new[] { "yes", "no", "unknown" }));
        Assert.Equal(SampleData.Profiles.Select(p => p.Name).ToHashSet(), rows.Skip(1).Select(r => r[0]).ToHashSet());
    }

    [Fact]
    public void Classify_csv_is_the_same_in_both_languages()
    {
        Assert.Equal(Run("classify", "--format", "csv", "--lang", "en").Out, Run("classify", "--format", "csv", "--lang", "de").Out);
    }

    [Fact]
    public void Reference_csv_reads_back_every_figure_with_provenance()
    {
        var (exit, text, _) = Run("reference", "--format", "csv");
        Assert.Equal(0, exit);
        string[][] rows = Parse(text);
        Assert.Equal(ReferenceData.Figures.Length, rows.Length - 1);
        string[] header = rows[0];
        foreach (var (figure, row) in ReferenceData.Figures.Zip(rows.Skip(1)))
        {
            Assert.Equal(figure.Id, row[0]);
            Assert.Equal(figure.Measures.German, row[3]);
            Assert.Equal(figure.Value, decimal.Parse(row[4], CultureInfo.InvariantCulture));
            Assert.Equal(figure.Source, row[System.Array.IndexOf(header, "source")]);
        }
    }
}
