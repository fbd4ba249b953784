using System;
using System.IO;

namespace MoDomain.Cli;

/// <summary>Entry point of the <c>modomain</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args)
    {
        int exit = CliApp.Run(args, Console.Out, Console.Error);
        try
        {
            Console.Out.Flush();
        }
        catch (IOException ex)
        {
            // What is still buffered cannot be written (a full disk): one line, not a stack trace.
            var failure = StandardOutputWriter.Failure(ex);
            if (failure.Message.Length > 0)
            {
                Console.Error.WriteLine($"error: {failure.Message}");
                return failure.ExitCode;
            }
        }
        return exit;
    }
}
