using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;

namespace MoDomain.Cli;

/// <summary>Builds the command tree and runs it against the given writers (so tests can run it in-process).</summary>
public static class CliApp
{
    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where normal output goes.</param>
    /// <param name="error">Where error messages go.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>): 0 success, 1 invalid input, 2 usage error, 3 an output could not be written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="args"/>, <paramref name="output"/> or <paramref name="error"/> is null.</exception>
    /// <remarks>
    /// An option token that ends in its delimiter (<c>--out=</c>, <c>-o:</c>) is a usage error, because the parser would
    /// take the next token as its value. A parser error ends with the help command of the command the parser reached
    /// (<c>Run 'modomain vocab --help' for usage.</c>). A progress bar for large inputs is shown on
    /// <paramref name="error"/> only when it is the process's standard error and that is an interactive terminal;
    /// <paramref name="output"/> is the same either way. Without arguments the help is written to
    /// <paramref name="output"/> (exit code 0). Every failure is one line on <paramref name="error"/>: no exception
    /// escapes, and a reader that closed the output pipe ends the command quietly.
    /// </remarks>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Run(args, output, error, CliProgress.ForStandardError(error));
    }

    /// <summary>Parses and runs a command line with the given progress decision (tests inject one).</summary>
    /// <remarks>
    /// The command line is read and answered in the invariant culture whatever the machine's culture is, and the
    /// caller's cultures are restored afterwards: <c>--overlap 0.8</c> is eight tenths under de-DE too (the parser
    /// reads numbers with the current culture, where the dot would be a group separator), and the parser's own
    /// messages are English like the tool's, so one command gives the same bytes on every machine.
    /// </remarks>
    internal static int Run(string[] args, TextWriter output, TextWriter error, CliProgress progress)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(progress);
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return RunInvariant(args, output, error, progress);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static int RunInvariant(string[] args, TextWriter output, TextWriter error, CliProgress progress)
    {
        error = new PrintableWriter(error);
        output = new StandardOutputWriter(output);
        var root = new RootCommand("modomain — migrant organisations (Migrantenorganisationen): definitions, objectives, social-security functions, funding, cooperation, research coding and reference figures, on the embedded sample or your JSON files. Exit codes: 0 success, 1 invalid input, 2 usage error, 3 an output could not be written.");
        root.Subcommands.Add(ClassifyCommand.Create(output, error, progress));
        root.Subcommands.Add(ObjectivesCommand.Create(output, error, progress));
        root.Subcommands.Add(FunctionsCommand.Create(output, error, progress));
        root.Subcommands.Add(CooperationCommand.Create(output, error, progress));
        root.Subcommands.Add(VocabCommand.Create(output, error));
        root.Subcommands.Add(CodebookCommand.Create(output, error));
        root.Subcommands.Add(CorpusCommand.Create(output, error));
        root.Subcommands.Add(AgreementCommand.Create(output, error, progress));
        root.Subcommands.Add(ReferenceCommand.Create(output, error));
        root.Subcommands.Add(SchemaCommand.Create(output, error));
        root.Subcommands.Add(ReportCommand.Create(output, error));
        root.Subcommands.Add(EligibilityCommand.Create(output, error, progress));
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            if (args.Length == 0)
            {
                // A bare 'modomain' asks what the tool can do: the help, on standard output, as for 'modomain --help'.
                return root.Parse(["--help"]).Invoke(configuration);
            }
            if (EmptyOptionValue(args) is { } empty)
            {
                error.WriteLine($"error: '{empty}' gives the option an empty value; write '{empty[..^1]} VALUE' or leave the option out.");
                error.WriteLine("Run 'modomain --help' for usage.");
                return ExitCodes.UsageError;
            }
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                return ReportParseErrors(parseResult, error);
            }
            if (OutputFile.OverwritesInput(parseResult) is { } overwrite)
            {
                error.WriteLine($"error: {overwrite}");
                return ExitCodes.UsageError;
            }
            return parseResult.Invoke(configuration);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ReportFailure(ex, error);
        }
    }

    // Every failure is one line naming its cause; no stack trace reaches the user. A failure to write standard
    // output or an --out file, or any other I/O error, gives IoFailure; a reader that closed the pipe ends quietly.
    private static int ReportFailure(Exception ex, TextWriter error)
    {
        var failure = ex switch
        {
            CliFailure f => f,
            IOException or UnauthorizedAccessException => new CliFailure(ExitCodes.IoFailure, ex.Message, ex),
            _ => new CliFailure(ExitCodes.InvalidInput, ex.Message, ex),
        };
        if (failure.Message.Length > 0)
        {
            try
            {
                error.WriteLine($"error: {OneLine(failure.Message)}");
            }
            catch (IOException)
            {
                // Standard error is gone too; the exit code still tells.
            }
        }
        return failure.ExitCode;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int ReportParseErrors(ParseResult parseResult, TextWriter error)
    {
        foreach (var parseError in parseResult.Errors)
        {
            // "Required command was not provided." beside an unknown command only repeats it.
            if (parseResult.Errors.Count > 1 && parseError.SymbolResult is CommandResult && parseResult.UnmatchedTokens.Count > 0
                && !parseResult.UnmatchedTokens.Any(t => parseError.Message.Contains(t, StringComparison.Ordinal)))
            {
                continue;
            }
            // The parser echoes the user's tokens; control characters (a line break, an ANSI escape) are shown as \uXXXX.
            string message = CliInput.Printable(ParseErrorText.Humanise(parseError.Message));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: {ParseErrorText.WithSuggestion(message, ParseErrorText.Suggestion(parseResult, parseError))}"));
        }
        // Name the command the parser got to, so that even "Required command was not provided." says where.
        var path = new List<string>();
        for (SymbolResult? result = parseResult.CommandResult; result is CommandResult command && command.Command is not RootCommand; result = result.Parent)
        {
            path.Insert(0, command.Command.Name);
        }
        error.WriteLine($"Run '{string.Join(' ', ["modomain", .. path])} --help' for usage.");
        return ExitCodes.UsageError;
    }

    // The parser reads "--out=" (or "-o:") as "--out" and takes the NEXT token as the value, so that
    // "codebook export -o= codes.json" would overwrite the input; an option token ending in its delimiter is refused.
    private static string? EmptyOptionValue(string[] args)
    {
        foreach (string arg in args)
        {
            if (arg == "--")
            {
                return null;
            }
            if (arg.Length > 2 && arg[0] == '-' && arg.IndexOfAny(['=', ':']) == arg.Length - 1)
            {
                return arg;
            }
        }
        return null;
    }
}
