using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Text.Json;
using MoDomain.Interop;
using MoDomain.Vocabulary;

namespace MoDomain.Cli;

/// <summary>The options and input handling every command shares (FILE argument, --format, --lang, error reporting).</summary>
internal static class CliInput
{
    /// <summary>Creates the optional FILE argument; a token that looks like an option is a usage error.</summary>
    internal static Argument<FileInfo?> FileArgument(string description)
    {
        var file = new Argument<FileInfo?>("FILE") { Description = description, Arity = ArgumentArity.ZeroOrOne, CustomParser = ParseFile };
        file.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-'))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        return file;
    }

    /// <summary>
    /// Parses a file path for a FILE argument or a file option: an empty path or one with a character no path may hold
    /// (NUL) is a usage error naming the option, where <see cref="FileInfo"/> would throw past the parser.
    /// </summary>
    internal static FileInfo? ParseFile(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }
        string path = result.Tokens[^1].Value;
        string what = result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
        if (path.Length == 0)
        {
            result.AddError($"{what}: an empty path ('') names no file.");
            return null;
        }
        if (path.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            result.AddError($"{what}: the path '{Printable(path)}' holds a character no file path may contain.");
            return null;
        }
        try
        {
            return new FileInfo(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            result.AddError($"{what}: '{Printable(path)}' is not a usable file path: {ex.Message}");
            return null;
        }
    }

