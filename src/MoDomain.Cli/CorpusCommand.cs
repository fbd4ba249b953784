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
        var identifiers = new Option<bool>("--include-direct-identifiers") { Description = "Also export direct identifiers: speaker names and variables named like names or contact details (name, full-name, Vorname, Nachname, email, phone, address, … in any case; see docs/research.md). Off by default." };
        var block = new Option<bool>("--modomain-block") { Description = "qdpx only: append a [MoDomain] block (id, both labels, source) to each code description, so MoDomain reads ids and labels back exactly. Off by default: other programs show the block as part of the description." };
        var noText = new Option<bool>("--no-text") { Description = "CSV only: leave out the text of the segments." };
        var raw = CliCsv.RawOption();
        var export = new Command("export", "Export a coded corpus: tidy CSV (one row per coding; R and pandas read it without options), MoDomain JSON, or a REFI-QDA project (.qdpx) for QDA programs. Examples: 'modomain corpus export --format csv > codings.csv', 'modomain corpus export --format qdpx --out interviews.qdpx'.")
        {
            file, format, outFile, identifiers, block, noText, raw,
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
                error.WriteLine(input is not null && ex is IOException or UnauthorizedAccessException
                    ? $"error: '{input}': cannot read the file: {CliInput.ReadFailure(input, ex)}"
                    : ex is JsonException json && input is not null ? CliInput.InvalidInput(input, json) : $"error: {input?.Name}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            bool ids = parseResult.GetValue(identifiers);
            var options = CorpusExportOptions.Default with { IncludeText = !parseResult.GetValue(noText), IncludeDirectIdentifiers = ids, NeutraliseFormulas = !parseResult.GetValue(raw) };
            switch (chosen)
            {
                case "qdpx":
                    OutputFile.Write(target!, path => RefiProject.WriteFile(corpus, path, new RefiExportOptions(includeDirectIdentifiers: ids, includeMoDomainBlock: parseResult.GetValue(block))));
                    output.WriteLine($"wrote {TerminalText.Escape(target!.FullName)}");
                    return ExitCodes.Success;
                case "json":
                    return Emit(CorpusJson.Write(corpus, options), target, output);
                default:
                    return Emit(CorpusCsv.Write(corpus, options), target, output);
            }
        });
        return new Command("corpus", "Work with coded interview corpora.") { export };
    }

    /// <summary>Writes <paramref name="text"/> to standard output, or atomically to <paramref name="target"/> (see <see cref="OutputFile"/>).</summary>
    /// <exception cref="CliFailure">The file cannot be written.</exception>
    internal static int Emit(string text, FileInfo? target, TextWriter output)
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
        OutputFile.WriteText(target, text);
        output.WriteLine($"wrote {TerminalText.Escape(target.FullName)}");
        return ExitCodes.Success;
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
