using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Coding;

/// <summary><see cref="CodebookGuide.ToCsv"/> applies the project's CSV formula rule by default (issue 19), with an opt-out.</summary>
public sealed class CodebookGuideCsvFormulaTests
{
    private static Codebook BookWith(string text) => Codebook.Of(
    [
        new Code("trust", new LocalizedText("Trust", "Vertrauen"), text, guideline: new CodingGuideline(text, [text, "@anker"], text)),
    ]);

    private static List<string[]> Read(string csv)
    {
        var reader = new CsvRecordReader(csv, ',');
        var rows = new List<string[]>();
        var fields = new List<CsvField>();
        while (reader.TryRead(fields, out _))
        {
            rows.Add([.. fields.Select(f => f.Value)]);
        }
        return rows;
    }

    [Fact]
    public void Formula_cells_get_an_apostrophe_by_default_and_stay_raw_on_request()
    {
        const string Formula = "=HYPERLINK(\"http://example.invalid\",\"klick\")";
        var row = Read(CodebookGuide.ToCsv(BookWith(Formula)))[1];
        Assert.Equal("'" + Formula, row[7]);
        Assert.Equal("'" + Formula, row[8]);
        Assert.Equal("'" + Formula + "\n@anker", row[9]);
        Assert.Equal("'" + Formula, row[10]);
        var raw = Read(CodebookGuide.ToCsv(BookWith(Formula), neutraliseFormulas: false))[1];
        Assert.Equal(Formula, raw[7]);
        Assert.Equal(Formula + "\n@anker", raw[9]);
    }

    [Theory]
    [InlineData("+49 30 123", "'+49 30 123")]
    [InlineData("-Spiegelstrich", "'-Spiegelstrich")]
    [InlineData("@Team", "'@Team")]
    [InlineData("\tEinzug", "'\tEinzug")]
    [InlineData("-1", "-1")]
    [InlineData("Vertrauen", "Vertrauen")]
    public void Each_trigger_character_is_neutralised_and_plain_numbers_are_not(string text, string cell) =>
        Assert.Equal(cell, Read(CodebookGuide.ToCsv(BookWith(text)))[1][7]);

    [Property(MaxTest = 200)]
    public void Restoring_every_cell_gives_the_raw_export(NonEmptyString text)
    {
        string value = text.Get.Replace('\0', ' ');
        var neutral = Read(CodebookGuide.ToCsv(BookWith(value)));
        var raw = Read(CodebookGuide.ToCsv(BookWith(value), neutraliseFormulas: false));
        Assert.Equal(raw.Count, neutral.Count);
        for (int r = 0; r < raw.Count; r++)
        {
            Assert.Equal(raw[r], neutral[r].Select(CsvFormulaGuard.Restore).ToArray());
            Assert.DoesNotContain(neutral[r], c => c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r' || (c.StartsWith('-') && !double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)));
        }
    }
}
