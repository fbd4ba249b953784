using System;
using System.IO;
using System.Text;

namespace MoDomain.Cli;

/// <summary>
/// A write-only stream that decodes the UTF-8 bytes written to it and passes the text on to a <see cref="TextWriter"/>,
/// so that the library's streaming JSON writers can write to the CLI's output writer without building the document
/// in memory. A sequence split between two writes is decoded once it is complete; invalid bytes never arrive (the
/// writers produce valid UTF-8).
/// </summary>
internal sealed class TextWriterStream(TextWriter output) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int needed = decoder.GetCharCount(buffer, flush: false);
        if (needed > chars.Length)
        {
            chars = new char[Math.Max(needed, chars.Length * 2)];
        }
        int written = decoder.GetChars(buffer, chars, flush: false);
        output.Write(chars, 0, written);
    }

    public override void Flush() => output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