    // Control characters shown as \uXXXX, so that an error message never carries a NUL or an escape sequence.
    internal static string Printable(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsControl(c) || TerminalText.IsUnsafe(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>Creates <c>--format</c> restricted to <paramref name="formats"/>; the first is the default.</summary>
    internal static Option<string> FormatOption(params string[] formats)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(" or ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }

    /// <summary>Creates <c>--lang en|de</c>.</summary>
    internal static Option<string?> LanguageOption()
    {
        var lang = new Option<string?>("--lang") { Description = "Language of labels and explanations: en or de. Default: from the current UI culture." };
        lang.AcceptOnlyFromAmong("en", "de");
        return lang;
    }

    /// <summary>Resolves the output language from <c>--lang</c> or the current UI culture.</summary>
    internal static Language ResolveLanguage(string? lang) => lang switch
    {
        "de" => Language.German,
        "en" => Language.English,
        _ => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" ? Language.German : Language.English,
    };

    /// <summary>
    /// Reads <paramref name="file"/> with <paramref name="read"/>, or returns <paramref name="sample"/> when no file is
    /// given. Invalid input is reported with the file, line, column and JSON path, and gives <see cref="ExitCodes.InvalidInput"/>.
    /// </summary>
    /// <remarks>
    /// This is the CLI's one way into a JSON document: <paramref name="read"/> is a library stream reader, which reads
    /// strict UTF-8 within <see cref="JsonReadLimits.Default"/> (64 MiB; an endless input such as <c>/dev/zero</c>
    /// stops there) and reports every error as a <see cref="JsonException"/> with path and position.
    /// </remarks>
    internal static int TryRead<T>(FileInfo? file, Func<Stream, T> read, T sample, TextWriter error, out T result)
    {
        result = sample;
        if (file is null)
        {
            return ExitCodes.Success;
        }
        try
        {
            long length;
            using (var stream = file.OpenRead())
            {
                length = stream.CanSeek ? stream.Length : 0;
                result = read(stream);
            }
            ReleaseReadingBuffers(length);
            return ExitCodes.Success;
        }
        catch (JsonException ex)
        {
            error.WriteLine(InvalidInput(file, ex));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {file.FullName}: cannot read the file: {ReadFailure(file, ex)}");
        }
        return ExitCodes.InvalidInput;
    }

    /// <summary>Inputs at least this large are followed by one compacting collection (see <see cref="ReleaseReadingBuffers"/>).</summary>
    internal const long LargeInput = 16L * 1024 * 1024;

    /// <summary>
    /// After a large input is read, collects once with compaction: the document's bytes and the reader's intermediate
    /// objects are garbage from then on, and without this collection they stay on the heap while results are computed
    /// and drawn, so the peak would be the reading's heap plus the rendering's (issue 16: peak memory at most 3 × the
    /// input; measured by MemoryAtScaleTests).
    /// </summary>
    private static void ReleaseReadingBuffers(long length)
    {
        if (length >= LargeInput)
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>The cause of a failed read in the user's terms: a directory is not "access denied".</summary>
    internal static string ReadFailure(FileInfo file, Exception ex) => ex switch
    {
        _ when Directory.Exists(file.FullName) => "it is a directory, not a file.",
        FileNotFoundException => "no such file.",
        DirectoryNotFoundException => $"the directory '{file.DirectoryName}' does not exist.",
        UnauthorizedAccessException => "permission denied.",
        _ => ex.Message,
    };

    /// <summary>
    /// The one-line report of an invalid JSON document: <c>error: FILE:LINE:COLUMN: invalid input at PATH: MESSAGE</c>
    /// (line and column one-based, the column counted in bytes, as compilers and editors expect), or without the
    /// position when the error has none (a document over the size limit).
    /// </summary>
    internal static string InvalidInput(FileInfo file, JsonException ex)
    {
        string where = ex.LineNumber is { } line && ex.BytePositionInLine is { } column
            ? string.Create(CultureInfo.InvariantCulture, $":{line + 1}:{column + 1}")
            : string.Empty;
        string at = ex.Path is { } path && !ex.Message.StartsWith(path, StringComparison.Ordinal) ? $" at {path}" : string.Empty;
        return $"error: {file.FullName}{where}: invalid input{at}: {ex.Message}";
    }

    /// <summary>The most results one table shows; longer result sets are shown as several tables of this size.</summary>
    internal const int TableChunk = 500;

    /// <summary>
    /// Renders <paramref name="results"/> (enumerated once) as consecutive tables of at most <see cref="TableChunk"/>
    /// results: a table keeps every cell until it is drawn, so one table for a large input would hold many times the
    /// input in memory; in chunks, memory stays bounded and every result is still shown.
    /// </summary>
    internal static void TableInChunks<T>(IEnumerable<T> results, Action<ImmutableArray<T>> table)
    {
        foreach (var chunk in results.Chunk(TableChunk))
        {
            table([.. chunk]);
        }
    }

    /// <summary>
    /// Creates a command that reads documents from FILE (or takes the embedded sample), analyses each one (with a
    /// progress bar on standard error for large files, see <see cref="CliProgress"/>) and renders the results as a
    /// table, JSON or — when <paramref name="csv"/> is given — CSV: the shape shared by <c>objectives</c> and
    /// <c>functions</c>.
    /// </summary>
    internal static Command AnalysisCommand<TInput, TResult>(
        string name,
        string description,
        string fileDescription,
        Func<Stream, ImmutableArray<TInput>> read,
        ImmutableArray<TInput> sample,
        Func<TInput, TResult> analyse,
        Action<IEnumerable<TResult>, TextWriter> json,
        Action<ImmutableArray<TResult>, Language, TextWriter> table,
        CsvProjection<TResult>? csv,
        CliProgress progress,
        TextWriter output,
        TextWriter error)
    {
        var file = FileArgument(fileDescription);
        var format = csv is null ? FormatOption("table", "json") : FormatOption("table", "json", "csv");
        var lang = LanguageOption();
        var command = new Command(name, description) { file, format, lang };
        var raw = CliCsv.RawOption();
        if (csv is not null)
        {
            command.Options.Add(raw);
        }
        command.SetAction(parseResult =>
        {
            int status = TryRead(parseResult.GetValue(file), read, sample, error, out var inputs);
            if (status != ExitCodes.Success)
            {
                return status;
            }
            var language = ResolveLanguage(parseResult.GetValue(lang));
            switch (parseResult.GetValue(format))
            {
                case "json":
                    progress.Stream(name, inputs, analyse, results => json(results, output));
                    break;
                case "csv":
                    var rows = progress.Map(name, inputs, analyse);
                    output.Write(CliCsv.Document(parseResult.GetValue(raw), csv!.Header, rows.SelectMany(r => csv.Rows(r, language))));
                    break;
                default:
                    progress.Stream(name, inputs, analyse, results => TableInChunks(results, chunk => table(chunk, language, output)));
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
