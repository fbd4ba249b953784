using System;
using System.IO;
using MoDomain.Cli;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop;

/// <summary>
/// <see cref="AtomicFile"/> keeps an existing target's permission bits, never exposes the content through a more
/// open temporary file, and removes temporary files a killed writer left behind (but not a live writer's).
/// </summary>
public sealed class AtomicFilePermissionTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("modomain-atomic-mode-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead)]
    public void Replacing_a_file_keeps_its_mode(UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        string path = Path.Combine(dir, "interviews.csv");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, mode);
        UnixFileMode? whileWriting = null;
        AtomicFile.Write(path, s =>
        {
            whileWriting = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(((FileStream)s).Name);
            s.Write("new"u8);
        });
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(mode, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, whileWriting);
    }

    [Fact]
    public void The_cli_out_option_keeps_a_0600_file_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        string path = Path.Combine(dir, "codings.csv");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        foreach (string format in new[] { "csv", "json", "qdpx" })
        {
            var (exit, _, error) = CliRun.Run("corpus", "export", "--format", format, "--out", path);
            Assert.True(exit == ExitCodes.Success, error);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        Assert.Equal(ExitCodes.Success, CliRun.Run("report", "--out", path).Exit);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void A_stale_temporary_file_of_the_target_is_removed_on_the_next_write()
    {
        string path = Path.Combine(dir, "report.html");
        string stale = Path.Combine(dir, $".report.html.{Guid.NewGuid():N}.tmp");
        string fresh = Path.Combine(dir, $".report.html.{Guid.NewGuid():N}.tmp");
        string otherTarget = Path.Combine(dir, $".other.html.{Guid.NewGuid():N}.tmp");
        string lookalike = Path.Combine(dir, ".report.html.not-a-guid.tmp");
        foreach (string file in new[] { stale, fresh, otherTarget, lookalike })
        {
            File.WriteAllText(file, "interview text");
        }
        var old = DateTime.UtcNow - AtomicFile.StaleAfter - TimeSpan.FromMinutes(1);
        foreach (string file in new[] { stale, otherTarget, lookalike })
        {
            File.SetLastWriteTimeUtc(file, old);
        }
        AtomicFile.Write(path, s => s.Write("x"u8));
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh), "a recent temporary file may belong to a running writer");
        Assert.True(File.Exists(otherTarget), "another target's temporary file is not touched");
        Assert.True(File.Exists(lookalike), "only the exact temporary-name form is removed");
    }

    [Fact]
    public void A_stale_looking_temporary_file_that_a_writer_holds_open_is_kept()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        string path = Path.Combine(dir, "report.html");
        string live = Path.Combine(dir, $".report.html.{Guid.NewGuid():N}.tmp");
        using (var holder = new FileStream(live, FileMode.CreateNew, FileAccess.Write, FileShare.Delete))
        {
            File.SetLastWriteTimeUtc(live, DateTime.UtcNow - AtomicFile.StaleAfter - TimeSpan.FromMinutes(1));
            AtomicFile.Write(path, s => s.Write("x"u8));
            Assert.True(File.Exists(live));
        }
    }

    [Theory]
    [InlineData(".a.csv.0123456789abcdef0123456789abcdef.tmp", "a.csv", true)]
    [InlineData(".a.csv.0123456789ABCDEF0123456789abcdef.tmp", "a.csv", false)]
    [InlineData(".a.csv.0123456789abcdef0123456789abcde.tmp", "a.csv", false)]
    [InlineData("a.csv.0123456789abcdef0123456789abcdef.tmp", "a.csv", false)]
    [InlineData(".b.csv.0123456789abcdef0123456789abcdef.tmp", "a.csv", false)]
    [InlineData(".a.csv.0123456789abcdef0123456789abcdef.tmpx", "a.csv", false)]
    [InlineData(".a.csvx0123456789abcdef0123456789abcdef.tmp", "a.csv", false)]
    public void Only_the_exact_temporary_name_form_counts(string file, string target, bool expected) =>
        Assert.Equal(expected, AtomicFile.IsTemporaryOf(file, target));

    [Fact]
    public void Interrupting_an_out_write_removes_the_new_temporary_files_only()
    {
        string path = Path.Combine(dir, "codings.csv");
        string before = Path.Combine(dir, $".codings.csv.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(before, "another writer's");
        string? during = null;
        // The write goes on after the clean-up here (a real signal ends the process), so the final move fails.
        var failure = Assert.Throws<CliFailure>(() => OutputFile.Write(new FileInfo(path), full => AtomicFile.Write(full, s =>
        {
            during = ((FileStream)s).Name;
            OutputFile.CleanUpAfterInterrupt(full, [before])();
            Assert.False(File.Exists(during));
        })));
        Assert.Equal(ExitCodes.IoFailure, failure.ExitCode);
        Assert.DoesNotContain(".tmp", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.NotNull(during);
        Assert.True(File.Exists(before));
    }
}
