using System;

namespace MoDomain.Interop;

/// <summary>
/// Limits the library's JSON stream readers (the <c>Read…(Stream)</c> methods) enforce while they read a document,
/// against inputs that would exhaust memory (an endless stream such as <c>/dev/zero</c>, a pipe that never ends, a file
/// of several gigabytes). Readers of a string take the text the caller already holds and apply no size limit.
/// </summary>
/// <remarks>
/// <para>The size is counted while reading, so a stream without a length (a pipe, a network body) stops one byte after
/// the limit; a seekable stream whose remaining length exceeds the limit is refused before anything is read. Either way
/// the reader throws a <see cref="System.Text.Json.JsonException"/> at path <c>$</c> naming the limit.</para>
/// <para>The nesting depth of a document is limited to 64 levels by every reader (the System.Text.Json default); it is
/// not configurable, because no MoDomain contract nests deeper than 8.</para>
/// <para>Instances are immutable and may be shared across threads.</para>
/// </remarks>
public sealed class JsonReadLimits
{
    /// <summary>The default size limit: 64 MiB (67,108,864 bytes) per document.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Creates limits.</summary>
    /// <param name="maxBytes">The maximum size of one document in bytes (of its UTF-8 encoding, byte-order mark included).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive or larger than <see cref="Array.MaxLength"/>.</exception>
    public JsonReadLimits(long maxBytes = DefaultMaxBytes)
    {
        if (maxBytes <= 0 || maxBytes > Array.MaxLength - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "The size limit must be positive and smaller than the largest array.");
        }
        MaxBytes = maxBytes;
    }

    /// <summary>Gets the default limits (<see cref="DefaultMaxBytes"/>).</summary>
    public static JsonReadLimits Default { get; } = new();

    /// <summary>Gets the maximum size of one document in bytes.</summary>
    public long MaxBytes { get; }
}
