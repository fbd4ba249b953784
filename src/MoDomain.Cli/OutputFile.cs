using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using MoDomain.Interop;

namespace MoDomain.Cli;

/// <summary>
/// Everything about <c>--out FILE</c>, in one place for every command: it may not name an input of the same command,
/// it is written atomically through <see cref="AtomicFile"/> (keeping an existing file's permissions), a temporary
/// file is removed when the process is interrupted (SIGINT, SIGTERM, SIGHUP), and every failure is one line naming
/// the path the user gave, with <see cref="ExitCodes.IoFailure"/>.
/// </summary>
internal static class OutputFile
{
    /// <summary>The name of the option every command uses for its output file.</summary>
    internal const string OptionName = "--out";

    /// <summary>
    /// Returns the message for a command line whose <c>--out</c> names the same file as one of the command's file
    /// inputs (FILE or an option such as <c>--objectives</c>), or null when it names none. Files are compared by
    /// identity (see <see cref="FileIdentity"/>), so <c>./a.qdpx</c>, <c>A.QDPX</c> on a case-insensitive file system,
    /// a symbolic or a hard link to the input are all refused.
    /// </summary>
    internal static string? OverwritesInput(ParseResult parseResult)
    {
        FileInfo? output = null;
        var inputs = new List<(string Name, FileInfo File)>();
        foreach (SymbolResult child in parseResult.CommandResult.Children)
        {
            switch (child)
            {
                case OptionResult option when option.Option.ValueType == typeof(FileInfo):
                    if (option.GetValueOrDefault<FileInfo?>() is { } value)
                    {
                        if (option.Option.Name == OptionName)
                        {
                            output = value;
                        }
                        else
                        {
                            inputs.Add((option.Option.Name, value));
                        }
                    }
                    break;
                case ArgumentResult argument when argument.Argument.ValueType == typeof(FileInfo):
                    if (argument.GetValueOrDefault<FileInfo?>() is { } file)
                    {
                        inputs.Add((argument.Argument.Name, file));
                    }
                    break;
            }
        }
        if (output is null || !output.Exists)
        {
            return null;
        }
        foreach (var (name, file) in inputs)
        {
            if (file.Exists && FileIdentity.Same(output.FullName, file.FullName))
            {
                return $"{OptionName} '{output}' is the input {name} '{file}'; writing it would destroy the input. Give another file.";
            }
        }
        return null;
    }

    /// <summary>Writes <paramref name="target"/> atomically with <paramref name="write"/>.</summary>
    /// <exception cref="CliFailure">The file cannot be written (exit code <see cref="ExitCodes.IoFailure"/>).</exception>
    internal static void Write(FileInfo target, Action<Stream> write) => Write(target, path => AtomicFile.Write(path, write));

    /// <summary>Writes text as UTF-8 without a byte-order mark to <paramref name="target"/>, atomically.</summary>
    /// <exception cref="CliFailure">The file cannot be written (exit code <see cref="ExitCodes.IoFailure"/>).</exception>
    internal static void WriteText(FileInfo target, string text)
    {
        byte[] bytes = new UTF8Encoding(false).GetBytes(text);
        Write(target, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Runs <paramref name="writeFile"/> (which writes the full path it is given through <see cref="AtomicFile"/>) with
    /// the checks and the clean-up on interruption of <c>--out</c>.
    /// </summary>
    /// <exception cref="CliFailure">The file cannot be written (exit code <see cref="ExitCodes.IoFailure"/>).</exception>
    internal static void Write(FileInfo target, Action<string> writeFile)
    {
        string given = target.ToString();
        string full = target.FullName;
        if (Directory.Exists(full) || EndsInSeparator(given))
        {
            throw Failure($"{OptionName} '{given}' is a directory; give a file name.");
        }
        string? directory = Path.GetDirectoryName(full);
        if (directory is null || Path.GetFileName(full).Length == 0)
        {
            throw Failure($"{OptionName} '{given}' does not name a file.");
        }
        if (!Directory.Exists(directory))
        {
            throw Failure($"{OptionName} '{given}': the directory '{directory}' does not exist.");
        }
        using var cleanUp = new InterruptCleanUp(CleanUpAfterInterrupt(full, AtomicFile.TemporariesOf(full)));
        try
        {
            writeFile(full);
        }
        catch (UnauthorizedAccessException)
        {
            throw Failure($"{OptionName} '{given}': permission denied (the file or the directory '{directory}' is not writable).");
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            throw Failure($"{OptionName} '{given}': cannot write the file: {WithoutTemporaryName(ex.Message, Path.GetFileName(full))}");
        }
    }

    /// <summary>
    /// The action a signal runs while <paramref name="full"/> is being written: it removes the temporary files of the
    /// target that were not there before (<paramref name="before"/>), i.e. this process's, which may hold interview text.
    /// </summary>
    internal static Action CleanUpAfterInterrupt(string full, IEnumerable<string> before)
    {
        var existing = new HashSet<string>(before, StringComparer.Ordinal);
        return () =>
        {
            foreach (string temp in AtomicFile.TemporariesOf(full).Where(t => !existing.Contains(t)))
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Best effort while the process is being stopped.
                }
            }
        };
    }

    private static bool EndsInSeparator(string path) =>
        path.Length > 0 && (path[^1] == Path.DirectorySeparatorChar || path[^1] == Path.AltDirectorySeparatorChar);

    private static CliFailure Failure(string message) => new(ExitCodes.IoFailure, message);

    // System messages name the temporary sibling (".out.csv.<guid>.tmp"); the user knows only the file they gave.
    private static string WithoutTemporaryName(string message, string name) =>
        Regex.Replace(message, Regex.Escape("." + name + ".") + "[0-9a-f]{32}" + Regex.Escape(".tmp"), name, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Runs an action when the process receives SIGINT, SIGTERM or SIGHUP while it is registered; the signal then takes its usual course.</summary>
    private sealed class InterruptCleanUp : IDisposable
    {
        private readonly List<PosixSignalRegistration> registrations = [];

        internal InterruptCleanUp(Action action)
        {
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                try
                {
                    registrations.Add(PosixSignalRegistration.Create(signal, _ => action()));
                }
                catch (PlatformNotSupportedException)
                {
                    // This platform has no such signal.
                }
            }
        }

        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
