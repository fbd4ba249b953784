using System.IO;
using MoDomain.Cli;

namespace MoDomain.Tests.Support;

/// <summary>Runs the <c>modomain</c> CLI in-process and captures its exit code, standard output and standard error.</summary>
internal static class CliRun
{
    internal static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
