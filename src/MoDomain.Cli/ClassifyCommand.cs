using System;
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
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Description = "A JSON file with an array of profiles (or a {\"schemaVersion\":1,\"profiles\":[…]} document). Without it the embedded sample is classified.",
            Arity = ArgumentArity.ZeroOrOne,
        };
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
        var definition = new Option<string?>("--definition", "-d")
        {
            Description = "Classify under this definition only (svr-2020, bpb-2013). Default: all definitions.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table or json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = new Option<string?>("--lang")
        {
            Description = "Language of labels and explanations: en or de. Default: from the current UI culture.",
        };
        lang.AcceptOnlyFromAmong("en", "de");
        var command = new Command("classify", "Classify organisation profiles under the MO definitions (verdict, failing/undetermined criteria, missing facts). Examples: 'modomain classify', 'modomain classify profiles.json --definition svr-2020 --format json'.")
        {
            file, definition, format, lang,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(file),
            parseResult.GetValue(definition),
            parseResult.GetValue(format) ?? "table",
            parseResult.GetValue(lang),
            output,
            error));
        return command;
    }

    private static int Execute(FileInfo? file, string? definitionId, string format, string? lang, TextWriter output, TextWriter error)
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
        ImmutableArray<OrganisationProfile> profiles;
        if (file is null)
        {
            profiles = SampleData.Profiles;
        }
        else
        {
            try
            {
                using var stream = file.OpenRead();
                profiles = MoDomainJson.ReadProfiles(stream);
            }
            catch (JsonException ex)
            {
                string where = ex.Path is { } path && !ex.Message.Contains(path, StringComparison.Ordinal) ? $" at {path}" : string.Empty;
                error.WriteLine($"error: {file.FullName}: invalid input{where}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {file.FullName}: cannot read the file: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
        }
        var reports = profiles.Select(definitions.ClassifyAll).ToImmutableArray();
        if (format == "json")
        {
            output.WriteLine(MoDomainJson.SerializeReports(reports));
            return ExitCodes.Success;
        }
        var language = lang switch
        {
            "de" => Language.German,
            "en" => Language.English,
            _ => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" ? Language.German : Language.English,
        };
        ClassificationTable.Render(reports, language, output);
        return ExitCodes.Success;
    }
}
