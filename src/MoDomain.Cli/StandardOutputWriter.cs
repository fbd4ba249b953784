using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace MoDomain.Cli;

/// <summary>
/// Wraps standard output so that a failure to write it (a full disk, <c>&gt; /dev/full</c>, a closed descriptor) is a
/// one-line <see cref="CliFailure"/> with <see cref="ExitCodes.IoFailure"/> instead of an exception with a stack
/// trace, and a reader that went away (<c>| head -1</c>, a broken pipe) ends the command quietly.
/// </summary>
internal sealed class StandardOutputWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <inheritdoc/>
    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // the base setter accepts null; the inner writer handles it
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <inheritdoc/>
    public override void Write(char value) => Guard(() => inner.Write(value));

    /// <inheritdoc/>
    public override void Write(string? value) => Guard(() => inner.Write(value));

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine() => Guard(inner.WriteLine);

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    /// <inheritdoc/>
    public override void Flush() => Guard(inner.Flush);

    /// <summary>The failure for an exception raised while writing standard output.</summary>
    internal static CliFailure Failure(IOException ex) => IsBrokenPipe(ex)
        ? new CliFailure(ExitCodes.Success, string.Empty, ex)
        : new CliFailure(ExitCodes.IoFailure, $"cannot write to standard output: {ex.Message}", ex);

    // EPIPE is 32 on Linux and macOS; ERROR_BROKEN_PIPE (109) and ERROR_NO_DATA (232) on Windows.
    private static bool IsBrokenPipe(IOException ex) => ex.HResult == 32 || (ex.HResult & 0xFFFF) is 109 or 232;

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException ex)
        {
            throw Failure(ex);
        }
    }
}
