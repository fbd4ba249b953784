using System.Globalization;
using System.IO;
using System.Text;

namespace MoDomain.Cli;

/// <summary>
/// Wraps the error writer so that a message never carries a character a terminal would interpret (see
/// <see cref="TerminalText"/>) other than line breaks and tabs: values echoed from the command line or an input file
/// (a NUL, a terminal escape sequence, a right-to-left override) are written as <c>\uXXXX</c> instead.
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
    public override void Write(char value) => inner.Write(TerminalText.Escape(value.ToString(), keepTabsAndReturns: true));

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(TerminalText.Escape(value, keepTabsAndReturns: true));
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();
}
