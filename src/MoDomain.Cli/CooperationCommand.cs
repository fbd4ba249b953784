using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoDomain.Cooperation;
using MoDomain.Interop;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>The <c>cooperation</c> command: a municipality's cooperation portfolio, trajectories and the comparison with the Qualitätszirkel survey.</summary>
public static class CooperationCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error) => Create(output, error, CliProgress.ForStandardError(error));

    /// <summary>Creates the command with the given progress decision.</summary>
    internal static Command Create(TextWriter output, TextWriter error, CliProgress progress)
    {
        var file = CliInput.FileArgument("A JSON file with a municipality's cooperation ({\"schemaVersion\":1,\"name\":…,\"setUp\":{…},\"records\":[…]}). Without it the embedded sample municipality is analysed.");
        var format = CliInput.FormatOption("table", "json", "csv");
        var raw = CliCsv.RawOption();
        var lang = CliInput.LanguageOption();
        var command = new Command(
            "cooperation",
            "Analyse a municipality's cooperation with MOs: distribution by level, form, topic and initiator, comparison with the Qualitätszirkel survey (n = 32), topics below the survey ranking, MO–partner trajectories in the maturity order, set-up. Examples: 'modomain cooperation --format json', 'modomain cooperation city.json --format csv > trajectories.csv' (CSV: one row per MO–partner trajectory step; the distributions and survey comparison are in the table and JSON).")
        {
            file, format, lang, raw,
        };
        command.SetAction(parseResult =>
        {
            int status = CliInput.TryRead(parseResult.GetValue(file), CooperationJson.ReadMunicipality, SampleCooperation.Municipality, error, out var municipality);
            if (status != ExitCodes.Success)
            {
                return status;
            }
            var language = CliInput.ResolveLanguage(parseResult.GetValue(lang));
            var portfolio = municipality.Portfolio;
            var trajectories = progress.Map("cooperation", portfolio.Pairs, p => portfolio.TrajectoryOf(p.Key, p.Value));
            switch (parseResult.GetValue(format))
            {
                case "json":
                    output.WriteLine(Json(municipality, portfolio.Analyze(), trajectories));
                    break;
                case "csv":
                    output.Write(Csv(municipality, trajectories, language, parseResult.GetValue(raw)));
                    break;
                default:
                    Tables(municipality, portfolio.Analyze(), trajectories, language, output);
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Tables(MunicipalityCooperation municipality, PortfolioAnalysis analysis, System.Collections.Immutable.ImmutableArray<CooperationTrajectory> trajectories, Language language, TextWriter output)
    {
        bool de = language == Language.German;
        var console = CliConsole.Create(output);
        console.WriteLine(de
            ? $"{municipality.Name}: {municipality.Records.Length} Kooperationen"
            : $"{municipality.Name}: {municipality.Records.Length} cooperation records");
        console.Write(DistributionTable(de ? "Ebenen" : "Levels", analysis.ByLevel, CooperationVocabulary.Levels, language));
        console.Write(DistributionTable(de ? "Formen (Veranstaltungen und Projekte)" : "Forms (events and projects)", analysis.ByForm, CooperationVocabulary.Forms, language));
        console.Write(DistributionTable(de ? "Themenfelder" : "Topics", analysis.ByTopic, CooperationVocabulary.Topics, language));
        console.Write(DistributionTable(de ? "Impulsgebende" : "Initiators", analysis.ByInitiator, CooperationVocabulary.Initiators, language));

        var survey = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(de ? "Vergleich mit der Umfrage (Qualitätszirkel 2023, n = 32, erhoben 2020)" : "Comparison with the survey (Qualitätszirkel 2023, n = 32, surveyed 2020)"));
        survey.AddColumn(de ? "Kategorie" : "Category");
        survey.AddColumn(new TableColumn(de ? "Anzahl" : "Count").RightAligned());
        survey.AddColumn(new TableColumn(de ? "Anteil" : "Share").RightAligned());
        survey.AddColumn(new TableColumn(de ? "Umfrage" : "Survey").RightAligned());
        survey.AddColumn(new TableColumn(de ? "Differenz" : "Difference").RightAligned());
        foreach (var c in analysis.EventForms)
        {
            survey.AddRow(Row((de ? "Veranstaltung: " : "Event: ") + CooperationVocabulary.Forms.ConceptOf(c.Category).Label.In(language), c.Observed.Count, c.Observed.Share, c.Survey.Share, c.Difference, de));
        }
        foreach (var c in analysis.ProjectForms)
        {
            survey.AddRow(Row((de ? "Projekt: " : "Project: ") + CooperationVocabulary.Forms.ConceptOf(c.Category).Label.In(language), c.Observed.Count, c.Observed.Share, c.Survey.Share, c.Difference, de));
        }
        foreach (var c in analysis.Initiators)
        {
            survey.AddRow(Row((de ? "Impuls: " : "Initiator: ") + CooperationVocabulary.Initiators.ConceptOf(c.Category).Label.In(language), c.Observed.Count, c.Observed.Share, c.Survey.Share, c.Difference, de));
        }
        console.Write(survey);

        var gaps = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(de ? "Themen mit weniger Zusammenarbeit als die Umfrage-Rangfolge nahelegt" : "Topics with less cooperation than the survey ranking suggests"));
        gaps.AddColumn(CliConsole.IdColumn(de ? "Thema" : "Topic"));
        gaps.AddColumn(new TableColumn(de ? "Anzahl" : "Count").RightAligned());
        gaps.AddColumn(new TableColumn(de ? "Rang (Stufe)" : "Survey tier").RightAligned());
        gaps.AddColumn(de ? "Übertroffen von (niedriger eingestuft)" : "Exceeded by (ranked lower)");
        foreach (var g in analysis.TopicGaps)
        {
            gaps.AddRow(
                Markup.Escape(g.Topic.ToId()),
                g.Count.ToString(CultureInfo.InvariantCulture),
                (g.SurveyTier + 1).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", g.ExceededBy.Select(static t => t.ToId()))));
        }
        console.Write(gaps);

        foreach (var t in trajectories)
        {
            console.WriteLine();
            console.WriteLine($"{t.Mo} ↔ {t.PartnerName}: {(de ? "zunehmende Institutionalisierung" : "moving towards institutionalisation")} = {TruthText(t.MovesTowardsInstitutionalisation, de)}");
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn(CliConsole.IdColumn(de ? "Zeitraum" : "Period"));
            table.AddColumn(CliConsole.IdColumn(de ? "Kooperation" : "Record"));
            table.AddColumn(CliConsole.IdColumn(de ? "Anordnung" : "Arrangement"));
            table.AddColumn(de ? "Rollen" : "Roles");
            table.AddColumn(de ? "gegenüber vorher" : "vs. previous");
            foreach (var step in t.Steps)
            {
                var r = step.Record;
                table.AddRow(
                    Markup.Escape(r.Period.ToString()),
                    Markup.Escape(r.Id),
                    Markup.Escape(ArrangementId(r)),
                    Markup.Escape(r.Roles.IsKnown ? string.Join(", ", r.Roles.Value.Select(static x => CooperationVocabulary.Roles.IdOf(x))) : (de ? "unbekannt" : "unknown")),
                    Markup.Escape(step.IsFirst ? "–" : ComparisonText(step.ComparedWithPrevious, de)));
            }
            console.Write(table);
        }

        var setUp = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(de ? "Kommunale Aufstellung im Vergleich mit der Umfrage" : "Municipal set-up compared with the survey"));
        setUp.AddColumn(de ? "Kennzahl" : "Figure");
        setUp.AddColumn(new TableColumn(de ? "Umfrage" : "Survey").RightAligned());
        setUp.AddColumn(Markup.Escape(municipality.Name));
        foreach (var line in municipality.SetUp.CompareWithSurvey())
        {
            var f = line.Figure;
            string figure = f.Count.IsKnown
                ? string.Create(CultureInfo.InvariantCulture, $"{f.Count.Value} / {f.Provenance.Respondents}")
                : f.Share.ToString("P0", CultureInfo.InvariantCulture);
            setUp.AddRow(Markup.Escape(f.Label.In(language)), figure, TruthText(line.InGroup, de));
        }
        console.Write(setUp);
    }

    // One row per trajectory step: MO × partner × record, in the maturity order of each pair's trajectory. The
    // comparison with the previous step is empty on a pair's first step and "unknown" when a form is unknown.
    private static string Csv(MunicipalityCooperation municipality, System.Collections.Immutable.ImmutableArray<CooperationTrajectory> trajectories, Language language, bool raw) => CliCsv.Document(
        raw,
        ["municipality", "mo", "partner", "moves_towards_institutionalisation", "step", "record", "title", "start", "end", "level", "label", "form", "arrangement", "roles", "compared_with_previous"],
        trajectories.SelectMany(t => t.Steps.Select((step, i) =>
        {
            var r = step.Record;
            return (IReadOnlyList<string>)
            [
                municipality.Name,
                t.Mo,
                t.PartnerName,
                CliCsv.Verdict(t.MovesTowardsInstitutionalisation),
                CliCsv.Number(i + 1),
                r.Id,
                r.Title,
                CliCsv.Date(r.Period.Start),
                CliCsv.Date(r.Period.End),
                CooperationVocabulary.Levels.IdOf(r.Level),
                CooperationVocabulary.Levels.ConceptOf(r.Level).Label.In(language),
                r.Form.IsKnown ? CooperationVocabulary.Forms.IdOf(r.Form.Value) : string.Empty,
                r.Arrangement.IsKnown ? r.Arrangement.Value.Id : string.Empty,
                r.Roles.IsKnown ? CliCsv.Ids(r.Roles.Value.Select(static x => CooperationVocabulary.Roles.IdOf(x))) : "unknown",
                step.IsFirst ? string.Empty : step.ComparedWithPrevious.IsKnown ? CooperationVocabulary.MaturityComparisons.IdOf(step.ComparedWithPrevious.Value) : "unknown",
            ];
        })));

    private static Table DistributionTable<T>(string title, Distribution<T> distribution, EnumScheme<T> scheme, Language language)
        where T : struct, Enum
    {
        bool de = language == Language.German;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn(de ? "Kategorie" : "Category");
        table.AddColumn(new TableColumn(de ? "Anzahl" : "Count").RightAligned());
        table.AddColumn(new TableColumn(de ? "Anteil" : "Share").RightAligned());
        foreach (var e in distribution.Entries)
        {
            table.AddRow(Markup.Escape(scheme.ConceptOf(e.Category).Label.In(language)), e.Count.ToString(CultureInfo.InvariantCulture), Share(e.Share, de));
        }
        if (distribution.Unknown > 0)
        {
            table.AddRow(de ? "unbekannt" : "unknown", distribution.Unknown.ToString(CultureInfo.InvariantCulture), string.Empty);
        }
        return table;
    }

    private static string[] Row(string label, int count, Fact<double> share, double survey, Fact<double> difference, bool de) =>
    [
        Markup.Escape(label),
        count.ToString(CultureInfo.InvariantCulture),
        Share(share, de),
        survey.ToString("0.00", CultureInfo.InvariantCulture),
        difference.IsKnown ? difference.Value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : (de ? "unbekannt" : "unknown"),
    ];

    private static string ArrangementId(CooperationRecord r) => r.Arrangement.IsKnown
        ? r.Arrangement.Value.Id
        : CooperationVocabulary.Levels.IdOf(r.Level) + "/?";

    private static string ToId(this CooperationTopic topic) => CooperationVocabulary.Topics.IdOf(topic);

    private static string Share(Fact<double> share, bool de) =>
        share.IsKnown ? share.Value.ToString("0.00", CultureInfo.InvariantCulture) : (de ? "unbekannt" : "unknown");

    private static string ComparisonText(Fact<MaturityComparison> comparison, bool de) => !comparison.IsKnown
        ? (de ? "offen (Form unbekannt)" : "open (form unknown)")
        : comparison.Value switch
        {
            MaturityComparison.Greater => de ? "höher" : "higher",
            MaturityComparison.Less => de ? "niedriger" : "lower",
            MaturityComparison.Equal => de ? "gleich" : "same",
            _ => de ? "nicht vergleichbar" : "incomparable",
        };

    private static string TruthText(Truth truth, bool de) => truth.Id switch
    {
        "yes" => de ? "ja" : "yes",
        "no" => de ? "nein" : "no",
        _ => de ? "unbekannt" : "unknown",
    };

    private static string Json(MunicipalityCooperation municipality, PortfolioAnalysis analysis, System.Collections.Immutable.ImmutableArray<CooperationTrajectory> trajectories)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersions.Current);
            w.WriteString("municipality", municipality.Name);
            w.WriteNumber("records", municipality.Records.Length);
            WriteDistribution(w, "byLevel", analysis.ByLevel, CooperationVocabulary.Levels);
            WriteDistribution(w, "byForm", analysis.ByForm, CooperationVocabulary.Forms);
            WriteDistribution(w, "byTopic", analysis.ByTopic, CooperationVocabulary.Topics);
            WriteDistribution(w, "byInitiator", analysis.ByInitiator, CooperationVocabulary.Initiators);
            w.WriteStartObject("survey");
            WriteProvenance(w, CooperationSurvey.Provenance);
            WriteComparisons(w, "eventForms", "form", analysis.EventForms, CooperationVocabulary.Forms);
            WriteComparisons(w, "projectForms", "form", analysis.ProjectForms, CooperationVocabulary.Forms);
            WriteComparisons(w, "initiators", "initiator", analysis.Initiators, CooperationVocabulary.Initiators);
            w.WriteEndObject();
            w.WriteStartArray("topicGaps");
            foreach (var g in analysis.TopicGaps)
            {
                w.WriteStartObject();
                w.WriteString("topic", g.Topic.ToId());
                w.WriteNumber("count", g.Count);
                w.WriteNumber("surveyTier", g.SurveyTier);
                CliJson.WriteIds(w, "exceededBy", g.ExceededBy.Select(static t => t.ToId()));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("trajectories");
            foreach (var t in trajectories)
            {
                WriteTrajectory(w, t);
            }
            w.WriteEndArray();
            w.WriteStartArray("setUp");
            foreach (var line in municipality.SetUp.CompareWithSurvey())
            {
                w.WriteStartObject();
                w.WriteString("figure", line.Figure.Id);
                w.WriteNumber("surveyShare", line.Figure.Share);
                if (line.Figure.Count.IsKnown)
                {
                    w.WriteNumber("surveyCount", line.Figure.Count.Value);
                }
                w.WriteString("inGroup", line.InGroup.Id);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTrajectory(Utf8JsonWriter w, CooperationTrajectory t)
    {
        w.WriteStartObject();
        w.WriteString("mo", t.Mo);
        w.WriteString("partner", t.PartnerName);
        w.WriteString("movesTowardsInstitutionalisation", t.MovesTowardsInstitutionalisation.Id);
        WriteDate(w, "firstAsDoorOpener", t.FirstAsDoorOpener);
        WriteDate(w, "firstJoint", t.FirstJoint);
        WriteDate(w, "firstInWorkingBody", t.FirstInWorkingBody);
        w.WriteStartArray("steps");
        foreach (var step in t.Steps)
        {
            w.WriteStartObject();
            w.WriteString("record", step.Record.Id);
            w.WriteString("start", LocalDatePattern.Iso.Format(step.Record.Period.Start));
            w.WriteString("end", LocalDatePattern.Iso.Format(step.Record.Period.End));
            w.WriteString("level", CooperationVocabulary.Levels.IdOf(step.Record.Level));
            if (step.Record.Form.IsKnown)
            {
                w.WriteString("form", CooperationVocabulary.Forms.IdOf(step.Record.Form.Value));
            }
            if (!step.IsFirst && step.ComparedWithPrevious.IsKnown)
            {
                w.WriteString("comparedWithPrevious", CooperationVocabulary.MaturityComparisons.IdOf(step.ComparedWithPrevious.Value));
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, Fact<LocalDate> date)
    {
        if (date.IsKnown)
        {
            w.WriteString(name, LocalDatePattern.Iso.Format(date.Value));
        }
    }

    private static void WriteProvenance(Utf8JsonWriter w, SurveyProvenance p)
    {
        w.WriteString("source", p.Source);
        w.WriteNumber("respondents", p.Respondents);
        w.WriteNumber("surveyYear", p.SurveyYear);
        w.WriteNumber("publicationYear", p.PublicationYear);
    }

    private static void WriteDistribution<T>(Utf8JsonWriter w, string name, Distribution<T> d, EnumScheme<T> scheme)
        where T : struct, Enum
    {
        w.WriteStartObject(name);
        w.WriteNumber("base", d.Base);
        w.WriteNumber("unknown", d.Unknown);
        w.WriteStartObject("counts");
        foreach (var e in d.Entries)
        {
            w.WriteNumber(scheme.IdOf(e.Category), e.Count);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteComparisons<T>(Utf8JsonWriter w, string name, string key, IEnumerable<ShareComparison<T>> comparisons, EnumScheme<T> scheme)
        where T : struct, Enum
    {
        w.WriteStartArray(name);
        foreach (var c in comparisons)
        {
            w.WriteStartObject();
            w.WriteString(key, scheme.IdOf(c.Category));
            w.WriteNumber("count", c.Observed.Count);
            if (c.Observed.Share.IsKnown)
            {
                w.WriteNumber("share", c.Observed.Share.Value);
                w.WriteNumber("difference", c.Difference.Value);
            }
            w.WriteNumber("surveyShare", c.Survey.Share);
            w.WriteString("surveyFigure", c.Survey.Figure.Id);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
