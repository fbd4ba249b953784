using System.Globalization;
using MoDomain.Cli;
using Xunit;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Cli;

/// <summary>
/// The command line means the same on every machine: numbers are read with a dot and the parser's messages are
/// English under any culture, and the caller's cultures are restored after a run (the CI defect of 2026-12-04:
/// <c>--overlap 0.8</c> was read as 8 under de-DE, and System.CommandLine answered in German).
/// </summary>
public sealed class CliCultureTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("fr-FR")]
    public void A_decimal_option_is_read_with_a_dot_under_any_culture(string name)
    {
        var (exit, output, error) = UnderCulture(name, () => Run("agreement", "--format", "json", "--overlap", "0.8"));
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("\"minimumShare\": 0.8", output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Parser_messages_are_english_under_any_culture(string name)
    {
        var (exit, _, error) = UnderCulture(name, () => Run("clasify"));
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.StartsWith("error: Unrecognized command or argument 'clasify'", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_callers_cultures_are_restored_after_a_run()
    {
        var german = CultureInfo.GetCultureInfo("de-DE");
        var (culture, uiCulture) = UnderCulture("de-DE", () =>
        {
            Run("vocab", "--help");
            return (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        });
        Assert.Equal(german, culture);
        Assert.Equal(german, uiCulture);
    }

    private static T UnderCulture<T>(string name, System.Func<T> action)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
