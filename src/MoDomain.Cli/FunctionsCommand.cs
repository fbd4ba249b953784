using System;
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
using MoDomain.Samples;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>The <c>functions</c> command: MIKOSS 2022 function assessments and the 4 × 3 function × perspective matrix.</summary>
public static class FunctionsCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error) => Create(output, error, CliProgress.ForStandardError(error));

    /// <summary>Creates the command with the given progress decision.</summary>
    internal static Command Create(TextWriter output, TextWriter error, CliProgress progress) => CliInput.AnalysisCommand(
        "functions",
        "Assess the four social-security functions (homemaking, service, hinge, advocacy) from evidence seen from three perspectives: evidenced functions, strength (distinct evidence items), disagreements and the 4 × 3 matrix. Examples: 'modomain functions --format json', 'modomain functions evidence.json --format csv > functions.csv' (one row per organisation and function).",
        "A JSON file with function evidence profiles (a {\"schemaVersion\":1,\"functionEvidenceProfiles\":[…]} document or an array). Without it the embedded sample is assessed.",
        FunctionEvidenceJson.ReadProfiles,
        SampleFunctionEvidence.Profiles,
        static p => p.Assess(),
        Json,
        Tables,
        Csv,
        progress,
        output,
        error);

    // One row per organisation and function (always four).
    private static readonly CsvProjection<FunctionAssessment> Csv = new(
        ["organisation", "function", "label", "evidenced", "supporting_items", "contradicting_items", "supported_by", "contradicted_by", "disagreement"],
        static (a, language) => Enum.GetValues<SocialSecurityFunction>().Select(f => (IReadOnlyList<string>)
        [
            a.Organisation,
            SocialSecurityVocabulary.Functions.IdOf(f),
            SocialSecurityVocabulary.Functions.ConceptOf(f).Label.In(language),
            CliCsv.Verdict(a.IsEvidenced(f)),
            CliCsv.Number(a.Strength(f)),
            CliCsv.Number(a.Contradictions(f)),
            CliCsv.Ids(PerspectiveIds(a.SupportingPerspectives(f))),
            CliCsv.Ids(PerspectiveIds(a.ContradictingPerspectives(f))),
            CliCsv.Verdict(a.Disagreements.Any(d => d.Function == f)),
        ]));

    private static void Tables(ImmutableArray<FunctionAssessment> assessments, Language language, TextWriter output)
    {
        bool de = language == Language.German;
        var console = CliConsole.Create(output);
        var evidence = assessments.SelectMany(a => a.Evidence).ToList();
        console.Write(Matrix(
            FunctionPerspectiveMatrix.Build(evidence),
            language,
            de ? "Alle Organisationen: Belege je Funktion × Perspektive (unterstützend und widersprechend)" : "All organisations: evidence items per function × perspective (supporting and contradicting)"));
        console.Write(Matrix(
            FunctionPerspectiveMatrix.Build(evidence, EvidenceStance.Contradicts),
            language,
            de ? "davon widersprechende Belege" : "of which contradicting evidence items"));
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Organisation");
        foreach (var function in Enum.GetValues<SocialSecurityFunction>())
        {
            table.AddColumn(Markup.Escape(SocialSecurityVocabulary.Functions.ConceptOf(function).Label.In(language)));
        }
        table.AddColumn(de ? "Widersprüche zwischen Perspektiven" : "Disagreements between perspectives");
        foreach (var a in assessments)
        {
            var row = new System.Collections.Generic.List<string> { a.Organisation };
            foreach (var function in Enum.GetValues<SocialSecurityFunction>())
            {
                int strength = a.Strength(function);
                row.Add(strength == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{strength} ({string.Join(", ", a.SupportingPerspectives(function).Select(p => SocialSecurityVocabulary.Perspectives.IdOf(p)))})"));
            }
            row.Add(string.Join("\n", a.Disagreements.Select(d => d.ToString())));
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }
        console.Write(table);
    }

    private static Table Matrix(FunctionPerspectiveMatrix matrix, Language language, string title)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn(language == Language.German ? "Funktion" : "Function");
        foreach (var p in Enum.GetValues<Perspective>())
        {
            table.AddColumn(new TableColumn(Markup.Escape(SocialSecurityVocabulary.Perspectives.ConceptOf(p).Label.In(language))).RightAligned());
        }
        table.AddColumn(new TableColumn(language == Language.German ? "Summe" : "Total").RightAligned());
        foreach (var f in Enum.GetValues<SocialSecurityFunction>())
        {
            var cells = Enum.GetValues<Perspective>().Select(p => matrix.Count(f, p).ToString(CultureInfo.InvariantCulture)).ToList();
            table.AddRow([Markup.Escape(SocialSecurityVocabulary.Functions.ConceptOf(f).Label.In(language)), .. cells, matrix.RowTotal(f).ToString(CultureInfo.InvariantCulture)]);
        }
        var totals = Enum.GetValues<Perspective>().Select(p => matrix.ColumnTotal(p).ToString(CultureInfo.InvariantCulture)).ToList();
        table.AddRow([language == Language.German ? "Summe" : "Total", .. totals, matrix.Total.ToString(CultureInfo.InvariantCulture)]);
        return table;
    }

    private static void Json(IEnumerable<FunctionAssessment> assessments, TextWriter output) => CliJson.Write(output, "assessments", assessments, static (w, a) =>
    {
        w.WriteString("organisation", a.Organisation);
        w.WriteNumber("evidenceItems", a.Evidence.Length);
        w.WriteStartArray("functions");
        foreach (var f in Enum.GetValues<SocialSecurityFunction>())
        {
            w.WriteStartObject();
            w.WriteString("function", SocialSecurityVocabulary.Functions.IdOf(f));
            w.WriteBoolean("evidenced", a.IsEvidenced(f));
            w.WriteNumber("supportingItems", a.Strength(f));
            w.WriteNumber("contradictingItems", a.Contradictions(f));
            CliJson.WriteIds(w, "supportedBy", PerspectiveIds(a.SupportingPerspectives(f)));
            CliJson.WriteIds(w, "contradictedBy", PerspectiveIds(a.ContradictingPerspectives(f)));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("disagreements");
        foreach (var d in a.Disagreements)
        {
            w.WriteStartObject();
            w.WriteString("function", SocialSecurityVocabulary.Functions.IdOf(d.Function));
            CliJson.WriteIds(w, "supportedBy", PerspectiveIds(d.SupportedBy));
            CliJson.WriteIds(w, "contradictedBy", PerspectiveIds(d.ContradictedBy));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteMatrix(w, "supportingMatrix", a.SupportingMatrix);
        WriteMatrix(w, "contradictingMatrix", a.ContradictingMatrix);
    });

    private static IEnumerable<string> PerspectiveIds(ImmutableArray<Perspective> perspectives) =>
        perspectives.Select(p => SocialSecurityVocabulary.Perspectives.IdOf(p));

    // { "homemaking": { "migrant-organisation": 2, ... }, ... }: rows are functions, columns perspectives.
    private static void WriteMatrix(Utf8JsonWriter w, string name, FunctionPerspectiveMatrix matrix)
    {
        w.WriteStartObject(name);
        foreach (var f in Enum.GetValues<SocialSecurityFunction>())
        {
            w.WriteStartObject(SocialSecurityVocabulary.Functions.IdOf(f));
            foreach (var p in Enum.GetValues<Perspective>())
            {
                w.WriteNumber(SocialSecurityVocabulary.Perspectives.IdOf(p), matrix.Count(f, p));
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
