using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using MoDomain.Cli;

namespace MoDomain.Tests.Cli;

/// <summary>
/// Every failure the CLI can meet ends with one line naming its cause, no stack trace, and its exit code:
/// 1 invalid input, 2 usage, 3 an output that could not be written; a reader that closed the pipe ends it quietly.
/// </summary>
public sealed class CliFailureTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("modomain-cli-failure-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static void AssertOneLine(string error, string expected)
    {
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("qdpx")]
    public void Out_naming_the_root_directory_is_one_line_and_exit_3(string format)
    {
        string root = Path.GetPathRoot(dir)!;
        var (exit, output, error) = CliRun.Run("corpus", "export", "--format", format, "--out", root);
        Assert.Equal(ExitCodes.IoFailure, exit);
        Assert.Equal(string.Empty, output);
        AssertOneLine(error, $"--out '{root}' is a directory");
    }

    [Fact]
    public void Out_naming_a_directory_with_a_trailing_separator_is_refused_for_qdpx()
    {
        string target = Path.Combine(dir, "sub") + Path.DirectorySeparatorChar;
        var (exit, _, error) = CliRun.Run("corpus", "export", "--format", "qdpx", "--out", target);
        Assert.Equal(ExitCodes.IoFailure, exit);
        AssertOneLine(error, $"--out '{target}' is a directory");
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void Out_naming_an_existing_directory_is_refused_and_the_directory_is_untouched()
    {
        string target = Path.Combine(dir, "existing");
        Directory.CreateDirectory(target);
        var (exit, _, error) = CliRun.Run("codebook", "export", "--out", target);
        Assert.Equal(ExitCodes.IoFailure, exit);
        AssertOneLine(error, "is a directory");
        Assert.Empty(Directory.GetFileSystemEntries(target));
    }

    [Theory]
    [InlineData("corpus", "export", "--format", "csv")]
    [InlineData("corpus", "export", "--format", "qdpx")]
    [InlineData("codebook", "export", "--format", "json")]
    [InlineData("report")]
    public void Out_into_a_missing_directory_names_the_users_path_not_the_temporary_one(params string[] args)
    {
        string missing = Path.Combine(dir, "missing");
        string target = Path.Combine(missing, "result.out");
        var (exit, _, error) = CliRun.Run([.. args, "--out", target]);
        Assert.Equal(ExitCodes.IoFailure, exit);
        AssertOneLine(error, $"--out '{target}': the directory '{missing}' does not exist.");
        Assert.DoesNotContain(".tmp", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("objectives")]
    [InlineData("eligibility")]
    [InlineData("report")]
    [InlineData("corpus", "export")]
    [InlineData("codebook", "export")]
    public void A_directory_given_as_FILE_says_so_instead_of_access_denied(params string[] args)
    {
        var (exit, _, error) = CliRun.Run([.. args, dir]);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        AssertOneLine(error, "is a directory, not a file.");
        Assert.DoesNotContain("denied", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_is_one_line_with_exit_1()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        string path = Path.Combine(dir, "secret.json");
        File.WriteAllText(path, "[]");
        File.SetUnixFileMode(path, UnixFileMode.None);
        using (var probe = Process.Start(new ProcessStartInfo("id", "-u") { RedirectStandardOutput = true })!)
        {
            probe.WaitForExit();
            if (probe.StandardOutput.ReadToEnd().Trim() == "0")
            {
                // root reads every file: the permission case cannot be made here; the message mapping is tested below.
                Assert.Equal("permission denied.", CliInput.ReadFailure(new FileInfo(path), new UnauthorizedAccessException("Access to the path is denied.")));
                return;
            }
        }
        var (exit, _, error) = CliRun.Run("classify", path);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        AssertOneLine(error, "permission denied.");
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("classify", "--format", "json")]
    [InlineData("eligibility", "--format", "csv")]
    [InlineData("report")]
    [InlineData("vocab", "list")]
    public void A_full_standard_output_is_one_line_with_exit_3(params string[] args)
    {
        using var error = new StringWriter();
        int exit = CliApp.Run(args, new FailingWriter(new IOException("No space left on device", 28)), error);
        Assert.Equal(ExitCodes.IoFailure, exit);
        AssertOneLine(error.ToString(), "error: cannot write to standard output: No space left on device");
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("report")]
    public void A_closed_pipe_ends_the_command_quietly(params string[] args)
    {
        using var error = new StringWriter();
        int exit = CliApp.Run(args, new FailingWriter(new IOException("Broken pipe", 32)), error);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Writing_to_dev_full_in_a_real_process_is_one_line_with_exit_3()
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }
        var (exit, error) = CliProcess.RunShell("classify > /dev/full");
        Assert.Equal(ExitCodes.IoFailure, exit);
        AssertOneLine(error, "error: cannot write to standard output:");
    }

    [Fact]
    public void A_reader_that_stops_after_one_line_ends_a_real_process_quietly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var (exit, error) = CliProcess.RunShell("report | head -c 10 > /dev/null; exit ${PIPESTATUS[0]}");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
    }

    /// <summary>A standard output that fails on every write, as a full disk or a closed pipe does.</summary>
    private sealed class FailingWriter(IOException failure) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw failure;

        public override void Write(string? value) => throw failure;

        public override void Write(char[] buffer, int index, int count) => throw failure;
    }
}
