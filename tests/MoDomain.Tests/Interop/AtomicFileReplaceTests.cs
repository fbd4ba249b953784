using System;
using System.IO;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop;

public sealed class AtomicFileReplaceTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("modomain-atomic-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Writes_and_replaces_the_file_leaving_no_temporary_file()
    {
        string path = Path.Combine(directory, "report.html");
        AtomicFile.Write(path, s => s.Write("first"u8));
        AtomicFile.Write(path, s => s.Write("second"u8));
        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(directory));
    }

    [Fact]
    public void A_failing_write_leaves_no_partial_file_and_keeps_the_old_content()
    {
        string fresh = Path.Combine(directory, "fresh.html");
        var ex = Assert.Throws<IOException>(() => AtomicFile.Write(fresh, s =>
        {
            s.Write("<!DOCTYPE html>\n<html>half"u8);
            throw new IOException("disk full (simulated)");
        }));
        Assert.Equal("disk full (simulated)", ex.Message);
        Assert.False(File.Exists(fresh));

        string existing = Path.Combine(directory, "existing.html");
        File.WriteAllText(existing, "old");
        Assert.Throws<IOException>(() => AtomicFile.Write(existing, s =>
        {
            s.Write("new but half"u8);
            throw new IOException("simulated");
        }));
        Assert.Equal("old", File.ReadAllText(existing));
        Assert.Equal([existing], Directory.GetFiles(directory));
    }

    [Fact]
    public void A_missing_directory_fails_without_creating_anything()
    {
        string path = Path.Combine(directory, "missing", "report.html");
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.Write(path, s => s.Write("x"u8)));
        Assert.False(Directory.Exists(Path.Combine(directory, "missing")));
    }

    [Fact]
    public void A_target_that_is_a_directory_fails_and_the_temporary_file_is_removed()
    {
        string target = Path.Combine(directory, "taken");
        Directory.CreateDirectory(target);
        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(target, s => s.Write("x"u8)));
        Assert.Empty(Directory.GetFiles(directory));
    }
}
