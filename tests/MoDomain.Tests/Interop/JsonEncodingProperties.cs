using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;

namespace MoDomain.Tests.Interop;

/// <summary>
/// Every JSON reader refuses every input that is not UTF-8 — UTF-16 and UTF-32 with and without byte-order mark,
/// invalid, overlong and surrogate UTF-8 sequences at any position, lone surrogates in a string — with a
/// <see cref="JsonException"/> that names the path, line and column (issue 16: five of seven readers decoded such input
/// to U+FFFD silently).
/// </summary>
public sealed class JsonEncodingProperties
{
    // Byte sequences that are not UTF-8: overlong encodings, surrogates, code points above U+10FFFF, stray and missing
    // continuation bytes, bytes that never occur.
    private static readonly byte[][] Invalid =
    [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFF], [0xFE], [0x80], [0xBF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
    ];

    private static readonly (Encoding Encoding, bool Bom)[] Others =
    [
        (new UnicodeEncoding(bigEndian: false, byteOrderMark: true), true),
        (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), false),
        (new UnicodeEncoding(bigEndian: true, byteOrderMark: true), true),
        (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), false),
        (new UTF32Encoding(bigEndian: false, byteOrderMark: true), true),
        (new UTF32Encoding(bigEndian: false, byteOrderMark: false), false),
        (new UTF32Encoding(bigEndian: true, byteOrderMark: true), true),
        (new UTF32Encoding(bigEndian: true, byteOrderMark: false), false),
    ];

    [Fact]
    public void Every_reader_reads_its_sample_as_utf8_with_and_without_byte_order_mark()
    {
        foreach (var reader in JsonReaders.All)
        {
            byte[] plain = Encoding.UTF8.GetBytes(reader.Sample);
            JsonReaders.Read(reader, plain);
            JsonReaders.Read(reader, [0xEF, 0xBB, 0xBF, .. plain]);
            reader.FromString(reader.Sample);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool Every_reader_refuses_utf16_and_utf32_at_the_start(NonNegativeInt which)
    {
        var (encoding, bom) = Others[which.Get % Others.Length];
        foreach (var reader in JsonReaders.All)
        {
            byte[] bytes = [.. (bom ? encoding.GetPreamble() : []), .. encoding.GetBytes(reader.Sample)];
            var ex = Assert.Throws<JsonException>(() => JsonReaders.Read(reader, bytes));
            Assert.Equal("$", ex.Path);
            Assert.Equal(0, ex.LineNumber);
            Assert.Equal(0, ex.BytePositionInLine);
            Assert.Contains(encoding is UTF32Encoding ? "UTF-32" : "UTF-16", ex.Message, StringComparison.Ordinal);
        }
        return true;
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Every_reader_refuses_invalid_utf8_at_any_position_naming_its_line_and_column(NonNegativeInt at, NonNegativeInt which)
    {
        byte[] bad = Invalid[which.Get % Invalid.Length];
        foreach (var reader in JsonReaders.All)
        {
            byte[] sample = Encoding.UTF8.GetBytes(reader.Sample);
            int position = at.Get % (sample.Length + 1);
            byte[] bytes = [.. sample.AsSpan(0, position), .. bad, .. sample.AsSpan(position)];
            var ex = Assert.Throws<JsonException>(() => JsonReaders.Read(reader, bytes));
            Assert.NotNull(ex.Path);
            Assert.StartsWith(ex.Path!, ex.Message, StringComparison.Ordinal);
            Assert.NotNull(ex.LineNumber);
            Assert.NotNull(ex.BytePositionInLine);
            // The position is the inserted byte, or the start of a sequence it cut in two (at most 3 bytes before).
            long offset = JsonReaders.Offset(bytes, ex.LineNumber!.Value, ex.BytePositionInLine!.Value);
            Assert.InRange(offset, position - 3, position);
            Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
        }
        return true;
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool Every_string_reader_refuses_a_lone_surrogate_naming_its_line(NonNegativeInt at, bool high)
    {
        foreach (var reader in JsonReaders.All)
        {
            int position = at.Get % (reader.Sample.Length + 1);
            // Never complete a pair already in the text: insert next to ASCII only.
            while (position > 0 && position < reader.Sample.Length && char.IsSurrogate(reader.Sample[position]))
            {
                position--;
            }
            string text = reader.Sample.Insert(position, high ? "\uD800" : "\uDC00");
            var ex = Assert.Throws<JsonException>(() => reader.FromString(text));
            Assert.Equal(reader.Sample[..position].Count(c => c == '\n'), ex.LineNumber);
            Assert.NotNull(ex.BytePositionInLine);
            Assert.Contains("surrogate", ex.Message, StringComparison.Ordinal);
        }
        return true;
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool Every_reader_refuses_an_escaped_lone_surrogate_with_a_position(NonNegativeInt which)
    {
        foreach (var reader in JsonReaders.All)
        {
            // Replace the n-th string value's first character by an escaped lone surrogate: valid UTF-8, invalid text.
            string sample = reader.Sample;
            var quotes = Enumerable.Range(0, sample.Length).Where(i => sample[i] == '"' && i + 1 < sample.Length && sample[i + 1] != '"' && i > 0 && sample[i - 1] == ' ' && sample[i - 2] == ':').ToArray();
            int quote = quotes[which.Get % quotes.Length];
            string text = string.Concat(sample.AsSpan(0, quote + 1), "\\ud800", sample.AsSpan(quote + 1));
            var ex = Assert.Throws<JsonException>(() => JsonReaders.Read(reader, Encoding.UTF8.GetBytes(text)));
            Assert.NotNull(ex.Path);
            Assert.Equal(sample[..quote].Count(c => c == '\n'), ex.LineNumber);
        }
        return true;
    }
}
