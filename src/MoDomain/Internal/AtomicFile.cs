using System;
using System.IO;

namespace MoDomain.Internal;

/// <summary>Writes a file atomically: into a temporary file beside the target, then moved over it, so a reader never sees a half-written file.</summary>
internal static class AtomicFile
{
    internal static void Write(string path, Action<Stream> write)
    {
        Preconditions.CheckNotBlank(path);
        Preconditions.CheckNotNull(write);
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no directory.", nameof(path));
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
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
            File.Delete(temp);
            throw;
        }
    }
}
