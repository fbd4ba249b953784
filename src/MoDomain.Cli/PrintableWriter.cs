using System.Globalization;
using System.IO;
using System.Text;

namespace MoDomain.Cli;

/// <summary>
/// Wraps the error writer so that a message never carries a control character other than line breaks and tabs:
/// values echoed from the command line or an input file (a NUL, a terminal escape sequence) are written as
/// <c>\uXXXX</c> instead of reaching the terminal.
/// </summary>
internal sealed class PrintableWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // the base setter accepts null; the inner writer handles it
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (char.IsControl(value) && value is not ('\n' or '\r' or '\t'))
        {
            inner.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)value:x4}"));
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }
        foreach (char c in value)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                foreach (char d in value)
                {
                    Write(d);
                }
                return;
            }
        }
        inner.Write(value);
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        for (int i = index; i < index + count; i++)
        {
            Write(buffer[i]);
        }
    }

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();
}
