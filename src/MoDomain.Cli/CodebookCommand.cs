using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Cli;

/// <summary>The <c>codebook</c> command: export the research codebook as REFI-QDA <c>.qdc</c> or JSON.</summary>
public static class CodebookCommand
{
    /// <summary>Creates the command with its <c>export</c> subcommand.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = CliInput.FileArgument("A codebook to convert (.qdc or MoDomain codebook .json). Default: the embedded sample codebook (the library's frameworks plus one researcher code).");
        var format = CliInput.FormatOption("qdc", "json", "csv");
        var outFile = new Option<FileInfo?>("--out", "-o") { CustomParser = CliInput.ParseFile, Description = "Write to this file (atomically) instead of standard output." };
        var lang = CliInput.LanguageOption();
        var raw = CliCsv.RawOption();
        var block = new Option<bool>("--modomain-block") { Description = "qdc only: append a [MoDomain] block (id, both labels, source) to each code description, so MoDomain reads ids and labels back exactly. Off by default: other programs show the block as part of the description." };
        var export = new Command("export", "Export a codebook as REFI-QDA .qdc (for MAXQDA, ATLAS.ti, NVivo, QualCoder) or as MoDomain JSON. Code GUIDs are derived from the code ids, so repeated exports are identical. Examples: 'modomain codebook export --format qdc --out codes.qdc', 'modomain codebook export --format csv --out codes.csv' (one row per code: id, parent, depth, both labels, codable, source, colour, description).")
        {
            file, format, outFile, lang, raw, block,
        };
        export.SetAction(parseResult =>
        {
            var input = parseResult.GetValue(file);
            Codebook codebook;
            try
            {
                codebook = input is null ? SampleCorpus.Codebook : ReadCodebook(input, error);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or ArgumentException)
            {
                error.WriteLine(input is not null && ex is IOException or UnauthorizedAccessException
                    ? $"error: '{input}': cannot read the file: {CliInput.ReadFailure(input, ex)}"
                    : ex is JsonException json && input is not null ? CliInput.InvalidInput(input, json) : $"error: {input?.Name}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            var language = parseResult.GetValue(lang) is { } l ? CliInput.ResolveLanguage(l) : Vocabulary.Language.German;
            string text = parseResult.GetValue(format) switch
            {
                "json" => CorpusJson.WriteCodebook(codebook),
                "csv" => Csv(codebook, parseResult.GetValue(raw)),
                _ => RefiCodebook.Write(codebook, new RefiExportOptions(nameLanguage: language, includeMoDomainBlock: parseResult.GetValue(block))),
            };
            return CorpusCommand.Emit(text, parseResult.GetValue(outFile), output);
        });
        return new Command("codebook", "Work with the research codebook (codes from the library's frameworks plus researcher codes).") { export };
    }

    // One row per code in the codebook's order; both labels, so the file is the same whatever the language.
    // Depths in one pass (parents come before children), not DepthOf per code, which is quadratic on a deep chain.
    internal static string Csv(Codebook codebook, bool raw = false)
    {
        var depths = new Dictionary<string, int>(codebook.Count, StringComparer.Ordinal);
        foreach (var code in codebook.Codes)
        {
            depths[code.Id] = code.ParentId is { } parent ? depths[parent] + 1 : 0;
        }
        return Csv(codebook, depths, raw);
    }

    private static string Csv(Codebook codebook, Dictionary<string, int> depths, bool raw) => CliCsv.Document(
        raw,
        ["id", "parent", "depth", "label_en", "label_de", "codable", "source", "colour", "description"],
        codebook.Codes.Select(c => (IReadOnlyList<string>)
        [
            c.Id,
            c.ParentId ?? string.Empty,
            CliCsv.Number(depths[c.Id]),
            c.Label.English,
            c.Label.German,
            CliCsv.Verdict(c.IsCodable),
            c.Source,
            c.Colour ?? string.Empty,
            c.Description ?? string.Empty,
        ]));

    private static Codebook ReadCodebook(FileInfo input, TextWriter error)
    {
        if (input.Extension.Equals(".qdc", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = input.OpenRead();
            var import = RefiCodebook.Read(stream);
            foreach (var line in import.Report.Ignored)
            {
                error.WriteLine($"note: not imported: {line}");
            }
            return import.Codebook;
        }
        using var json = input.OpenRead();
        return CorpusJson.ReadCodebook(json);
    }
}
