using System;
using System.Diagnostics;
using System.IO;

namespace MoDomain.Tests.Cli;

/// <summary>Runs the built <c>modomain</c> (MoDomain.Cli.dll next to the tests) as a child process through bash.</summary>
internal static class CliProcess
{
    internal static string CliDll => Path.Combine(AppContext.BaseDirectory, "MoDomain.Cli.dll");

    /// <summary>Runs <c>bash -c "modomain &lt;command&gt;"</c>, where <c>modomain</c> is a function calling the built CLI.</summary>
    internal static (int Exit, string Error) RunShell(string command, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"modomain() {{ dotnet '{CliDll}' \"$@\"; }}; modomain {command}");
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
