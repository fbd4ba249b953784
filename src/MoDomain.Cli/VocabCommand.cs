using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using MoDomain.Cooperation;
using MoDomain.Interop;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>The <c>vocab</c> command: list the shipped vocabularies and export one as JSON or SKOS in JSON-LD.</summary>
public static class VocabCommand
{
    /// <summary>Creates the command with its <c>list</c> and <c>export</c> subcommands.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var list = new Command("list", "List every vocabulary (concept scheme) with its id, number of concepts and source.");
        list.SetAction(_ =>
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("id");
            table.AddColumn("label (en)");
            table.AddColumn("label (de)");
            table.AddColumn("concepts");
            table.AddColumn("source");
            foreach (var scheme in VocabularyCatalog.All)
            {
                table.AddRow(
                    Markup.Escape(scheme.Id),
                    Markup.Escape(scheme.Label.English),
                    Markup.Escape(scheme.Label.German),
                    scheme.Concepts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(scheme.Source));
            }
            CliConsole.Create(output).Write(table);
            return ExitCodes.Success;
        });

        var schemeOption = new Option<string>("--scheme", "-s") { Description = "The vocabulary id (see 'modomain vocab list').", Required = true };
        var format = CliInput.FormatOption("skos-jsonld", "json");
        var export = new Command("export", "Export one vocabulary: SKOS in JSON-LD (with the default crosswalk's mappings) or MoDomain's plain JSON. Example: 'modomain vocab export --scheme social-security-functions'.")
        {
            schemeOption, format,
        };
        export.SetAction(parseResult =>
        {
            string id = parseResult.GetValue(schemeOption)!;
            try
            {
                var scheme = VocabularyCatalog.Get(id);
                output.WriteLine(parseResult.GetValue(format) == "json"
                    ? VocabularyJson.Write(scheme)
                    : WriteSkos(scheme));
                return ExitCodes.Success;
            }
            catch (KeyNotFoundException ex)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.UsageError;
            }
        });

        return new Command("vocab", "List and export the library's vocabularies.") { list, export };
    }

    // Every mapping of the default crosswalk the scheme takes part in (as source or target), seen from its side.
    private static string WriteSkos(MoDomain.Vocabulary.ConceptScheme scheme) => SkosJsonLd.Write(scheme, Crosswalks.Default);
}
