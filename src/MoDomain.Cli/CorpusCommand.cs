using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Cli;

/// <summary>The <c>corpus</c> command: export a coded interview corpus as REFI-QDA <c>.qdpx</c>, tidy CSV or JSON.</summary>
public static class CorpusCommand
{
    /// <summary>Creates the command with its <c>export</c> subcommand.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = CliInput.FileArgument("A corpus to convert (.qdpx or MoDomain corpus .json). Default: the embedded sample corpus (six fictional interviews, two coders).");
        var format = CliInput.FormatOption("csv", "json", "qdpx");
        var outFile = new Option<FileInfo?>("--out", "-o") { CustomParser = CliInput.ParseFile, Description = "Write to this file (atomically) instead of standard output; required for qdpx." };
        var identifiers = new Option<bool>("--include-direct-identifiers") { Description = "Also export speaker names (direct identifiers). Off by default." };
        var noText = new Option<bool>("--no-text") { Description = "CSV only: leave out the text of the segments." };
        var export = new Command("export", "Export a coded corpus: tidy CSV (one row per coding; R and pandas read it without options), MoDomain JSON, or a REFI-QDA project (.qdpx) for QDA programs. Examples: 'modomain corpus export --format csv > codings.csv', 'modomain corpus export --format qdpx --out interviews.qdpx'.")
        {
            file, format, outFile, identifiers, noText,
        };
        export.SetAction(parseResult =>
        {
            string chosen = parseResult.GetValue(format)!;
            var target = parseResult.GetValue(outFile);
            if (chosen == "qdpx" && target is null)
            {
                error.WriteLine("error: --format qdpx writes a zip archive; give a file with --out FILE.");
                return ExitCodes.UsageError;
            }
            var input = parseResult.GetValue(file);
            Corpus corpus;
            try
            {
                corpus = input is null ? SampleCorpus.Corpus : ReadCorpus(input, error);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or ArgumentException)
            {
                error.WriteLine(ex is JsonException json && input is not null ? CliInput.InvalidInput(input, json) : $"error: {input?.Name}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            bool ids = parseResult.GetValue(identifiers);
            try
            {
                switch (chosen)
                {
                    case "qdpx":
                        RefiProject.WriteFile(corpus, target!.FullName, includeDirectIdentifiers: ids);
                        output.WriteLine($"wrote {target.FullName}");
                        return ExitCodes.Success;
                    case "json":
                        return Emit(CorpusJson.Write(corpus, ids), target, output, error);
                    default:
                        return Emit(CorpusCsv.Write(corpus, includeText: !parseResult.GetValue(noText), includeDirectIdentifiers: ids), target, output, error);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
        });
        return new Command("corpus", "Work with coded interview corpora.") { export };
    }

    internal static int Emit(string text, FileInfo? target, TextWriter output, TextWriter error)
    {
        if (target is null)
        {
            output.Write(text);
            if (!text.EndsWith('\n'))
            {
                output.WriteLine();
            }
            return ExitCodes.Success;
        }
        try
        {
            string path = target.FullName;
            string temp = Path.Combine(Path.GetDirectoryName(path)!, $".{target.Name}.{Guid.NewGuid():N}.tmp");
            try
            {
                File.WriteAllText(temp, text, new UTF8Encoding(false));
                File.Move(temp, path, overwrite: true);
            }
            finally
            {
                File.Delete(temp);
            }
            output.WriteLine($"wrote {path}");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    private static Corpus ReadCorpus(FileInfo input, TextWriter error)
    {
        if (input.Extension.Equals(".qdpx", StringComparison.OrdinalIgnoreCase))
        {
            var import = RefiProject.ReadFile(input.FullName);
            foreach (var line in import.Report.Ignored)
            {
                error.WriteLine($"note: not imported: {line}");
            }
            return import.Corpus;
        }
        using var stream = input.OpenRead();
        return CorpusJson.Read(stream);
    }
}
