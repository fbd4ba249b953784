using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using MoDomain.Reference;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>The <c>reference</c> command: the survey figures and rankings of the sources with their provenance.</summary>
public static class ReferenceCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var topic = new Option<string?>("--topic", "-t") { Description = $"Only this topic: {ReferenceData.Topics.KnownIds()}." };
        var format = CliInput.FormatOption("table", "json", "csv");
        var raw = CliCsv.RawOption();
        var lang = CliInput.LanguageOption();
        var command = new Command("reference", "Show the survey figures (value, n, survey year, publication year, source) and the rankings the sources state, ties kept. Examples: 'modomain reference --topic cooperation-forms', 'modomain reference --format csv > figures.csv' (CSV: one row per figure; the rankings are in the table and JSON).")
        {
            topic, format, lang, raw,
        };
        command.SetAction(parseResult =>
        {
            string? topicId = parseResult.GetValue(topic);
            if (topicId is not null && !ReferenceData.Topics.Contains(topicId))
            {
                error.WriteLine($"error: unknown topic '{topicId}'{SuggestionText(topicId)}. Known topics: {ReferenceData.Topics.KnownIds()}.");
                return ExitCodes.UsageError;
            }

            ImmutableArray<ReferenceFigure> figures = topicId is null ? ReferenceData.Figures : ReferenceData.FiguresOn(topicId);
            ImmutableArray<ReferenceRanking> rankings = topicId is null ? ReferenceData.Rankings : ReferenceData.RankingsOn(topicId);
            Language language = CliInput.ResolveLanguage(parseResult.GetValue(lang));
            if (parseResult.GetValue(format) == "json")
            {
                output.WriteLine(Json(figures, rankings));
            }
            else if (parseResult.GetValue(format) == "csv")
            {
                output.Write(Csv(figures, parseResult.GetValue(raw)));
            }
            else
            {
                Table(figures, rankings, language, output);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string SuggestionText(string id)
    {
        ImmutableArray<string> suggestions = ReferenceData.Topics.SuggestIds(id);
        return suggestions.IsEmpty ? string.Empty : $" (did you mean '{suggestions[0]}'?)";
    }

    private static string Year(Fact<int> year) => year.TryGetValue(out int y) ? y.ToString(CultureInfo.InvariantCulture) : "–";

    private static void Table(ImmutableArray<ReferenceFigure> figures, ImmutableArray<ReferenceRanking> rankings, Language language, TextWriter output)
    {
        bool de = language == Language.German;
        var console = CliConsole.Create(output);
        if (!figures.IsEmpty)
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn(new TableColumn("id").NoWrap());
            table.AddColumn(new TableColumn(de ? "Thema" : "Topic").NoWrap());
            table.AddColumn(de ? "Was gemessen wird" : "Measures");
            table.AddColumn(new TableColumn(de ? "Wert" : "Value").NoWrap());
            table.AddColumn(de ? "Erhebung" : "Survey year");
            table.AddColumn(de ? "Veröffentlicht" : "Published");
            table.AddColumn(de ? "Quelle" : "Source");
            foreach (ReferenceFigure f in figures)
            {
                table.AddRow(
                    Markup.Escape(f.Id),
                    Markup.Escape(f.Topic),
                    Markup.Escape(f.Measures.In(language)),
                    Markup.Escape(f.Format(language)),
                    Year(f.Survey.SurveyYear),
                    Year(f.Survey.PublicationYear),
                    Markup.Escape(f.Source));
            }

            console.Write(table);
        }

        foreach (ReferenceRanking r in rankings)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{r.Id}: {r.Measures.In(language)} ({r.Source})"));
            table.AddColumn(de ? "Rang" : "Rank");
            table.AddColumn(de ? "Gleichauf (ids)" : "Tied (ids)");
            for (int i = 0; i < r.Tiers.Length; i++)
            {
                table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", r.Tiers[i])));
            }

            console.Write(table);
        }
    }

    // The figures, one row each (rankings are tiers, not rows: use JSON for them).
    private static string Csv(ImmutableArray<ReferenceFigure> figures, bool raw) => CliCsv.Document(
        raw,
        ["id", "topic", "measures_en", "measures_de", "value", "unit", "n", "approximate", "survey", "survey_year", "publication_year", "source"],
        figures.Select(f => (IReadOnlyList<string>)
        [
            f.Id,
            f.Topic,
            f.Measures.English,
            f.Measures.German,
            f.Value.ToString(CultureInfo.InvariantCulture),
            f.Unit == FigureUnit.Percent ? "percent" : "count",
            f.N.TryGetValue(out int n) ? n.ToString(CultureInfo.InvariantCulture) : string.Empty,
            f.IsApproximate ? "true" : "false",
            f.Survey.Id,
            f.Survey.SurveyYear.TryGetValue(out int y) ? y.ToString(CultureInfo.InvariantCulture) : string.Empty,
            f.Survey.PublicationYear.TryGetValue(out int p) ? p.ToString(CultureInfo.InvariantCulture) : string.Empty,
            f.Source,
        ]));

    private static string Json(ImmutableArray<ReferenceFigure> figures, ImmutableArray<ReferenceRanking> rankings)
    {
        IEnumerable<object> items = figures.Cast<object>().Concat(rankings);
        return CliJson.Document("references", items, static (w, item) =>
        {
            if (item is ReferenceFigure f)
            {
                w.WriteString("kind", "figure");
                w.WriteString("id", f.Id);
                w.WriteString("topic", f.Topic);
                WriteText(w, "measures", f.Measures);
                w.WriteNumber("value", f.Value);
                w.WriteString("unit", f.Unit == FigureUnit.Percent ? "percent" : "count");
                WriteFact(w, "n", f.N);
                w.WriteBoolean("approximate", f.IsApproximate);
                WriteSurvey(w, f.Survey);
            }
            else if (item is ReferenceRanking r)
            {
                w.WriteString("kind", "ranking");
                w.WriteString("id", r.Id);
                w.WriteString("topic", r.Topic);
                WriteText(w, "measures", r.Measures);
                w.WriteString("itemScheme", r.ItemScheme);
                w.WriteStartArray("tiers");
                foreach (ImmutableArray<string> tier in r.Tiers)
                {
                    w.WriteStartArray();
                    foreach (string id in tier)
                    {
                        w.WriteStringValue(id);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndArray();
                WriteSurvey(w, r.Survey);
            }
        });
    }

    private static void WriteText(Utf8JsonWriter w, string name, LocalizedText text)
    {
        w.WriteStartObject(name);
        w.WriteString("en", text.English);
        w.WriteString("de", text.German);
        w.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter w, string name, Fact<int> fact)
    {
        if (fact.TryGetValue(out int value))
        {
            w.WriteNumber(name, value);
        }

        // Unknown is written as an absent property, as in every MoDomain JSON contract.
    }

    private static void WriteSurvey(Utf8JsonWriter w, ReferenceSurvey s)
    {
        w.WriteString("survey", s.Id);
        WriteFact(w, "surveyYear", s.SurveyYear);
        WriteFact(w, "publicationYear", s.PublicationYear);
        w.WriteString("source", s.Source);
    }
}
