using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>The <c>classify</c> command: classify profiles under one or all definitions.</summary>
public static class ClassifyCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error) => Create(output, error, CliProgress.ForStandardError(error));

    /// <summary>Creates the command with the given progress decision.</summary>
    internal static Command Create(TextWriter output, TextWriter error, CliProgress progress)
    {
        var file = CliInput.FileArgument("A JSON file with an array of profiles (or a {\"schemaVersion\":1,\"profiles\":[…]} document). Without it the embedded sample is classified.");
        var definition = new Option<string?>("--definition", "-d")
        {
            Description = "Classify under this definition only (svr-2020, bpb-2013). Default: all definitions.",
        };
        var format = CliInput.FormatOption("table", "json", "csv");
        var lang = CliInput.LanguageOption();
        var raw = CliCsv.RawOption();
        var command = new Command("classify", "Classify organisation profiles under the MO definitions (verdict, failing/undetermined criteria, missing facts). Examples: 'modomain classify', 'modomain classify profiles.json --definition svr-2020 --format json', 'modomain classify profiles.json --format csv > verdicts.csv' (one row per organisation and definition).")
        {
            file, definition, format, lang, raw,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(file),
            parseResult.GetValue(definition),
            parseResult.GetValue(format) ?? "table",
            parseResult.GetValue(lang),
            parseResult.GetValue(raw),
            progress,
            output,
            error));
        return command;
    }

    private static int Execute(FileInfo? file, string? definitionId, string format, string? lang, bool raw, CliProgress progress, TextWriter output, TextWriter error)
    {
        var definitions = DefinitionSet.Default;
        if (definitionId is not null)
        {
            if (!definitions.TryGet(definitionId, out var only))
            {
                error.WriteLine($"error: unknown definition '{definitionId}'. Known: {string.Join(", ", definitions.Definitions.Select(d => d.Id))}.");
                return ExitCodes.UsageError;
            }
            definitions = new DefinitionSet([only], definitions.ContainerTerm);
        }
        int read = CliInput.TryRead(file, MoDomainJson.ReadProfiles, SampleData.Profiles, error, out var profiles);
        if (read != ExitCodes.Success)
        {
            return read;
        }
        if (format == "json")
        {
            // Each report is written as soon as it is classified; the document is never held in memory.
            progress.Stream("classify", profiles, definitions.ClassifyAll, reports =>
            {
                MoDomainJson.WriteReports(new TextWriterStream(output), reports);
                output.WriteLine();
            });
            return ExitCodes.Success;
        }
        var language = CliInput.ResolveLanguage(lang);
        if (format != "csv")
        {
            progress.Stream("classify", profiles, definitions.ClassifyAll, reports => CliInput.TableInChunks(reports, chunk => ClassificationTable.Render(chunk, language, output)));
            return ExitCodes.Success;
        }
        var reports = progress.Map("classify", profiles, definitions.ClassifyAll);
        {
            // One row per organisation and definition; ids, not labels, so the file is the same in every language.
            output.Write(CliCsv.Document(
                raw,
                ["organisation", "definition", "verdict", "not_met_or_undetermined", "missing_facts", "self_identification", "differs_from_self_identification", "container_term"],
                reports.SelectMany(r => r.Classifications.Select(c => (IReadOnlyList<string>)
                [
                    r.Profile.Name,
                    c.Definition.Id,
                    c.Verdict.Id,
                    string.Join(";", c.Evaluation.Parts.Where(p => !p.Outcome.IsYes).Select(p => p.RuleId)),
                    string.Join(";", c.Evaluation.MissingFacts),
                    r.SelfIdentification.IsKnown ? DefinitionsVocabulary.SelfIdentifications.IdOf(r.SelfIdentification.Value) : string.Empty,
                    c.DiffersFromSelfIdentification.Id,
                    r.ContainerTerm.Outcome.Id,
                ]))));
        }
        return ExitCodes.Success;
    }
}
