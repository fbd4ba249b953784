using System;
using System.IO;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>A Spectre.Console progress bar written to standard error (never to standard output).</summary>
/// <remarks>Cleared when the work is done, so an interactive terminal is left with the command's output only.</remarks>
internal sealed class SpectreProgressDisplay : IProgressDisplay
{
    private readonly TextWriter error;

    /// <summary>Initializes a display that writes to <paramref name="error"/>.</summary>
    internal SpectreProgressDisplay(TextWriter error) => this.error = error;

    /// <inheritdoc/>
    public void Run(string description, int total, Action<Action> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total);
                work(() => task.Increment(1));
                task.Value = total;
            });
    }
}
