using System.IO;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>Creates the Spectre.Console instance every table renderer writes to (plain text, no colours, wide).</summary>
internal static class CliConsole
{
    internal static IAnsiConsole Create(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        if (console.Profile.Width < 160)
        {
            console.Profile.Width = 160;
        }
        return console;
    }
}
