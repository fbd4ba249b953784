using System;
using MoDomain.Internal;

namespace MoDomain.Interop;

/// <summary>Limits a <c>.qdpx</c> import enforces before and while unpacking, against zip bombs and hostile archives.</summary>
/// <remarks>Paths that climb out of the archive (<c>../</c>), absolute paths and drive letters are always refused.</remarks>
public sealed class RefiImportLimits
{
    /// <summary>Creates limits.</summary>
    /// <param name="maxEntries">The maximum number of zip entries.</param>
    /// <param name="maxTotalBytes">The maximum total of uncompressed bytes read.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public RefiImportLimits(int maxEntries = 10_000, long maxTotalBytes = 256L * 1024 * 1024)
    {
        if (maxEntries <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxEntries), maxEntries, "The entry limit must be positive.");
        }
        if (maxTotalBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxTotalBytes), maxTotalBytes, "The size limit must be positive.");
        }
        MaxEntries = maxEntries;
        MaxTotalBytes = maxTotalBytes;
    }

    /// <summary>Gets the default limits: 10,000 entries and 256 MiB uncompressed.</summary>
    public static RefiImportLimits Default { get; } = new();

    /// <summary>Gets the maximum number of entries.</summary>
    public int MaxEntries { get; }

    /// <summary>Gets the maximum total uncompressed size in bytes.</summary>
    public long MaxTotalBytes { get; }

    internal static RefiImportLimits Check(RefiImportLimits? limits) => limits ?? Default;

    internal static string CheckEntryName(string name)
    {
        Preconditions.CheckNotNull(name);
        string normalised = name.Replace('\\', '/');
        bool bad = normalised.StartsWith('/')
            || (normalised.Length >= 2 && normalised[1] == ':')
            || Array.Exists(normalised.Split('/'), part => part == "..");
        return bad ? throw new System.IO.InvalidDataException($"The archive entry '{name}' has an absolute path or climbs out of the archive ('../'); refusing to import.") : normalised;
    }
}
