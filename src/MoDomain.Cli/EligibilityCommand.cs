using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>The <c>eligibility</c> command: evaluates a funding policy for funding cases at a date, with the next rung of
/// the default funding ladder.</summary>
/// <remarks>The default date is deterministic, never the clock: each case's profile date (<c>asOf</c>; for the embedded
/// sample 2026-01-01).</remarks>
public static class EligibilityCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error) => Create(output, error, CliProgress.ForStandardError(error));

    /// <summary>Creates the command with the given progress decision.</summary>
    internal static Command Create(TextWriter output, TextWriter error, CliProgress progress)
    {
        var file = CliInput.FileArgument("A JSON file with funding cases (a {\"schemaVersion\":1,\"fundingCases\":[…]} document or an array). Without it the embedded sample is evaluated.");
        var policy = new Option<string?>("--policy", "-p")
        {
            Description = $"A built-in policy id ({string.Join(", ", FundingPolicies.All.Select(p => p.Id))}) or a JSON policy file. Default: institutional-funding.",
        };
        var at = new Option<string?>("--at")
        {
            Description = "The evaluation date, yyyy-MM-dd, from 1800-01-01 to 2199-12-31. Default: each case's profile date (asOf; 2026-01-01 for the sample), never the clock.",
        };
        var funder = new Option<string?>("--funder")
        {
            Description = $"The funder applied to ({FundingVocabulary.Funders.KnownIds()}). Default: none (funder-specific requirements do not apply).",
        };
        var format = CliInput.FormatOption("table", "json", "csv");
        var raw = CliCsv.RawOption();
        var lang = CliInput.LanguageOption();
        var command = new Command("eligibility", "Evaluate a funding policy (eligible / not eligible / undetermined) per organisation with failing requirements, missing facts and the next rung of the funding ladder with its dates. Examples: 'modomain eligibility', 'modomain eligibility --policy youth-welfare-recognition --at 2026-09-01 --format json', 'modomain eligibility cases.json --funder land --format csv > eligibility.csv' (one row per organisation and requirement).")
        {
            file, policy, at, funder, format, lang, raw,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(file),
            parseResult.GetValue(policy),
            parseResult.GetValue(at),
            parseResult.GetValue(funder),
            parseResult.GetValue(format) ?? "table",
            CliInput.ResolveLanguage(parseResult.GetValue(lang)),
            parseResult.GetValue(raw),
            progress,
            output,
            error));
        return command;
    }

    private static int Execute(FileInfo? file, string? policyArg, string? atArg, string? funderArg, string format, Language language, bool raw, CliProgress progress, TextWriter output, TextWriter error)
    {
        LocalDate? at = null;
        if (atArg is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(atArg);
            if (!parsed.Success)
            {
                error.WriteLine($"error: --at '{atArg}' is not a date in the form yyyy-MM-dd.");
                return ExitCodes.UsageError;
            }
            if (!DateRange.ContainsEvaluation(parsed.Value))
            {
                error.WriteLine($"error: --at '{atArg}' lies outside the accepted evaluation dates ({DateRange.EvaluationText}).");
                return ExitCodes.UsageError;
            }
            at = parsed.Value;
        }
        FunderKind? funder = null;
        if (funderArg is not null)
        {
            if (!FundingVocabulary.Funders.TryParse(funderArg, out var f))
            {
                error.WriteLine($"error: unknown funder '{funderArg}'; {FundingVocabulary.Funders.Suggest(funderArg)} Known: {FundingVocabulary.Funders.KnownIds()}.");
                return ExitCodes.UsageError;
            }
            funder = f;
        }
        int status = ResolvePolicy(policyArg, error, out var policy);
        if (status != ExitCodes.Success)
        {
            return status;
        }
        status = CliInput.TryRead(file, FundingJson.ReadCases, SampleFunding.Cases, error, out var cases);
        if (status != ExitCodes.Success)
        {
            return status;
        }
        Row Analyse(FundingCase c)
        {
            var subject = new FundingSubject(c, at ?? c.Profile.AsOf, funder);
            return new Row(policy!.Evaluate(subject), FundingGapAnalysis.Analyse(subject));
        }
        switch (format)
        {
            case "json":
                progress.Stream("eligibility", cases, Analyse, rows => Json(rows, output));
                break;
            case "csv":
                output.Write(Csv(progress.Map("eligibility", cases, Analyse), language, raw));
                break;
            default:
                progress.Stream("eligibility", cases, Analyse, rows => CliInput.TableInChunks(rows, chunk => Table(chunk, language, output)));
                break;
        }
        return ExitCodes.Success;
    }

    private static int ResolvePolicy(string? arg, TextWriter error, out FundingPolicy? policy)
    {
        policy = FundingPolicies.InstitutionalFunding;
        if (arg is null)
        {
            return ExitCodes.Success;
        }
        if (FundingPolicies.TryGet(arg, out policy))
        {
            return ExitCodes.Success;
        }
        if (!File.Exists(arg))
        {
            var ids = FundingPolicies.All.Select(p => p.Id).ToArray();
            var close = ids.Where(id => id.StartsWith(arg.Length > 4 ? arg[..4] : arg, StringComparison.Ordinal)).ToArray();
            string hint = close.Length > 0 ? $" Did you mean {string.Join(" or ", close.Select(c => "'" + c + "'"))}?" : string.Empty;
            error.WriteLine($"error: --policy '{arg}' is neither a built-in policy nor an existing file.{hint} Built-in: {string.Join(", ", ids)}.");
            policy = null;
            return ExitCodes.UsageError;
        }
        var info = new FileInfo(arg);
        int status = CliInput.TryRead(info, FundingJson.ReadPolicy, FundingPolicies.InstitutionalFunding, error, out var read);
        policy = read;
        return status;
    }

    private static void Table(ImmutableArray<Row> rows, Language language, TextWriter output)
    {
        bool de = language == Language.German;
        var console = CliConsole.Create(output);
        if (rows.Length > 0)
        {
            console.WriteLine($"{rows[0].Result.Policy.Label.In(language)} ({rows[0].Result.Policy.Id})");
        }
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Organisation");
        table.AddColumn(CliConsole.IdColumn(de ? "Datum" : "Date"));
        table.AddColumn(de ? "Ergebnis" : "Outcome");
        table.AddColumn(de ? "Nicht erfüllt / offen" : "Failing / undetermined");
        table.AddColumn(de ? "Fehlende Fakten" : "Missing facts");
        table.AddColumn(CliConsole.IdColumn(de ? "Höchste Stufe" : "Highest rung"));
        table.AddColumn(de ? "Nächste Stufe: blockiert durch (erfüllt ab)" : "Next rung: blocked by (met from)");
        foreach (var row in rows)
        {
            var r = row.Result;
            string outcome = OutcomeText(r.Outcome, de);
            if (r.YouthWelfareStatus is { } s)
            {
                outcome += "\n" + FundingVocabulary.RecognitionStatuses.ConceptOf(s).Label.In(language);
            }
            var open = r.Requirements.Where(q => !q.Outcome.IsYes)
                .Select(q => $"{q.Requirement.Id} ({q.Outcome.Id}): {q.Evaluation.Explanation.In(language)}");
            table.AddRow(
                Markup.Escape(r.Subject.Case.Profile.Name),
                Iso(r.Subject.At),
                Markup.Escape(outcome),
                Markup.Escape(string.Join("\n", open)),
                Markup.Escape(string.Join(", ", r.MissingFacts)),
                Markup.Escape(row.Gap.HighestRungMet is { } h ? FundingVocabulary.Forms.IdOf(h.Form) : "–"),
                Markup.Escape(NextText(row.Gap, de)));
        }
        console.Write(table);
    }

    private static string NextText(FundingGap gap, bool de)
    {
        if (gap.NextRung is not { } next)
        {
            return de ? "– (oberste Stufe)" : "– (top rung)";
        }
        var lines = new List<string> { FundingVocabulary.Forms.IdOf(next.Form) + ":" };
        foreach (var b in gap.Blocking)
        {
            lines.Add($"  {b.Requirement.Id} ({b.Outcome.Id})" + (b.FirstDateMet is { } d ? (de ? $" ab {Iso(d)}" : $" from {Iso(d)}") : string.Empty));
        }
        return string.Join("\n", lines);
    }

    private static string OutcomeText(Truth t, bool de) => t.IsYes ? (de ? "förderfähig" : "eligible") : t.IsNo ? (de ? "nicht förderfähig" : "not eligible") : (de ? "unbestimmt" : "undetermined");

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // One row per organisation and requirement of the policy; the organisation's verdict and ladder position are
    // repeated on each of its rows. blocks_next_rung/first_date_met say whether the requirement also blocks the next
    // rung of the ladder and from when it would be met (empty when it does not block or no date is foreseeable).
    private static string Csv(ImmutableArray<Row> rows, Language language, bool raw) => CliCsv.Document(
        raw,
        ["organisation", "policy", "at", "eligible", "requirement", "label", "met", "missing_facts", "explanation", "highest_rung_met", "next_rung", "blocks_next_rung", "first_date_met"],
        rows.SelectMany(row => row.Result.Requirements.Select(q =>
        {
            var r = row.Result;
            var blocking = row.Gap.Blocking.FirstOrDefault(b => b.Requirement.Id == q.Requirement.Id);
            return (IReadOnlyList<string>)
            [
                r.Subject.Case.Profile.Name,
                r.Policy.Id,
                CliCsv.Date(r.Subject.At),
                CliCsv.Verdict(r.Outcome),
                q.Requirement.Id,
                q.Requirement.Label.In(language),
                CliCsv.Verdict(q.Outcome),
                CliCsv.Ids(q.Evaluation.MissingFacts),
                q.Evaluation.Explanation.In(language),
                row.Gap.HighestRungMet is { } h ? FundingVocabulary.Forms.IdOf(h.Form) : string.Empty,
                row.Gap.NextRung is { } n ? FundingVocabulary.Forms.IdOf(n.Form) : string.Empty,
                CliCsv.Verdict(blocking is not null),
                blocking?.FirstDateMet is { } d ? CliCsv.Date(d) : string.Empty,
            ];
        })));

    private static void Json(IEnumerable<Row> rows, TextWriter output) => CliJson.Write(output, "results", rows, static (w, row) =>
    {
        var r = row.Result;
        w.WriteString("organisation", r.Subject.Case.Profile.Name);
        w.WriteString("policy", r.Policy.Id);
        w.WriteString("at", Iso(r.Subject.At));
        w.WriteString("outcome", r.OutcomeId);
        if (r.YouthWelfareStatus is { } s)
        {
            w.WriteString("youthWelfareStatus", FundingVocabulary.RecognitionStatuses.IdOf(s));
        }
        w.WriteStartArray("requirements");
        foreach (var q in r.Requirements)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Requirement.Id);
            w.WriteString("outcome", q.Outcome.Id);
            w.WriteString("explanationEn", q.Evaluation.Explanation.English);
            w.WriteString("explanationDe", q.Evaluation.Explanation.German);
            CliJson.WriteIds(w, "missingFacts", q.Evaluation.MissingFacts);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        CliJson.WriteIds(w, "failing", r.Failing.Select(q => q.Requirement.Id));
        CliJson.WriteIds(w, "missingFacts", r.MissingFacts);
        WriteGap(w, row.Gap);
    });

    private static void WriteGap(Utf8JsonWriter w, FundingGap gap)
    {
        w.WriteStartObject("ladder");
        w.WriteString("id", gap.Ladder.Id);
        if (gap.HighestRungMet is { } h)
        {
            w.WriteString("highestRungMet", FundingVocabulary.Forms.IdOf(h.Form));
        }
        if (gap.NextRung is { } n)
        {
            w.WriteString("nextRung", FundingVocabulary.Forms.IdOf(n.Form));
            if (n.PolicyId is { } pid)
            {
                w.WriteString("nextRungPolicy", pid);
            }
        }
        w.WriteStartArray("blocking");
        foreach (var b in gap.Blocking)
        {
            w.WriteStartObject();
            w.WriteString("id", b.Requirement.Id);
            w.WriteString("outcome", b.Outcome.Id);
            if (b.FirstDateMet is { } d)
            {
                w.WriteString("firstDateMet", Iso(d));
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private sealed record Row(EligibilityResult Result, FundingGap Gap);
}
