using System;
using System.IO;
using MoDomain.Internal;

namespace MoDomain.Interop;

/// <summary>
/// Writes a file atomically: the content goes to a temporary file in the same directory, which then replaces the
/// target in one move. A failure leaves the target as it was (absent or with its old content) and no temporary file.
/// </summary>
/// <remarks>Every file-writing export of the library (REFI-QDA, CSV, JSON) and the CLI's report go through this class.</remarks>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through a temporary sibling file.</summary>
    /// <param name="path">The target path.</param>
    /// <param name="write">Writes the content to the temporary file's stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or names no file.</exception>
    /// <exception cref="IOException">The file cannot be written or moved; whatever <paramref name="write"/> throws is passed on after the temporary file is removed.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        Preconditions.CheckNotBlank(path);
        Preconditions.CheckNotNull(write);
        string full = Path.GetFullPath(path);
        string? directory = Path.GetDirectoryName(full);
        string name = Path.GetFileName(full);
        if (directory is null || name.Length == 0)
        {
            throw new ArgumentException($"'{path}' does not name a file.", nameof(path));
        }
        string temp = Path.Combine(directory, "." + name + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
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
