using System.Globalization;
using MoDomain.Definitions;
using MoDomain.Rules;

namespace MoDomain.Cli.Report;

/// <summary>Words the sections share: verdicts, truth values, shares, self-identification.</summary>
public static class ReportText
{
    /// <summary>Gets the verdict word for a definition outcome: meets / does not meet / undetermined.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="scope">The scope (language).</param>
    /// <returns>The word.</returns>
    public static string Verdict(Truth outcome, ReportScope scope) => outcome.Id switch
    {
        "yes" => scope.T("meets", "erfüllt"),
        "no" => scope.T("does not meet", "nicht erfüllt"),
        _ => scope.T("undetermined", "offen"),
    };

    /// <summary>Gets yes / no / unknown in the report language.</summary>
    /// <param name="truth">The truth value.</param>
    /// <param name="scope">The scope (language).</param>
    /// <returns>The word.</returns>
    public static string Truth(Truth truth, ReportScope scope) => truth.Id switch
    {
        "yes" => scope.T("yes", "ja"),
        "no" => scope.T("no", "nein"),
        _ => scope.T("unknown", "unbekannt"),
    };

    /// <summary>Gets the CSS class of a truth value: <c>yes</c>, <c>no</c> or <c>unknown</c> (the text says the same; colour is only a second cue).</summary>
    /// <param name="truth">The truth value.</param>
    /// <returns>The class.</returns>
    public static string Class(Truth truth) => "truth-" + truth.Id;

    /// <summary>Formats a share as a percentage with no decimals, or "unknown".</summary>
    /// <param name="share">The share in [0, 1].</param>
    /// <param name="scope">The scope (language).</param>
    /// <returns>The text, e.g. <c>45 %</c>.</returns>
    public static string Share(Fact<double> share, ReportScope scope) =>
        share.TryGetValue(out double v) ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : scope.T("unknown", "unbekannt");

    /// <summary>Gets the label of a self-identification, or "unknown".</summary>
    /// <param name="self">The self-identification.</param>
    /// <param name="scope">The scope (language).</param>
    /// <returns>The label.</returns>
    public static string SelfIdentification(Fact<SelfIdentification> self, ReportScope scope) =>
        self.TryGetValue(out var value) ? DefinitionsVocabulary.SelfIdentifications.ConceptOf(value).Label.In(scope.Language) : scope.T("unknown (not recorded)", "unbekannt (nicht erfasst)");
}
