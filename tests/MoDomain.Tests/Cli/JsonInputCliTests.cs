using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using MoDomain.Cli;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Cli;

/// <summary>
/// Issue 16: every command that reads JSON goes through the same strict path, and reports a bad document in one line
/// naming the file, the line and column, and the JSON path; an endless input stops at the size limit.
/// </summary>
public sealed class JsonInputCliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("modomain-json-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Classify_dev_zero_fails_fast_with_the_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }
        var watch = Stopwatch.StartNew();
        var (exit, output, err) = CliRun.Run("classify", "/dev/zero");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: /dev/zero: invalid input: $: the document is larger than the limit of 64 MiB (67,108,864 bytes); reading stopped there (see JsonReadLimits).", err.TrimEnd());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString()); // 4 min and 4.2 GB before
    }

    public static TheoryData<string, string[]> Readers => new()
    {
        { "classify", ["classify", "{0}"] },
        { "objectives", ["objectives", "{0}"] },
        { "functions", ["functions", "{0}"] },
        { "eligibility", ["eligibility", "{0}"] },
        { "eligibility --policy", ["eligibility", "--policy", "{0}"] },
        { "cooperation", ["cooperation", "{0}"] },
        { "corpus", ["corpus", "export", "{0}", "--format", "json"] },
        { "codebook", ["codebook", "export", "{0}", "--format", "json"] },
        { "report --objectives", ["report", "--objectives", "{0}", "--out", "{1}"] },
        { "report --functions", ["report", "--functions", "{0}", "--out", "{1}"] },
        { "report --funding", ["report", "--funding", "{0}", "--out", "{1}"] },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_reading_command_refuses_invalid_utf8_naming_file_line_column_and_path(string name, string[] args)
    {
        string file = Path.Combine(dir, "bad.json");
        // Valid JSON syntax with one invalid byte (Latin-1 é) inside a string on line 2, column 12.
        File.WriteAllBytes(file, [.. "{\n  \"x\": \"Caf"u8, 0xE9, .. "\"\n}\n"u8]);
        string[] filled = Array.ConvertAll(args, a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, file, Path.Combine(dir, "r.html")));
        var (exit, _, err) = CliRun.Run(filled);
        Assert.True(exit == 1, name + ": " + err);
        Assert.StartsWith($"error: {file}:2:12: invalid input", err, StringComparison.Ordinal);
        Assert.Contains("$.x: the document is not valid UTF-8: byte 0xE9", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
        Assert.False(File.Exists(Path.Combine(dir, "r.html")));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_reading_command_refuses_utf16(string name, string[] args)
    {
        string file = Path.Combine(dir, "utf16.json");
        File.WriteAllBytes(file, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{ \"x\": 1 }")]);
        string[] filled = Array.ConvertAll(args, a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, file, Path.Combine(dir, "r.html")));
        var (exit, _, err) = CliRun.Run(filled);
        Assert.True(exit == 1, name + ": " + err);
        Assert.StartsWith($"error: {file}:1:1: invalid input", err, StringComparison.Ordinal);
        Assert.Contains("UTF-16 (little-endian, with byte-order mark)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_the_same_streamed_as_serialised()
    {
        string file = Path.Combine(dir, "profiles.json");
        File.WriteAllText(file, MoDomainJson.SerializeProfiles(SampleData.Profiles));
        var (exit, output, err) = CliRun.Run("classify", file, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Equal(MoDomainJson.SerializeReports(SampleData.Profiles.Select(p => MoDomain.Definitions.DefinitionSet.Default.ClassifyAll(p))) + Environment.NewLine, output);
    }

    [Fact]
    public void A_large_table_is_drawn_in_chunks_showing_every_result()
    {
        string file = Path.Combine(dir, "many.json");
        var many = Enumerable.Range(0, CliInput.TableChunk + 20).Select(i => SampleData.Profiles[i % SampleData.Profiles.Length].WithId(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"org-{i}")));
        File.WriteAllText(file, MoDomainJson.SerializeProfiles(many));
        var (exit, output, _) = CliRun.Run("classify", file, "--definition", "svr-2020", "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Equal(2, output.Count(c => c == '╭')); // one table of 500 organisations, one of 20
        var (_, small, _) = CliRun.Run("classify", "--definition", "svr-2020", "--lang", "en");
        Assert.Equal(1, small.Count(c => c == '╭'));
    }
}
