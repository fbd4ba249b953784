using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoDomain.Interop;
using MoDomain.Objectives;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>The <c>objectives</c> command: Preißler objective profiles and their analysis.</summary>
public static class ObjectivesCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error) => Create(output, error, CliProgress.ForStandardError(error));

    /// <summary>Creates the command with the given progress decision.</summary>
    internal static Command Create(TextWriter output, TextWriter error, CliProgress progress) => CliInput.AnalysisCommand(
        "objectives",
        "Analyse objective profiles with Preißler's matrix (objectives per cell, inward/outward and explicit/implicit shares, dominant cell, mainly inward). Examples: 'modomain objectives --format json', 'modomain objectives profiles.json --format csv --lang de > objectives.csv' (one row per organisation and cell).",
        "A JSON file with objective profiles (a {\"schemaVersion\":1,\"objectiveProfiles\":[…]} document or an array). Without it the embedded sample is analysed.",
        ObjectivesJson.ReadProfiles,
        SampleObjectives.Profiles,
        static p => p.Analyze(),
        Json,
        Table,
        Csv,
        progress,
        output,
        error);

    // One row per organisation and cell of the matrix (always four), organisation-wide figures repeated on each row.
    private static readonly CsvProjection<ObjectiveAnalysis> Csv = new(
        ["organisation", "cell", "label", "objectives", "objective_count", "weight", "share", "dominant", "inward_share", "explicit_share", "mainly_inward"],
        static (a, language) => System.Enum.GetValues<ObjectiveCell>().Select(cell => (System.Collections.Generic.IReadOnlyList<string>)
        [
            a.Profile.Organisation,
            ObjectivesVocabulary.Cells.IdOf(cell),
            ObjectivesVocabulary.Cells.ConceptOf(cell).Label.In(language),
            CliCsv.Ids(a.ObjectivesIn(cell).Select(o => ObjectivesVocabulary.Objectives.IdOf(o))),
            CliCsv.Number(a.CountIn(cell)),
            CliCsv.Number(a.WeightIn(cell)),
            CliCsv.Number(a.ShareIn(cell)),
            CliCsv.Verdict(a.DominantCells.Contains(cell)),
            CliCsv.Number(a.InwardShare),
            CliCsv.Number(a.ExplicitShare),
            CliCsv.Verdict(a.IsMainlyInward),
        ]));

    private static void Table(ImmutableArray<ObjectiveAnalysis> analyses, Language language, TextWriter output)
    {
        bool de = language == Language.German;
        var console = CliConsole.Create(output);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Organisation");
        foreach (var cell in ObjectivesVocabulary.Cells.Scheme.Concepts)
        {
            table.AddColumn(Markup.Escape(cell.Label.In(language)));
        }
        table.AddColumn(de ? "Anteil innen" : "Inward share");
        table.AddColumn(de ? "Anteil explizit" : "Explicit share");
        table.AddColumn(de ? "Dominante Zelle(n)" : "Dominant cell(s)");
        table.AddColumn(de ? "Binnenorientiert" : "Mainly inward");
        foreach (var a in analyses)
        {
            var row = new System.Collections.Generic.List<string> { a.Profile.Organisation };
            foreach (var cell in System.Enum.GetValues<ObjectiveCell>())
            {
                row.Add(string.Join("\n", a.ObjectivesIn(cell).Select(o => ObjectivesVocabulary.Objectives.ConceptOf(o).Label.In(language))));
            }
            row.Add(Share(a.InwardShare, de));
            row.Add(Share(a.ExplicitShare, de));
            row.Add(a.DominantCells.IsEmpty ? "–" : string.Join(de ? " und " : " and ", a.DominantCells.Select(c => ObjectivesVocabulary.Cells.IdOf(c))));
            row.Add(TruthText(a.IsMainlyInward, de));
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }
        console.Write(table);
    }

    private static string Share(Fact<double> share, bool de) =>
        share.IsKnown ? share.Value.ToString("0.00", CultureInfo.InvariantCulture) : (de ? "unbekannt" : "unknown");

    private static string TruthText(Truth truth, bool de) => truth.Id switch
    {
        "yes" => de ? "ja" : "yes",
        "no" => de ? "nein" : "no",
        _ => de ? "unbekannt" : "unknown",
    };

    private static void Json(IEnumerable<ObjectiveAnalysis> analyses, TextWriter output) => CliJson.Write(output, "analyses", analyses, static (w, a) =>
    {
        w.WriteString("organisation", a.Profile.Organisation);
        w.WriteStartObject("objectivesByCell");
        foreach (var cell in System.Enum.GetValues<ObjectiveCell>())
        {
            CliJson.WriteIds(w, ObjectivesVocabulary.Cells.IdOf(cell), a.ObjectivesIn(cell).Select(o => ObjectivesVocabulary.Objectives.IdOf(o)));
        }
        w.WriteEndObject();
        WriteShare(w, "inwardShare", a.InwardShare);
        WriteShare(w, "outwardShare", a.OutwardShare);
        WriteShare(w, "explicitShare", a.ExplicitShare);
        WriteShare(w, "implicitShare", a.ImplicitShare);
        CliJson.WriteIds(w, "dominantCells", a.DominantCells.Select(c => ObjectivesVocabulary.Cells.IdOf(c)));
        w.WriteString("mainlyInward", a.IsMainlyInward.Id);
        CliJson.WriteIds(w, "neverEvidenced", a.NeverEvidenced.Select(o => ObjectivesVocabulary.Objectives.IdOf(o)));
    });

    // An unknown share (empty profile) is omitted, following the JSON convention "absent = unknown".
    private static void WriteShare(Utf8JsonWriter w, string name, Fact<double> share)
    {
        if (share.IsKnown)
        {
            w.WriteNumber(name, share.Value);
        }
    }
}
