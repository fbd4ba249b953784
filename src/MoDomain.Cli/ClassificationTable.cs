using System.Collections.Generic;
using System.IO;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>Renders classification reports as a Spectre.Console table (rendering only: nothing is recomputed).</summary>
internal static class ClassificationTable
{
    internal static void Render(IReadOnlyList<ClassificationReport> reports, Language language, TextWriter output)
    {
        bool de = language == Language.German;
        var console = CliConsole.Create(output);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(de ? "Organisation" : "Organisation");
        table.AddColumn(CliConsole.IdColumn("Definition"));
        table.AddColumn(de ? "Urteil" : "Verdict");
        table.AddColumn(de ? "Nicht erfüllt / offen" : "Not met / undetermined");
        table.AddColumn(de ? "Fehlende Fakten" : "Missing facts");
        table.AddColumn(de ? "Selbstverständnis" : "Self-identification");
        table.AddColumn(de ? "Begriffscontainer" : "Container term");
        foreach (var report in reports)
        {
            string self = report.SelfIdentification.IsKnown ? DefinitionsVocabulary.SelfIdentifications.ConceptOf(report.SelfIdentification.Value).Label.In(language) : (de ? "unbekannt" : "unknown");
            bool first = true;
            foreach (var c in report.Classifications)
            {
                var open = c.Evaluation.Parts.Where(p => !p.Outcome.IsYes).Select(p => $"{p.RuleId} ({Verdict(p.Outcome, de)}): {p.Explanation.In(language)}");
                table.AddRow(
                    Markup.Escape(first ? report.Profile.Name : string.Empty),
                    Markup.Escape(c.Definition.Id),
                    Markup.Escape(Verdict(c.Verdict, de)),
                    Markup.Escape(string.Join("\n", open)),
                    Markup.Escape(string.Join(", ", c.Evaluation.MissingFacts)),
                    Markup.Escape(first ? self : string.Empty),
                    Markup.Escape(first ? Verdict(report.ContainerTerm.Outcome, de) : string.Empty));
                first = false;
            }
        }
        console.Write(table);
    }

    private static string Verdict(Truth outcome, bool de) => outcome.Id switch
    {
        "yes" => de ? "erfüllt" : "meets",
        "no" => de ? "nicht erfüllt" : "does not meet",
        _ => de ? "offen" : "undetermined",
    };
}
