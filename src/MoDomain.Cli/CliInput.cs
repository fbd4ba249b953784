using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Text.Json;
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
    /// given. Invalid input is reported with the file and JSON path, and gives <see cref="ExitCodes.InvalidInput"/>.
    /// </summary>
    internal static int TryRead<T>(FileInfo? file, Func<Stream, T> read, T sample, TextWriter error, out T result)
    {
        result = sample;
        if (file is null)
        {
            return ExitCodes.Success;
        }
        try
        {
            using var stream = file.OpenRead();
            result = read(stream);
            return ExitCodes.Success;
        }
        catch (JsonException ex)
        {
            string where = ex.Path is { } path && !ex.Message.Contains(path, StringComparison.Ordinal) ? $" at {path}" : string.Empty;
            error.WriteLine($"error: {file.FullName}: invalid input{where}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {file.FullName}: cannot read the file: {ReadFailure(file, ex)}");
        }
        return ExitCodes.InvalidInput;
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
    /// Creates a command that reads documents from FILE (or takes the embedded sample), analyses each one (with a
    /// progress bar on standard error for large files, see <see cref="CliProgress"/>) and renders the results as a
    /// table, JSON or — when <paramref name="csv"/> is given — CSV: the shape shared by <c>objectives</c> and
    /// <c>functions</c>.
    /// </summary>
    internal static Command AnalysisCommand<TInput, TResult>(
        string name,
        string description,
        string fileDescription,
        Func<string, ImmutableArray<TInput>> read,
        ImmutableArray<TInput> sample,
        Func<TInput, TResult> analyse,
        Func<ImmutableArray<TResult>, string> json,
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
            int status = TryRead(parseResult.GetValue(file), stream => ReadText(stream, read), sample, error, out var inputs);
            if (status != ExitCodes.Success)
            {
                return status;
            }
            var results = progress.Map(name, inputs, analyse);
            var language = ResolveLanguage(parseResult.GetValue(lang));
            switch (parseResult.GetValue(format))
            {
                case "json":
                    output.WriteLine(json(results));
                    break;
                case "csv":
                    output.Write(CliCsv.Document(parseResult.GetValue(raw), csv!.Header, results.SelectMany(r => csv.Rows(r, language))));
                    break;
                default:
                    table(results, language, output);
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static ImmutableArray<T> ReadText<T>(Stream stream, Func<string, ImmutableArray<T>> read)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return read(reader.ReadToEnd());
    }
}
