using System.IO;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>
/// Creates the Spectre.Console instance every table renderer writes to (plain text, no colours, wide). Its output
/// passes <see cref="TerminalWriter"/>, so no cell can carry a terminal escape sequence or a bidirectional control.
/// </summary>
internal static class CliConsole
{
    internal static IAnsiConsole Create(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(new TerminalWriter(output)),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        if (console.Profile.Width < 160)
        {
            console.Profile.Width = 160;
        }
        return console;
    }

    /// <summary>A table column that holds ids (or dates): never wrapped, so an id is never broken in the middle.</summary>
    internal static TableColumn IdColumn(string header) => new TableColumn(Markup.Escape(header)).NoWrap();
}
