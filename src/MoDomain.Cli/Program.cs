using System;

namespace MoDomain.Cli;

/// <summary>Entry point of the <c>modomain</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
