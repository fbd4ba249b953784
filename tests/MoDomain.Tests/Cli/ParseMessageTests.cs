using System;
using System.IO;
using MoDomain.Cli;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Cli;

/// <summary>Parser messages in the user's terms: one line, human type names, a date range, help and suggestions.</summary>
public sealed class ParseMessageTests
{
    [Fact]
    public void An_unknown_language_lists_the_choices_on_one_line()
    {
        var (exit, _, error) = CliRun.Run("classify", "--lang", "xx");
        Assert.Equal(ExitCodes.UsageError, exit);
        string first = error.Split('\n')[0];
        Assert.Equal("error: Argument 'xx' not recognized. Must be one of: 'en', 'de'", first.TrimEnd('\r'));
        Assert.DoesNotContain("\\u000a", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0009", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_number_names_the_expected_kind_not_the_clr_type()
    {
        var (exit, _, error) = CliRun.Run("agreement", "--bootstrap", "abc");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("'abc' for option '--bootstrap' as an integer.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.Nullable`1[System.Int32]", "an integer")]
    [InlineData("System.Int64", "an integer")]
    [InlineData("System.Double", "a number")]
    [InlineData("System.Nullable`1[System.Boolean]", "true or false")]
    [InlineData("System.IO.FileInfo", "a file path")]
    [InlineData("System.Guid", "a value of type Guid")]
    public void Type_names_are_translated(string clr, string text) => Assert.Equal(text, ParseErrorText.TypeText(clr));

    [Fact]
    public void A_message_in_another_language_loses_the_clr_type_name_too() =>
        Assert.Equal(
            "Das Argument 'abc' für Option '--seed' kann nicht als an integer analysiert werden.",
            ParseErrorText.Humanise("Das Argument 'abc' für Option '--seed' kann nicht als 'System.Nullable`1[System.Int32]' analysiert werden."));

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("-9998-01-01")]
    [InlineData("1799-12-31")]
    [InlineData("2200-01-01")]
    public void At_outside_the_date_range_is_a_usage_error(string date)
    {
        var (exit, output, error) = CliRun.Run("eligibility", "--at", date);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: --at '{date}' lies outside the accepted evaluation dates (1800-01-01 to 2199-12-31).", error.Trim());
    }

    [Theory]
    [InlineData("1800-01-01")]
    [InlineData("2199-12-31")]
    public void At_on_the_ends_of_the_range_is_accepted(string date) =>
        Assert.Equal(ExitCodes.Success, CliRun.Run("eligibility", "--at", date, "--format", "json").Exit);

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("-9998-06-30")]
    public void An_as_of_date_outside_the_range_in_a_file_is_invalid_input(string date)
    {
        string path = Path.Combine(Path.GetTempPath(), $"modomain-asof-{Guid.NewGuid():N}.json");
        string json = MoDomainJson.SerializeProfiles([SampleData.Profiles[0]]);
        string asOf = $"\"{NodaTime.Text.LocalDatePattern.Iso.Format(SampleData.Profiles[0].AsOf)}\"";
        Assert.Contains(asOf, json, StringComparison.Ordinal);
        File.WriteAllText(path, json.Replace(asOf, $"\"{date}\"", StringComparison.Ordinal));
        try
        {
            var (exit, _, error) = CliRun.Run("classify", path);
            Assert.Equal(ExitCodes.InvalidInput, exit);
            Assert.Contains($"'{date}' lies outside the accepted dates (0001-01-01 to 9999-12-31)", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_bare_modomain_prints_the_help_with_exit_0()
    {
        var (exit, output, error) = CliRun.Run();
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("classify", output, StringComparison.Ordinal);
        Assert.Contains("3 an output could not be written", output, StringComparison.Ordinal);
        Assert.Equal(CliRun.Run("--help").Out, output);
    }

    [Theory]
    [InlineData("clasify", "'classify'")]
    [InlineData("eligibilty", "'eligibility'")]
    [InlineData("reprot", "'report'")]
    public void A_mistyped_command_gets_a_suggestion(string typed, string suggested)
    {
        var (exit, _, error) = CliRun.Run(typed);
        Assert.Equal(ExitCodes.UsageError, exit);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"error: Unrecognized command or argument '{typed}'; did you mean {suggested}?", lines[0].TrimEnd('\r'));
        Assert.Equal("Run 'modomain --help' for usage.", lines[1].TrimEnd('\r'));
    }

    [Fact]
    public void A_mistyped_option_gets_a_suggestion()
    {
        var (exit, _, error) = CliRun.Run("classify", "--formt", "json");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("Unrecognized option '--formt'; did you mean '--format'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_close_gets_no_suggestion()
    {
        var (_, _, error) = CliRun.Run("zzzzzzzz");
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
    }
}
