using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using MoDomain.Internal;

namespace MoDomain.Interop;

/// <summary>
/// The one way every JSON reader of the library takes its input: the bytes of a stream (counted against
/// <see cref="JsonReadLimits.MaxBytes"/> while reading) or of a string (encoded strictly), checked to be UTF-8 (a
/// byte-order mark is allowed; UTF-16, UTF-32 and invalid sequences are refused) and parsed by a reader function whose
/// every <see cref="JsonException"/> is completed with line, column and a bounded message (see <see cref="JsonErrors.Complete"/>).
/// </summary>
internal static class JsonInput
{
    private const int ChunkSize = 64 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a stream to its end within the limits and parses its bytes with <paramref name="parse"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null (reported under the public parameter name).</exception>
    internal static T Read<T>(Stream utf8Json, JsonReadLimits? limits, Func<ReadOnlyMemory<byte>, T> parse)
    {
        Guard.Against.Null(utf8Json);
        return Parse(ReadBytes(utf8Json, limits ?? JsonReadLimits.Default), parse);
    }

    /// <summary>
    /// Encodes a string strictly as UTF-8 and parses the bytes with <paramref name="parse"/>. No size limit: the caller
    /// already holds the text (the limits protect readers of streams, whose length nobody has checked).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null (reported under the public parameter name).</exception>
    internal static T Read<T>(string json, Func<ReadOnlyMemory<byte>, T> parse)
    {
        Guard.Against.Null(json);
        return Parse(Encode(json), parse);
    }

    private static T Parse<T>(ReadOnlyMemory<byte> bytes, Func<ReadOnlyMemory<byte>, T> parse)
    {
        int bom = bytes.Span.StartsWith("\uFEFF"u8) ? 3 : 0;
        var utf8 = bytes[bom..];
        try
        {
            CheckEncoding(utf8.Span);
            return parse(utf8);
        }
        catch (JsonException ex)
        {
            throw JsonErrors.Complete(ex, utf8.Span, bom);
        }
    }

    /// <summary>Reads all bytes of <paramref name="stream"/>, stopping with an error one byte past the limit.</summary>
    internal static ReadOnlyMemory<byte> ReadBytes(Stream stream, JsonReadLimits limits)
    {
        long max = limits.MaxBytes;
        int initial = ChunkSize;
        if (stream.CanSeek)
        {
            long remaining = Math.Max(0, stream.Length - stream.Position);
            if (remaining > max)
            {
                throw TooLarge(max);
            }
            // One byte more than announced, so that a file that grows while it is read is noticed without a copy.
            initial = (int)Math.Max(1, remaining + 1);
        }
        byte[] buffer = new byte[Math.Min(initial, max + 1)];
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > max)
                {
                    throw TooLarge(max);
                }
                long grown = Math.Min(Math.Max((long)buffer.Length * 2, ChunkSize), max + 1);
                Array.Resize(ref buffer, (int)grown);
            }
            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }
            length += read;
            if (length > max)
            {
                throw TooLarge(max);
            }
        }
        return buffer.AsMemory(0, length);
    }

    private static ReadOnlyMemory<byte> Encode(string json)
    {
        try
        {
            return Strict.GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            // A lone surrogate in the string: it has no UTF-8 encoding, and silently writing U+FFFD would change the text.
            int index = Math.Max(0, ex.Index);
            for (int i = 0; i < json.Length; i++)
            {
                if (char.IsSurrogate(json[i]) && !(char.IsHighSurrogate(json[i]) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1])))
                {
                    index = i;
                    break;
                }
                if (char.IsHighSurrogate(json[i]))
                {
                    i++;
                }
            }
            var prefix = json.AsSpan(0, index);
            int line = prefix.Count('\n');
            int lineStart = prefix.LastIndexOf('\n') + 1;
            long column = Encoding.UTF8.GetByteCount(prefix[lineStart..]);
            throw JsonErrors.At("$", string.Create(CultureInfo.InvariantCulture, $"the text holds an unpaired surrogate (U+{(int)json[index]:X4}) at character {index}, which has no UTF-8 encoding."), line, column);
        }
    }

    /// <summary>Refuses UTF-16 and UTF-32 (with or without byte-order mark) and invalid UTF-8, naming the position.</summary>
    internal static void CheckEncoding(ReadOnlySpan<byte> utf8)
    {
        if (OtherEncoding(utf8) is { } name)
        {
            throw JsonErrors.At("$", $"the document is {name}; MoDomain reads JSON as UTF-8 only (RFC 8259). Convert it first, e.g. 'iconv -f {IconvName(name)} -t UTF-8'.", 0, 0);
        }
        if (Utf8.IsValid(utf8))
        {
            return;
        }
        int offset = FirstInvalid(utf8);
        string path = JsonLocator.PathAt(utf8, offset);
        var (line, column) = JsonLocator.LineAndColumn(utf8, offset);
        throw JsonErrors.At(path, string.Create(CultureInfo.InvariantCulture, $"the document is not valid UTF-8: byte 0x{utf8[offset]:X2} does not begin or continue a valid sequence (invalid, overlong or surrogate encodings are refused)."), line, column);
    }

    private static string? OtherEncoding(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32 (big-endian, with byte-order mark)";
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return "UTF-32 (little-endian, with byte-order mark)";
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16 (big-endian, with byte-order mark)";
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16 (little-endian, with byte-order mark)";
        }
        // JSON text starts with an ASCII character, so NUL bytes around the first one tell the encoding (RFC 4627, 3).
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0)
        {
            return "UTF-32 (big-endian)";
        }
        if (b.Length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)
        {
            return "UTF-32 (little-endian)";
        }
        if (b.Length >= 2 && b[0] == 0)
        {
            return "UTF-16 (big-endian)";
        }
        if (b.Length >= 2 && b[1] == 0)
        {
            return "UTF-16 (little-endian)";
        }
        return null;
    }

    private static string IconvName(string name) =>
        (name.StartsWith("UTF-32", StringComparison.Ordinal) ? "UTF-32" : "UTF-16") + (name.Contains("big", StringComparison.Ordinal) ? "BE" : "LE");

    private static int FirstInvalid(ReadOnlySpan<byte> utf8)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(ChunkSize);
        try
        {
            int offset = 0;
            while (offset < utf8.Length)
            {
                var status = Utf8.ToUtf16(utf8[offset..], chars, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
                {
                    return offset;
                }
                if (status == OperationStatus.Done)
                {
                    break;
                }
            }
            return Math.Min(offset, utf8.Length - 1);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static JsonException TooLarge(long max) =>
        JsonErrors.At("$", string.Create(CultureInfo.InvariantCulture, $"the document is larger than the limit of {Size(max)}; reading stopped there (see {nameof(JsonReadLimits)})."));

    private static string Size(long bytes) => bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB ({bytes:N0} bytes)")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
