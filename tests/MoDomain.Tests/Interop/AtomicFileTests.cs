using System;
using System.IO;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop;

/// <summary><see cref="AtomicFile"/>: argument checks, the hidden temporary sibling, nothing left behind.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("modomain-atomic-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_path_is_refused(string path)
    {
        var ex = Assert.Throws<ArgumentException>(() => AtomicFile.Write(path, _ => { }));
        Assert.Equal("path", ex.ParamName);
    }

    [Fact]
    public void Null_arguments_are_refused_with_their_parameter_name()
    {
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => AtomicFile.Write(null!, _ => { })).ParamName);
        Assert.Equal("write", Assert.Throws<ArgumentNullException>(() => AtomicFile.Write(Path.Combine(dir, "a.txt"), null!)).ParamName);
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void A_path_that_names_a_directory_is_refused()
    {
        string path = dir + Path.DirectorySeparatorChar;
        var ex = Assert.Throws<ArgumentException>(() => AtomicFile.Write(path, s => s.WriteByte(1)));
        Assert.Equal("path", ex.ParamName);
        Assert.Contains($"'{path}' does not name a file.", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void The_content_goes_through_a_hidden_temporary_sibling_that_is_moved_into_place()
    {
        string path = Path.Combine(dir, "out.csv");
        string? temp = null;
        AtomicFile.Write(path, s =>
        {
            temp = ((FileStream)s).Name;
            s.Write([1, 2, 3]);
            Assert.False(File.Exists(path));
        });
        Assert.NotNull(temp);
        Assert.Equal(dir, Path.GetDirectoryName(temp));
        string name = Path.GetFileName(temp);
        Assert.StartsWith(".out.csv.", name, StringComparison.Ordinal);
        Assert.EndsWith(".tmp", name, StringComparison.Ordinal);
        Assert.Equal(".out.csv.".Length + 32 + ".tmp".Length, name.Length);
        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(path));
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void A_failing_writer_leaves_the_target_unchanged_and_no_temporary_file()
    {
        string path = Path.Combine(dir, "keep.txt");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.WriteByte(9);
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void Writes_and_replaces_the_file_leaving_no_temporary_file()
    {
        string path = Path.Combine(dir, "report.html");
        AtomicFile.Write(path, s => s.Write("first"u8));
        AtomicFile.Write(path, s => s.Write("second"u8));
        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir));
    }

    [Fact]
    public void A_failing_write_leaves_no_partial_file_and_keeps_the_old_content()
    {
        string fresh = Path.Combine(dir, "fresh.html");
        var ex = Assert.Throws<IOException>(() => AtomicFile.Write(fresh, s =>
        {
            s.Write("<!DOCTYPE html>\n<html>half"u8);
            throw new IOException("disk full (simulated)");
        }));
        Assert.Equal("disk full (simulated)", ex.Message);
        Assert.False(File.Exists(fresh));

        string existing = Path.Combine(dir, "existing.html");
        File.WriteAllText(existing, "old");
        Assert.Throws<IOException>(() => AtomicFile.Write(existing, s =>
        {
            s.Write("new but half"u8);
            throw new IOException("simulated");
        }));
        Assert.Equal("old", File.ReadAllText(existing));
        Assert.Equal([existing], Directory.GetFiles(dir));
    }

    [Fact]
    public void A_missing_directory_fails_without_creating_anything()
    {
        string path = Path.Combine(dir, "missing", "report.html");
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.Write(path, s => s.Write("x"u8)));
        Assert.False(Directory.Exists(Path.Combine(dir, "missing")));
    }

    [Fact]
    public void A_target_that_is_a_directory_fails_and_the_temporary_file_is_removed()
    {
        string target = Path.Combine(dir, "taken");
        Directory.CreateDirectory(target);
        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(target, s => s.Write("x"u8)));
        Assert.Empty(Directory.GetFiles(dir));
    }
}
