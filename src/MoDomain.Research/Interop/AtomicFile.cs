using System;
using System.Collections.Generic;
using System.IO;
using MoDomain.Internal;

namespace MoDomain.Interop;

/// <summary>
/// Writes a file atomically: the content goes to a temporary file in the same directory, which then replaces the
/// target in one move. A failure leaves the target as it was (absent or with its old content) and no temporary file.
/// </summary>
/// <remarks>
/// Every file-writing export of the library (REFI-QDA, CSV, JSON) and the CLI's report go through this class.
/// The temporary file is named <c>.&lt;name&gt;.&lt;32 hex digits&gt;.tmp</c>. On Unix it is created readable and
/// writable by its owner only (<c>0600</c>) and, when the target already exists, given the target's permission bits
/// before it replaces the target, so that replacing a <c>0600</c> file never leaves a more open one; a new target
/// gets the process's default mode. The owner of the replaced file is the writing user (.NET offers no way to give a
/// file to another user). A temporary file of the same target that a killed process left behind (one not open for
/// writing and not modified for two minutes) is removed on the next write.
/// </remarks>
internal static class AtomicFile
{
    // How long a temporary file of a target must be left untouched before a later write removes it. A writer that is
    // still running keeps its temporary file open (and locked) and keeps modifying it, so it is never taken for a stale one.
    internal static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    private const int GuidDigits = 32;
    private const string TemporarySuffix = ".tmp";

    /// <summary>Writes <paramref name="path"/> through a temporary sibling file.</summary>
    /// <param name="path">The target path.</param>
    /// <param name="write">Writes the content to the temporary file's stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or names no file.</exception>
    /// <exception cref="IOException">The file cannot be written or moved; whatever <paramref name="write"/> throws is passed on after the temporary file is removed.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        Guard.Against.Blank(path);
        Guard.Against.Null(write);
        string full = Path.GetFullPath(path);
        string? directory = Path.GetDirectoryName(full);
        string name = Path.GetFileName(full);
        if (directory is null || name.Length == 0)
        {
            throw new ArgumentException($"'{path}' does not name a file.", nameof(path));
        }
        RemoveStaleTemporaries(directory, name, DateTime.UtcNow - StaleAfter);
        UnixFileMode? keep = OperatingSystem.IsWindows() || !File.Exists(full) ? null : File.GetUnixFileMode(full);
        string temp = Path.Combine(directory, "." + name + "." + Guid.NewGuid().ToString("N") + TemporarySuffix);
        try
        {
            using (var stream = new FileStream(temp, CreateOptions(keep)))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
                if (keep is { } mode && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, mode);
                }
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Whether <paramref name="fileName"/> has the form of a temporary file of the target named <paramref name="targetName"/>.</summary>
    internal static bool IsTemporaryOf(string fileName, string targetName)
    {
        int prefix = 1 + targetName.Length + 1;
        if (fileName.Length != prefix + GuidDigits + TemporarySuffix.Length
            || fileName[0] != '.'
            || !fileName.AsSpan(1).StartsWith(targetName, StringComparison.Ordinal)
            || fileName[prefix - 1] != '.'
            || !fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal))
        {
            return false;
        }
        foreach (char c in fileName.AsSpan(prefix, GuidDigits))
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The temporary files of <paramref name="fullPath"/> that exist now (finished or not).</summary>
    internal static IReadOnlyList<string> TemporariesOf(string fullPath)
    {
        string? directory = Path.GetDirectoryName(fullPath);
        string name = Path.GetFileName(fullPath);
        var found = new List<string>();
        if (directory is null || name.Length == 0 || !Directory.Exists(directory))
        {
            return found;
        }
        try
        {
            foreach (string file in Directory.EnumerateFiles(directory, "." + name + ".*" + TemporarySuffix))
            {
                if (IsTemporaryOf(Path.GetFileName(file), name))
                {
                    found.Add(file);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unlistable directory has no temporary files we could remove.
        }
        return found;
    }

    private static FileStreamOptions CreateOptions(UnixFileMode? keep)
    {
        // FileShare.Delete lets a signal handler remove the file while it is still open (Windows needs it; on Unix it
        // takes a shared lock, so a cleaner that asks for an exclusive one sees that the file is in use).
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Delete };
        if (keep is not null && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return options;
    }

    // A temporary file of this target that nobody holds open and that has not changed since `before` was left by a
    // process that died while writing (SIGKILL, power loss); it may hold the content of interviews, so it goes.
    private static void RemoveStaleTemporaries(string directory, string name, DateTime before)
    {
        foreach (string file in TemporariesOf(Path.Combine(directory, name)))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) >= before)
                {
                    continue;
                }
                using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                    // Opened exclusively: no writer holds it.
                }
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // In use, already gone or not ours to remove: leave it.
            }
        }
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // Best effort: the original error matters more.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort, as above.
        }
    }
}
