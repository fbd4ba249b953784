using System;
using MoDomain.Internal;

namespace MoDomain.Interop;

/// <summary>Limits a REFI-QDA import (<c>.qdpx</c> and <c>.qdc</c>) enforces before and while reading, against zip bombs,
/// deeply nested XML and other hostile files.</summary>
/// <remarks>
/// <para>Every limit is checked before the data it guards is processed, and exceeding one is an
/// <see cref="System.IO.InvalidDataException"/> that names the limit; nothing is imported partially.</para>
/// <para>Always refused, whatever the limits: paths that climb out of the archive (<c>../</c>), absolute paths and drive
/// letters; two archive entries with the same name; XML with a DTD.</para>
/// </remarks>
public sealed class RefiImportLimits
{
    /// <summary>Creates limits.</summary>
    /// <param name="maxEntries">The maximum number of zip entries.</param>
    /// <param name="maxTotalBytes">The maximum total of uncompressed bytes read (for a <c>.qdc</c>: the size of the XML).</param>
    /// <param name="maxDepth">The maximum nesting of XML elements, root included; a code hierarchy can be about this deep
    /// less three levels (<c>Project</c>, <c>CodeBook</c>, <c>Codes</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public RefiImportLimits(int maxEntries = 10_000, long maxTotalBytes = 256L * 1024 * 1024, int maxDepth = 256)
    {
        if (maxEntries <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxEntries), maxEntries, "The entry limit must be positive.");
        }
        if (maxTotalBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxTotalBytes), maxTotalBytes, "The size limit must be positive.");
        }
        if (maxDepth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "The depth limit must be positive.");
        }
        MaxEntries = maxEntries;
        MaxDepth = maxDepth;
        MaxTotalBytes = maxTotalBytes;
    }

    /// <summary>Gets the default limits: 10,000 entries, 256 MiB uncompressed and 256 levels of XML nesting.</summary>
    public static RefiImportLimits Default { get; } = new();

    /// <summary>Gets the maximum number of entries.</summary>
    public int MaxEntries { get; }

    /// <summary>Gets the maximum total uncompressed size in bytes.</summary>
    public long MaxTotalBytes { get; }

    /// <summary>Gets the maximum nesting of XML elements.</summary>
    /// <remarks>Checked in a streaming pass before the XML tree is built. Raise it with care: building the tree
    /// (System.Xml.Linq) costs time proportional to the depth for every element, so a file nested n levels deep takes
    /// time proportional to n² to load.</remarks>
    public int MaxDepth { get; }

    internal static RefiImportLimits Check(RefiImportLimits? limits) => limits ?? Default;

    internal static string CheckEntryName(string name)
    {
        Guard.Against.Null(name);
        string normalised = name.Replace('\\', '/');
        bool bad = normalised.StartsWith('/')
            || (normalised.Length >= 2 && normalised[1] == ':')
            || Array.Exists(normalised.Split('/'), part => part == "..");
        return bad ? throw new System.IO.InvalidDataException($"The archive entry '{name}' has an absolute path or climbs out of the archive ('../'); refusing to import.") : normalised;
    }
}
