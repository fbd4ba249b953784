using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace MoDomain.Interop;

/// <summary>
/// The entries of a <c>.qdpx</c> zip, checked against <see cref="RefiImportLimits"/> before anything is unpacked:
/// entry count, declared and actual uncompressed size, paths, and unique names.
/// </summary>
/// <remarks>Two entries with the same name (after turning <c>\</c> into <c>/</c>) are an error: a zip reader would
/// otherwise pick one of them silently. Text entries are decoded as strict UTF-8 (a byte-order mark is allowed), the
/// only encoding REFI-QDA defines for plain text; anything else is refused with the entry's name.</remarks>
internal sealed class RefiArchive : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> entries;
    private long budget;

    private RefiArchive(ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries, long budget)
    {
        this.zip = zip;
        this.entries = entries;
        this.budget = budget;
    }

    /// <summary>Opens and checks an archive.</summary>
    /// <exception cref="InvalidDataException">The stream is not a zip, or a limit, path or name check fails.</exception>
    internal static RefiArchive Open(Stream stream, RefiImportLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"The file is not a valid .qdpx (zip) archive: {ex.Message}", ex);
        }
        try
        {
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The archive has {zip.Entries.Count} entries; the limit is {limits.MaxEntries}."));
            }
            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                string name = RefiImportLimits.CheckEntryName(entry.FullName);
                declared += entry.Length;
                if (declared > limits.MaxTotalBytes)
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The archive unpacks to more than {limits.MaxTotalBytes} bytes; refusing to import."));
                }
                if (!entries.TryAdd(name, entry))
                {
                    throw new InvalidDataException($"The archive has two entries named '{name}'; refusing to guess which one holds the data.");
                }
            }
            return new RefiArchive(zip, entries, limits.MaxTotalBytes);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The name of the project XML: <c>project.qde</c>, or else the only other <c>.qde</c> at the top level.</summary>
    /// <exception cref="InvalidDataException">There is none, or several candidates.</exception>
    internal string ProjectEntryName()
    {
        if (entries.ContainsKey("project.qde"))
        {
            return "project.qde";
        }
        var candidates = entries.Keys
            .Where(k => !k.Contains('/', StringComparison.Ordinal) && k.EndsWith(".qde", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return candidates.Count switch
        {
            0 => throw new InvalidDataException("The archive has no project.qde."),
            1 => candidates[0],
            _ => throw new InvalidDataException($"The archive has no project.qde but several .qde files ({string.Join(", ", candidates)}); refusing to guess which is the project."),
        };
    }

    /// <summary>Reads an entry's bytes, or null when there is no such entry.</summary>
    /// <exception cref="InvalidDataException">The archive unpacks to more than the size limit.</exception>
    internal byte[]? Read(string name)
    {
        if (!entries.TryGetValue(name, out var entry))
        {
            return null;
        }
        using var source = entry.Open();
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            budget -= read;
            if (budget < 0)
            {
                throw new InvalidDataException($"The archive unpacks to more bytes than allowed (while reading '{entry.FullName}'); refusing to import.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Reads a text entry as strict UTF-8, or null when there is no such entry.</summary>
    /// <exception cref="InvalidDataException">The entry is not valid UTF-8, or the size limit is exceeded.</exception>
    internal string? ReadText(string name) => Read(name) is { } bytes ? DecodeUtf8(bytes, name) : null;

    /// <summary>Decodes strict UTF-8 (a leading byte-order mark is dropped).</summary>
    /// <exception cref="InvalidDataException">The bytes are not valid UTF-8; the message names the entry and the byte offset.</exception>
    internal static string DecodeUtf8(byte[] bytes, string name)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new InvalidDataException($"The archive entry '{name}' is UTF-16 (it starts with a UTF-16 byte-order mark); REFI-QDA plain text is UTF-8. Convert it to UTF-8 and import again.");
        }
        try
        {
            string text = StrictUtf8.GetString(bytes);
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"The archive entry '{name}' is not valid UTF-8 (invalid byte at offset {Math.Max(ex.Index, 0)}); REFI-QDA plain text is UTF-8. Convert it to UTF-8 and import again."), ex);
        }
    }

    public void Dispose() => zip.Dispose();
}
