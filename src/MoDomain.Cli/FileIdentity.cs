using System;
using System.IO;
using System.Runtime.InteropServices;

namespace MoDomain.Cli;

/// <summary>
/// Decides whether two paths name the same file: by device and inode number on Linux and macOS (so that symbolic
/// links, hard links, <c>./</c> and <c>..</c> and letter case on case-insensitive file systems are all seen through),
/// and otherwise by the canonical path (symbolic links resolved in every component), compared without case on
/// Windows and macOS.
/// </summary>
internal static partial class FileIdentity
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> name one existing file.</summary>
    internal static bool Same(string a, string b)
    {
        if (Inode(a) is { } ia && Inode(b) is { } ib)
        {
            return ia == ib;
        }
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(Canonical(a), Canonical(b), comparison);
    }

    /// <summary>The full path with every symbolic link on the way resolved (as far as the components exist).</summary>
    internal static string Canonical(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full) ?? string.Empty;
        string current = root;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                var info = new FileInfo(current);
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                {
                    current = Path.GetFullPath(target.FullName);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A link loop or an unreadable link: keep the path as written.
            }
        }
        return current;
    }

    // (device, inode) of the file a path names, following symbolic links; null where stat is not available or fails.
    private static (ulong Device, ulong Inode)? Inode(string path)
    {
        try
        {
            byte[] buffer = new byte[512];
            if (OperatingSystem.IsLinux() && (RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64))
            {
                // struct stat on 64-bit Linux: st_dev (8 bytes) at 0, st_ino (8 bytes) at 8.
                return LinuxStat(path, buffer) == 0 ? (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8)) : null;
            }
            if (OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64)
            {
                // struct stat on macOS (64-bit inodes): st_dev (4 bytes) at 0, st_ino (8 bytes) at 8.
                return MacStat(path, buffer) == 0 ? (BitConverter.ToUInt32(buffer, 0), BitConverter.ToUInt64(buffer, 8)) : null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // An older C library without the stat symbol: the canonical path decides.
        }
        return null;
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int LinuxStat(string path, [Out] byte[] buffer);

    [LibraryImport("libSystem.dylib", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int MacStat(string path, [Out] byte[] buffer);
}
