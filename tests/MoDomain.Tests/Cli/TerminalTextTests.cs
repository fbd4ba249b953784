using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cli;
using MoDomain.Interop;
using MoDomain.Samples;
using Spectre.Console;

namespace MoDomain.Tests.Cli;

/// <summary>
/// No character a terminal interprets (C0/C1 controls, ESC sequences, bidirectional controls) reaches it from a
/// table cell or an error message; tables stay aligned.
/// </summary>
public sealed class TerminalTextTests
{
    private const string Hostile = "Verein\u001b]8;;https://evil.example\u0007Klick\u001b]8;;\u0007\u001b[2J\u001b[31mrot\u009b1m\u202Egnp.exe\u2066x\u2069\r\tende\u0000";

    private static bool IsUnsafe(char c) =>
        c != '\n' && (char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C');

    public static Arbitrary<string> HostileStrings() => Gen.Elements(
            'a', 'Z', ' ', '-', '[', ']', 'ü', '\n', '\r', '\t', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b',
            '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '漢')
        .ArrayOf()
        .Select(chars => new string(chars))
        .ToArbitrary();

    private static string RenderTable(string cell)
    {
        using var output = new StringWriter();
        var console = CliConsole.Create(output);
        var table = new Table().AddColumn(CliConsole.IdColumn("Id")).AddColumn("Name");
        table.AddRow(Markup.Escape("id"), Markup.Escape(cell));
        table.AddRow(Markup.Escape(cell), Markup.Escape("plain"));
        console.Write(table);
        return output.ToString();
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(TerminalTextTests)])]
    public bool No_unsafe_character_survives_a_table(string cell) => !RenderTable(cell).Any(IsUnsafe);

    [FsCheck.Xunit.Property(Arbitrary = [typeof(TerminalTextTests)])]
    public bool No_unsafe_character_but_tab_and_return_survives_an_error_message(string text) =>
        !TerminalText.Escape(text, keepTabsAndReturns: true).Any(c => IsUnsafe(c) && c is not ('\r' or '\t'))
        && !TerminalText.Escape(text).Any(IsUnsafe);

    [Fact]
    public void A_table_with_zero_width_controls_stays_aligned()
    {
        string[] lines = RenderTable("a\u202Eb\u2066c\u2069\u200Fd").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
    }

    [Fact]
    public void The_rules_agree_with_the_list_of_the_issue()
    {
        foreach (char c in "\u0000\u0007\u001b\u007f\u0080\u009b\u009f\r\t\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069")
        {
            Assert.True(TerminalText.IsUnsafe(c), $"U+{(int)c:X4}");
        }
        foreach (char c in "\nAz ü漢\u00a0-")
        {
            Assert.False(TerminalText.IsUnsafe(c), $"U+{(int)c:X4}");
        }
        Assert.Equal("a\\u001b[31mb\\u202ec", TerminalText.Escape("a\u001b[31mb\u202Ec"));
        Assert.Equal("a[31mb", TerminalText.ForTable("a\u001b[31mb\u202E"));
    }

    [Fact]
    public void A_hostile_organisation_name_reaches_the_table_without_its_escapes()
    {
        string path = Path.Combine(Path.GetTempPath(), $"modomain-hostile-{Guid.NewGuid():N}.json");
        string sample = SampleData.Profiles[0].Name;
        string json = MoDomainJson.SerializeProfiles(SampleData.Profiles.Take(1))
            .Replace(JsonSerializer.Serialize(sample)[1..^1], JsonSerializer.Serialize(Hostile)[1..^1], StringComparison.Ordinal);
        File.WriteAllText(path, json);
        try
        {
            var (exit, output, _) = CliRun.Run("classify", path, "--lang", "en");
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains("Verein", output, StringComparison.Ordinal);
            Assert.DoesNotContain(output, IsUnsafe);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_hostile_token_in_an_error_message_is_escaped()
    {
        var (exit, _, error) = CliRun.Run("classify", "--definition", "x\u001b]0;owned\u0007\u202Ey");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.DoesNotContain(error, c => IsUnsafe(c) && c is not '\r');
        Assert.Contains("\\u001b", error, StringComparison.Ordinal);
        Assert.Contains("\\u202e", error, StringComparison.Ordinal);
    }
}
