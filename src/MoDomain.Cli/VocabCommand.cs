using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
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
        var listFormat = CliInput.FormatOption("table", "csv");
        var listRaw = CliCsv.RawOption();
        var list = new Command("list", "List every vocabulary (concept scheme) with its id, labels, number of concepts and source. Examples: 'modomain vocab list', 'modomain vocab list --format csv > vocabularies.csv'.")
        {
            listFormat, listRaw,
        };
        list.SetAction(parseResult =>
        {
            if (parseResult.GetValue(listFormat) == "csv")
            {
                output.Write(CliCsv.Document(
                    parseResult.GetValue(listRaw),
                    ["scheme", "label_en", "label_de", "concepts", "source"],
                    VocabularyCatalog.All.Select(scheme => (IReadOnlyList<string>)
                    [
                        scheme.Id,
                        scheme.Label.English,
                        scheme.Label.German,
                        CliCsv.Number(scheme.Concepts.Length),
                        scheme.Source,
                    ])));
                return ExitCodes.Success;
            }

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
        var format = CliInput.FormatOption("skos-jsonld", "json", "csv");
        var raw = CliCsv.RawOption();
        var export = new Command("export", "Export one vocabulary: SKOS in JSON-LD (with the default crosswalk's mappings), MoDomain's plain JSON, or CSV (one row per concept: scheme, id, both labels, broader concept, source, description). Examples: 'modomain vocab export --scheme social-security-functions', 'modomain vocab export --scheme cooperation-topics --format csv > topics.csv'.")
        {
            schemeOption, format, raw,
        };
        export.SetAction(parseResult =>
        {
            string id = parseResult.GetValue(schemeOption)!;
            try
            {
                var scheme = VocabularyCatalog.Get(id);
                switch (parseResult.GetValue(format))
                {
                    case "json":
                        output.WriteLine(VocabularyJson.Write(scheme));
                        break;
                    case "csv":
                        output.Write(Csv(scheme, parseResult.GetValue(raw)));
                        break;
                    default:
                        output.WriteLine(WriteSkos(scheme));
                        break;
                }
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

    // One row per concept, in the scheme's order; both labels, so the file is the same whatever the language.
    internal static string Csv(MoDomain.Vocabulary.ConceptScheme scheme, bool raw = false) => CliCsv.Document(
        raw,
        ["scheme", "id", "label_en", "label_de", "broader", "source", "description"],
        scheme.Concepts.Select(c => (IReadOnlyList<string>)
        [
            scheme.Id,
            c.Id,
            c.Label.English,
            c.Label.German,
            c.Broader ?? string.Empty,
            c.Source,
            c.Description,
        ]));

    // Every mapping of the default crosswalk the scheme takes part in (as source or target), seen from its side.
    private static string WriteSkos(MoDomain.Vocabulary.ConceptScheme scheme) => SkosJsonLd.Write(scheme, Crosswalks.Default);
}
