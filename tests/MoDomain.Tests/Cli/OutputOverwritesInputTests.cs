using System;
using System.Diagnostics;
using System.IO;
using MoDomain.Cli;

namespace MoDomain.Tests.Cli;

/// <summary>
/// <c>--out</c> may never name an input of the same command: however the path is spelled (<c>./</c>, <c>..</c>, a
/// symbolic or a hard link), the command is refused with one line and exit 2, and the input is unchanged.
/// </summary>
public sealed class OutputOverwritesInputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("modomain-out-input-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Project()
    {
        string path = Path.Combine(dir, "proj.qdpx");
        var (exit, _, _) = CliRun.Run("corpus", "export", "--format", "qdpx", "--out", path);
        Assert.Equal(ExitCodes.Success, exit);
        return path;
    }

    private static void AssertRefused((int Exit, string Out, string Err) run, string input, byte[] before)
    {
        Assert.Equal(ExitCodes.UsageError, run.Exit);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("is the input FILE", run.Err, StringComparison.Ordinal);
        Assert.Contains("would destroy the input", run.Err, StringComparison.Ordinal);
        Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("qdpx")]
    public void The_same_path_is_refused_and_the_project_kept(string format)
    {
        string input = Project();
        byte[] before = File.ReadAllBytes(input);
        AssertRefused(CliRun.Run("corpus", "export", input, "--format", format, "--out", input), input, before);
    }

    [Fact]
    public void A_path_through_dot_and_dot_dot_is_refused()
    {
        string input = Project();
        byte[] before = File.ReadAllBytes(input);
        string spelled = Path.Combine(dir, ".", "..", Path.GetFileName(dir), "proj.qdpx");
        AssertRefused(CliRun.Run("corpus", "export", input, "--format", "csv", "--out", spelled), input, before);
    }

    [Fact]
    public void A_symbolic_link_to_the_input_is_refused()
    {
        string input = Project();
        byte[] before = File.ReadAllBytes(input);
        string link = Path.Combine(dir, "link.qdpx");
        File.CreateSymbolicLink(link, input);
        AssertRefused(CliRun.Run("corpus", "export", input, "--format", "qdpx", "--out", link), input, before);
        AssertRefused(CliRun.Run("corpus", "export", link, "--format", "csv", "--out", input), input, before);
    }

    [Fact]
    public void A_symbolic_link_to_the_directory_is_refused()
    {
        string input = Project();
        byte[] before = File.ReadAllBytes(input);
        string linkedDir = Path.Combine(Path.GetTempPath(), $"modomain-linked-{Guid.NewGuid():N}");
        Directory.CreateSymbolicLink(linkedDir, dir);
        try
        {
            AssertRefused(CliRun.Run("corpus", "export", input, "--format", "json", "--out", Path.Combine(linkedDir, "proj.qdpx")), input, before);
        }
        finally
        {
            Directory.Delete(linkedDir);
        }
    }

    [Fact]
    public void A_hard_link_to_the_input_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        string input = Project();
        byte[] before = File.ReadAllBytes(input);
        string hard = Path.Combine(dir, "hard.qdpx");
        using (var ln = Process.Start("ln", [input, hard]))
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }
        AssertRefused(CliRun.Run("corpus", "export", input, "--format", "csv", "--out", hard), input, before);
    }

    [Fact]
    public void Every_file_option_of_report_counts_as_an_input()
    {
        string objectives = Path.Combine(dir, "objectives.json");
        File.WriteAllText(objectives, "[]");
        byte[] before = File.ReadAllBytes(objectives);
        var run = CliRun.Run("report", "--objectives", objectives, "--out", objectives);
        Assert.Equal(ExitCodes.UsageError, run.Exit);
        Assert.Contains("is the input --objectives", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(objectives));
    }

    [Fact]
    public void A_codebook_export_over_its_own_input_is_refused()
    {
        string codes = Path.Combine(dir, "codes.json");
        Assert.Equal(ExitCodes.Success, CliRun.Run("codebook", "export", "--format", "json", "--out", codes).Exit);
        byte[] before = File.ReadAllBytes(codes);
        AssertRefused(CliRun.Run("codebook", "export", codes, "--format", "qdc", "--out", "./" + Path.GetRelativePath(Environment.CurrentDirectory, codes)), codes, before);
    }

    [Fact]
    public void Another_file_of_the_same_name_in_another_directory_is_written()
    {
        string input = Project();
        string other = Path.Combine(dir, "other");
        Directory.CreateDirectory(other);
        var (exit, _, error) = CliRun.Run("corpus", "export", input, "--format", "csv", "--out", Path.Combine(other, "proj.qdpx"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void File_identity_sees_through_links_and_spelling()
    {
        string a = Path.Combine(dir, "a.txt");
        string b = Path.Combine(dir, "b.txt");
        File.WriteAllText(a, "a");
        File.WriteAllText(b, "a");
        Assert.True(FileIdentity.Same(a, Path.Combine(dir, ".", "a.txt")));
        Assert.False(FileIdentity.Same(a, b));
        string link = Path.Combine(dir, "l.txt");
        File.CreateSymbolicLink(link, a);
        Assert.True(FileIdentity.Same(link, a));
        Assert.Equal(FileIdentity.Canonical(a), FileIdentity.Canonical(link));
    }
}
