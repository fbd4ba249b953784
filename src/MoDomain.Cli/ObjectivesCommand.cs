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
    public static Command Create(TextWriter output, TextWriter error) => CliInput.AnalysisCommand(
        "objectives",
        "Analyse objective profiles with Preißler's matrix (objectives per cell, inward/outward and explicit/implicit shares, dominant cell, mainly inward). Example: 'modomain objectives --format json'.",
        "A JSON file with objective profiles (a {\"schemaVersion\":1,\"objectiveProfiles\":[…]} document or an array). Without it the embedded sample is analysed.",
        ObjectivesJson.DeserializeProfiles,
        SampleObjectives.Profiles,
        static p => p.Analyze(),
        Json,
        Table,
        output,
        error);

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

    private static string Json(ImmutableArray<ObjectiveAnalysis> analyses)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersions.Current);
            w.WriteStartArray("analyses");
            foreach (var a in analyses)
            {
                w.WriteStartObject();
                w.WriteString("organisation", a.Profile.Organisation);
                w.WriteStartObject("objectivesByCell");
                foreach (var cell in System.Enum.GetValues<ObjectiveCell>())
                {
                    w.WriteStartArray(ObjectivesVocabulary.Cells.IdOf(cell));
                    foreach (var o in a.ObjectivesIn(cell))
                    {
                        w.WriteStringValue(ObjectivesVocabulary.Objectives.IdOf(o));
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
                WriteShare(w, "inwardShare", a.InwardShare);
                WriteShare(w, "outwardShare", a.OutwardShare);
                WriteShare(w, "explicitShare", a.ExplicitShare);
                WriteShare(w, "implicitShare", a.ImplicitShare);
                w.WriteStartArray("dominantCells");
                foreach (var c in a.DominantCells)
                {
                    w.WriteStringValue(ObjectivesVocabulary.Cells.IdOf(c));
                }
                w.WriteEndArray();
                w.WriteString("mainlyInward", a.IsMainlyInward.Id);
                w.WriteStartArray("neverEvidenced");
                foreach (var o in a.NeverEvidenced)
                {
                    w.WriteStringValue(ObjectivesVocabulary.Objectives.IdOf(o));
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // An unknown share (empty profile) is omitted, following the JSON convention "absent = unknown".
    private static void WriteShare(Utf8JsonWriter w, string name, Fact<double> share)
    {
        if (share.IsKnown)
        {
            w.WriteNumber(name, share.Value);
        }
    }
}
