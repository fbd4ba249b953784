using System.Globalization;
using System.IO;
using System.Text;

namespace MoDomain.Cli;

/// <summary>
/// Wraps the writer a table is rendered to so that no character a terminal would interpret reaches it (see
/// <see cref="TerminalText.ForTable"/>): an escape sequence or a bidirectional override in an organisation's name
/// shows as U+FFFD. Line breaks (the writer's own new-line string) pass.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
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
    public override void Write(char value) => Write(value.ToString());

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }
        if (value == inner.NewLine || value == "\r\n")
        {
            inner.Write(value);
            return;
        }
        inner.Write(TerminalText.ForTable(value.Replace("\r\n", "\n", System.StringComparison.Ordinal)));
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine() => inner.WriteLine();

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();
}
