using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Objectives;
using MoDomain.Samples;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using static MoDomain.Tests.Support.CsvTestSupport;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Interop;

/// <summary>
/// CSV formula injection: every CSV the library and the CLI write neutralises cells beginning with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return (numbers stay numbers), the opt-out writes raw cells, and the tidy
/// CSV reader restores neutralised cells exactly.
/// </summary>
public sealed class CsvFormulaNeutralisationTests
{
    private static readonly string[] Triggers = ["=", "+", "-", "@", "\t", "\r"];

    // Independent statement of the rule: a cell a spreadsheet might run is one that begins with a trigger and is not a plain number.
    private static bool IsDangerous(string cell) =>
        cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) && !Regex.IsMatch(cell, "^-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$");

    [Property]
    public bool Restore_undoes_Neutralise_for_every_text(string? value) =>
        value is null || CsvFormulaGuard.Restore(CsvFormulaGuard.Neutralise(value)) == value;

    [Property]
    public bool A_neutralised_cell_is_never_dangerous(string? value) =>
        value is null || !IsDangerous(CsvFormulaGuard.Neutralise(value));

    [Property]
    public bool Every_text_with_a_formula_prefix_is_neutralised(NonNegativeInt pick, string? payload)
    {
        string value = Triggers[pick.Get % Triggers.Length] + "HYPERLINK(\"http://x\")" + payload;
        return CsvFormulaGuard.Neutralise(value) == "'" + value;
    }

    [Property]
    public bool Numbers_written_as_numbers_stay_numbers(NormalFloat number, int whole, decimal money) =>
        CsvFormulaGuard.Neutralise(number.Get.ToString("R", CultureInfo.InvariantCulture)) == number.Get.ToString("R", CultureInfo.InvariantCulture)
        && CsvFormulaGuard.Neutralise(whole.ToString(CultureInfo.InvariantCulture)) == whole.ToString(CultureInfo.InvariantCulture)
        && CsvFormulaGuard.Neutralise(money.ToString(CultureInfo.InvariantCulture)) == money.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+49 30 1234", "'+49 30 1234")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("'=x", "''=x")]
    [InlineData("''-x", "'''-x")]
    [InlineData("-0.114", "-0.114")]
    [InlineData("-1E-05", "-1E-05")]
    [InlineData("-", "'-")]
    [InlineData("'quoted'", "'quoted'")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Pinned_cells(string value, string written)
    {
        Assert.Equal(written, CsvFormulaGuard.Neutralise(value));
        Assert.Equal(value, CsvFormulaGuard.Restore(written));
    }

    [Property(MaxTest = 60)]
    public void Formula_prefixes_in_every_text_column_of_the_tidy_csv_are_neutralised_and_read_back(NonNegativeInt pick, NonNegativeInt idPick)
    {
        string prefix = Triggers[pick.Get % Triggers.Length];
        // Ids may not hold a tab or carriage return (the reader refuses control characters in ids).
        string idPrefix = Triggers[idPick.Get % 4];
        var corpus = FormulaCorpus(prefix, idPrefix);
        string csv = CorpusCsv.Write(corpus);
        string[][] cells = Parse(csv);
        Assert.All(cells.Skip(1).SelectMany(r => r), cell => Assert.False(IsDangerous(cell), cell));
        Assert.Contains(cells[1], c => c == "'" + prefix + "memo");
        Assert.Contains(cells[1], c => c == "'" + idPrefix + "coder");
        Assert.Contains("-3", cells[1]);
        var back = CorpusCsv.Read(csv);
        var expected = CodingRecord.FromCorpus(corpus);
        Assert.Equal(expected.Select(r => r with { Line = 0, Variables = Empty }), back.Select(r => r with { Line = 0, Variables = Empty }));
        Assert.Equal(expected.Select(r => r.Variables.ToArray()), back.Select(r => r.Variables.ToArray()));
        Assert.Equal(corpus.Codings, CorpusCsv.ApplyTo(Corpus.Create(corpus.Codebook).AddDocument(corpus.Documents[0]), back).Codings);
    }

    [Fact]
    public void The_opt_out_writes_every_cell_as_it_is()
    {
        var corpus = FormulaCorpus("=", "@");
        string csv = CorpusCsv.Write(corpus, CorpusExportOptions.Default with { NeutraliseFormulas = false });
        var row = Records(csv)[0];
        Assert.Equal("=memo", row["memo"]);
        Assert.Equal("@coder", row["coder"]);
        Assert.Equal("=label", row["code_label_en"]);
        Assert.Equal("=value", row["var_note"]);
        // The raw file reads back too (no cell begins with apostrophes before a trigger).
        Assert.Equal("=memo", CorpusCsv.Read(csv)[0].Memo);
        using var writer = new System.IO.StringWriter();
        CorpusCsv.WriteRecords(CodingRecord.FromCorpus(corpus), writer, includeSpeakerName: false, neutraliseFormulas: false);
        Assert.Equal(csv, writer.ToString());
    }

    [Fact]
    public void A_raw_cell_of_apostrophes_before_a_trigger_loses_one_apostrophe_as_documented()
    {
        var corpus = FormulaCorpus("'=", "@");
        Assert.Equal("'=memo", CorpusCsv.Read(CorpusCsv.Write(corpus))[0].Memo);
        Assert.Equal("=memo", CorpusCsv.Read(CorpusCsv.Write(corpus, CorpusExportOptions.Default with { NeutraliseFormulas = false }))[0].Memo);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\",\"x\")")]
    [InlineData("-2+3")]
    [InlineData("@cmd")]
    [InlineData("+49")]
    [InlineData("\tTab")]
    public void Cli_csv_neutralises_an_organisation_name_and_csv_raw_keeps_it(string name)
    {
        var profiles = SampleObjectives.Profiles;
        string file = TempFile("objectives.json", RenameInJson(ObjectivesJson.SerializeProfiles(profiles), profiles[0].Organisation, name));
        var safe = Run("objectives", file, "--format", "csv");
        Assert.Equal(0, safe.Exit);
        Assert.Contains(Parse(safe.Out).Skip(1), r => r[0] == "'" + name);
        Assert.All(Parse(safe.Out).Skip(1).SelectMany(r => r), cell => Assert.False(IsDangerous(cell), cell));
        var raw = Run("objectives", file, "--format", "csv", "--csv-raw");
        Assert.Equal(0, raw.Exit);
        Assert.Contains(Parse(raw.Out).Skip(1), r => r[0] == name);
    }

    public static TheoryData<string[]> CsvCommands => Cli.CsvEncodingTests.CsvCommands;

    [Theory]
    [MemberData(nameof(CsvCommands))]
    public void Every_cli_csv_output_has_no_dangerous_cell_and_documents_csv_raw(string[] args)
    {
        var result = Run(args);
        Assert.Equal(0, result.Exit);
        Assert.All(Parse(result.Out).SelectMany(r => r), cell => Assert.False(IsDangerous(cell), cell));
        var raw = Run([.. args, "--csv-raw"]);
        Assert.Equal(0, raw.Exit);
        Assert.Equal(Parse(raw.Out), Parse(result.Out).Select(r => r.Select(CsvFormulaGuard.Restore).ToArray()).ToArray());
        var help = Run([.. args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)), "--help"]);
        Assert.Contains("--csv-raw", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_export_csv_neutralises_by_default_and_csv_raw_turns_it_off()
    {
        string file = TempFile("corpus.json", CorpusJson.Write(FormulaCorpus("=", "-")));
        var safe = Run("corpus", "export", file, "--format", "csv");
        Assert.Equal(0, safe.Exit);
        Assert.Equal("'=memo", Records(safe.Out)[0]["memo"]);
        var raw = Run("corpus", "export", file, "--format", "csv", "--csv-raw");
        Assert.Equal("=memo", Records(raw.Out)[0]["memo"]);
    }

    private static readonly System.Collections.Immutable.ImmutableSortedDictionary<string, string> Empty = System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty;

    private static Corpus FormulaCorpus(string prefix, string idPrefix)
    {
        var codebook = Codebook.Standard.With(new Code("own-code", new LocalizedText(prefix + "label", prefix + "Etikett")));
        var attributes = new DocumentAttributes(
            Perspective.MigrantOrganisation,
            organisationId: idPrefix + "org",
            speakerId: idPrefix + "speaker",
            variables: new Dictionary<string, VariableValue> { ["note"] = VariableValue.Text(prefix + "value"), ["members"] = VariableValue.Number(-3) });
        return Corpus.Create(codebook)
            .AddDocument(idPrefix + "doc", prefix + "Text am Anfang", attributes)
            .Code(idPrefix + "doc", 0, 4, "own-code", idPrefix + "coder", prefix + "memo");
    }
}
