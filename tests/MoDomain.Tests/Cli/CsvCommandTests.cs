using System;
using System.Globalization;
using System.Linq;
using MoDomain.Cli;
using MoDomain.Coding;
using MoDomain.Cooperation;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Objectives;
using MoDomain.Samples;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using static MoDomain.Tests.Support.CsvTestSupport;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Cli;

/// <summary>
/// <c>--format csv</c> of objectives, functions, eligibility, cooperation, vocab and codebook: exact headers, one row
/// per organisation × item (counted from the library, not hard-coded), values that read back to the library's results.
/// </summary>
public sealed class CsvCommandTests
{
    private static string Csv(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal(string.Empty, error);
        Assert.EndsWith("\r\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\n\r\n", output.Replace("\"\r\n", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        return output;
    }

    private static double ParseNumber(string field) => double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Objectives_csv_has_one_row_per_organisation_and_cell_with_the_analysis_values()
    {
        string text = Csv("objectives", "--format", "csv", "--lang", "en");
        Assert.Equal(
            ["organisation", "cell", "label", "objectives", "objective_count", "weight", "share", "dominant", "inward_share", "explicit_share", "mainly_inward"],
            Parse(text)[0]);
        var records = Records(text);
        var analyses = SampleObjectives.Profiles.Select(p => p.Analyze()).ToArray();
        var cells = Enum.GetValues<ObjectiveCell>();
        Assert.Equal(analyses.Length * cells.Length, records.Count);
        int i = 0;
        foreach (var a in analyses)
        {
            foreach (var cell in cells)
            {
                var r = records[i++];
                Assert.Equal(a.Profile.Organisation, r["organisation"]);
                Assert.Equal(ObjectivesVocabulary.Cells.IdOf(cell), r["cell"]);
                Assert.Equal(ObjectivesVocabulary.Cells.ConceptOf(cell).Label.English, r["label"]);
                Assert.Equal(a.ObjectivesIn(cell).Select(o => ObjectivesVocabulary.Objectives.IdOf(o)), r["objectives"].Split(';', StringSplitOptions.RemoveEmptyEntries));
                Assert.Equal(a.CountIn(cell), int.Parse(r["objective_count"], CultureInfo.InvariantCulture));
                Assert.Equal(a.WeightIn(cell), ParseNumber(r["weight"]));
                if (a.ShareIn(cell).IsKnown)
                {
                    Assert.Equal(a.ShareIn(cell).Value, ParseNumber(r["share"]));
                    Assert.Equal(a.InwardShare.Value, ParseNumber(r["inward_share"]));
                }
                else
                {
                    Assert.Equal(string.Empty, r["share"]);
                }
                Assert.Equal(a.DominantCells.Contains(cell) ? "yes" : "no", r["dominant"]);
                Assert.Equal(a.IsMainlyInward.Id, r["mainly_inward"]);
            }
        }
    }

    [Fact]
    public void Functions_csv_has_one_row_per_organisation_and_function_with_strengths_and_perspectives()
    {
        string text = Csv("functions", "--format", "csv", "--lang", "de");
        Assert.Equal(
            ["organisation", "function", "label", "evidenced", "supporting_items", "contradicting_items", "supported_by", "contradicted_by", "disagreement"],
            Parse(text)[0]);
        var records = Records(text);
        var assessments = SampleFunctionEvidence.Profiles.Select(p => p.Assess()).ToArray();
        var functions = Enum.GetValues<SocialSecurityFunction>();
        Assert.Equal(assessments.Length * functions.Length, records.Count);
        int i = 0;
        foreach (var a in assessments)
        {
            foreach (var f in functions)
            {
                var r = records[i++];
                Assert.Equal(a.Organisation, r["organisation"]);
                Assert.Equal(SocialSecurityVocabulary.Functions.IdOf(f), r["function"]);
                Assert.Equal(SocialSecurityVocabulary.Functions.ConceptOf(f).Label.German, r["label"]);
                Assert.Equal(a.IsEvidenced(f) ? "yes" : "no", r["evidenced"]);
                Assert.Equal(a.Strength(f), int.Parse(r["supporting_items"], CultureInfo.InvariantCulture));
                Assert.Equal(a.Contradictions(f), int.Parse(r["contradicting_items"], CultureInfo.InvariantCulture));
                Assert.Equal(a.SupportingPerspectives(f).Select(p => SocialSecurityVocabulary.Perspectives.IdOf(p)), r["supported_by"].Split(';', StringSplitOptions.RemoveEmptyEntries));
                Assert.Equal(a.Disagreements.Any(d => d.Function == f) ? "yes" : "no", r["disagreement"]);
            }
        }
        Assert.Contains(records, r => r["evidenced"] == "yes");
    }

    [Theory]
    [InlineData("institutional-funding", null)]
    [InlineData("youth-welfare-recognition", "2026-09-01")]
    [InlineData("project-eligibility", "2030-01-01")]
    public void Eligibility_csv_has_one_row_per_organisation_and_requirement_with_verdicts_and_dates(string policyId, string? at)
    {
        string[] args = at is null
            ? ["eligibility", "--policy", policyId, "--format", "csv", "--lang", "en"]
            : ["eligibility", "--policy", policyId, "--at", at, "--format", "csv", "--lang", "en"];
        string text = Csv(args);
        Assert.Equal(
            ["organisation", "policy", "at", "eligible", "requirement", "label", "met", "missing_facts", "explanation", "highest_rung_met", "next_rung", "blocks_next_rung", "first_date_met"],
            Parse(text)[0]);
        var records = Records(text);
        Assert.True(FundingPolicies.TryGet(policyId, out var policy));
        var expected = SampleFunding.Cases
            .Select(c => new FundingSubject(c, at is null ? c.Profile.AsOf : NodaTime.Text.LocalDatePattern.Iso.Parse(at).Value, funder: null))
            .Select(s => (Result: policy!.Evaluate(s), Gap: FundingGapAnalysis.Analyse(s)))
            .SelectMany(x => x.Result.Requirements.Select(q => (x.Result, x.Gap, Requirement: q)))
            .ToArray();
        Assert.Equal(expected.Length, records.Count);
        foreach (var (e, r) in expected.Zip(records))
        {
            Assert.Equal(e.Result.Subject.Case.Profile.Name, r["organisation"]);
            Assert.Equal(policyId, r["policy"]);
            Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Format(e.Result.Subject.At), r["at"]);
            Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", r["at"]);
            Assert.Equal(e.Result.Outcome.Id, r["eligible"]);
            Assert.Equal(e.Requirement.Requirement.Id, r["requirement"]);
            Assert.Equal(e.Requirement.Outcome.Id, r["met"]);
            Assert.Equal(e.Requirement.Evaluation.MissingFacts, r["missing_facts"].Split(';', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(e.Requirement.Evaluation.Explanation.English, r["explanation"]);
            var blocking = e.Gap.Blocking.FirstOrDefault(b => b.Requirement.Id == e.Requirement.Requirement.Id);
            Assert.Equal(blocking is null ? "no" : "yes", r["blocks_next_rung"]);
            Assert.Equal(blocking?.FirstDateMet is { } d ? NodaTime.Text.LocalDatePattern.Iso.Format(d) : string.Empty, r["first_date_met"]);
            Assert.Equal(e.Gap.NextRung is { } n ? FundingVocabulary.Forms.IdOf(n.Form) : string.Empty, r["next_rung"]);
        }
        Assert.All(records, r => Assert.Contains(r["eligible"], new[] { "yes", "no", "unknown" }));
        Assert.All(records, r => Assert.Contains(r["met"], new[] { "yes", "no", "unknown" }));
    }

    [Fact]
    public void Cooperation_csv_has_one_row_per_trajectory_step()
    {
        string text = Csv("cooperation", "--format", "csv", "--lang", "en");
        Assert.Equal(
            ["municipality", "mo", "partner", "moves_towards_institutionalisation", "step", "record", "title", "start", "end", "level", "label", "form", "arrangement", "roles", "compared_with_previous"],
            Parse(text)[0]);
        var records = Records(text);
        var municipality = SampleCooperation.Municipality;
        var steps = municipality.Portfolio.Trajectories()
            .SelectMany(t => t.Steps.Select((s, i) => (Trajectory: t, Step: s, Index: i + 1)))
            .ToArray();
        Assert.Equal(steps.Length, records.Count);
        Assert.NotEmpty(steps);
        foreach (var (e, r) in steps.Zip(records))
        {
            Assert.Equal(municipality.Name, r["municipality"]);
            Assert.Equal(e.Trajectory.Mo, r["mo"]);
            Assert.Equal(e.Trajectory.PartnerName, r["partner"]);
            Assert.Equal(e.Trajectory.MovesTowardsInstitutionalisation.Id, r["moves_towards_institutionalisation"]);
            Assert.Equal(e.Index, int.Parse(r["step"], CultureInfo.InvariantCulture));
            Assert.Equal(e.Step.Record.Id, r["record"]);
            Assert.Equal(e.Step.Record.Title, r["title"]);
            Assert.Equal(e.Step.Record.Period.Start, NodaTime.Text.LocalDatePattern.Iso.Parse(r["start"]).Value);
            Assert.Equal(e.Step.Record.Period.End, NodaTime.Text.LocalDatePattern.Iso.Parse(r["end"]).Value);
            Assert.Equal(CooperationVocabulary.Levels.IdOf(e.Step.Record.Level), r["level"]);
            Assert.Equal(CooperationVocabulary.Levels.ConceptOf(e.Step.Record.Level).Label.English, r["label"]);
            string comparison = e.Step.IsFirst ? string.Empty
                : e.Step.ComparedWithPrevious.IsKnown ? CooperationVocabulary.MaturityComparisons.IdOf(e.Step.ComparedWithPrevious.Value) : "unknown";
            Assert.Equal(comparison, r["compared_with_previous"]);
        }
    }

    [Fact]
    public void Vocab_list_csv_has_one_row_per_scheme_and_export_one_row_per_concept()
    {
        string list = Csv("vocab", "list", "--format", "csv");
        Assert.Equal(["scheme", "label_en", "label_de", "concepts", "source"], Parse(list)[0]);
        var schemes = Records(list);
        Assert.Equal(VocabularyCatalog.All.Select(s => s.Id), schemes.Select(r => r["scheme"]));
        Assert.Equal(VocabularyCatalog.All.Select(s => s.Concepts.Length), schemes.Select(r => int.Parse(r["concepts"], CultureInfo.InvariantCulture)));

        foreach (ConceptScheme scheme in VocabularyCatalog.All)
        {
            string text = Csv("vocab", "export", "--scheme", scheme.Id, "--format", "csv");
            Assert.Equal(["scheme", "id", "label_en", "label_de", "broader", "source", "description"], Parse(text)[0]);
            var records = Records(text);
            Assert.Equal(scheme.Concepts.Length, records.Count);
            foreach (var (concept, r) in scheme.Concepts.Zip(records))
            {
                Assert.Equal(scheme.Id, r["scheme"]);
                Assert.Equal(concept.Id, r["id"]);
                Assert.Equal(concept.Label.English, r["label_en"]);
                Assert.Equal(concept.Label.German, r["label_de"]);
                Assert.Equal(concept.Broader ?? string.Empty, r["broader"]);
                Assert.Equal(concept.Source, r["source"]);
                Assert.Equal(concept.Description, r["description"]);
            }
        }
    }

    [Fact]
    public void Codebook_csv_has_one_row_per_code_and_is_written_atomically_with_out()
    {
        string text = Csv("codebook", "export", "--format", "csv");
        Assert.Equal(["id", "parent", "depth", "label_en", "label_de", "codable", "source", "colour", "description"], Parse(text)[0]);
        var records = Records(text);
        Codebook codebook = SampleCorpus.Codebook;
        Assert.Equal(codebook.Count, records.Count);
        foreach (var (code, r) in codebook.Codes.Zip(records))
        {
            Assert.Equal(code.Id, r["id"]);
            Assert.Equal(code.ParentId ?? string.Empty, r["parent"]);
            Assert.Equal(codebook.DepthOf(code.Id), int.Parse(r["depth"], CultureInfo.InvariantCulture));
            Assert.Equal(code.Label.English, r["label_en"]);
            Assert.Equal(code.Label.German, r["label_de"]);
            Assert.Equal(code.IsCodable ? "yes" : "no", r["codable"]);
            Assert.Equal(code.Description ?? string.Empty, r["description"]);
        }

        string folder = System.IO.Directory.CreateTempSubdirectory("modomain-csv-").FullName;
        string path = System.IO.Path.Combine(folder, "codes.csv");
        var (exit, output, _) = Run("codebook", "export", "--format", "csv", "--out", path);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("wrote", output);
        Assert.Equal(text, System.IO.File.ReadAllText(path));
    }

    [Theory]
    [InlineData("vocab", "list")]
    [InlineData("codebook", "export")]
    [InlineData("classify")]
    public void Language_free_csv_is_the_same_in_both_languages(params string[] command)
    {
        string[] En(string lang) => [.. command, "--format", "csv", .. command[0] == "vocab" ? Array.Empty<string>() : ["--lang", lang]];
        Assert.Equal(Csv(En("en")), Csv(En("de")));
    }

    [Theory]
    [InlineData("objectives")]
    [InlineData("functions")]
    [InlineData("eligibility")]
    [InlineData("cooperation")]
    public void Only_the_label_and_explanation_columns_change_with_the_language(string command)
    {
        string[][] en = Parse(Csv(command, "--format", "csv", "--lang", "en"));
        string[][] de = Parse(Csv(command, "--format", "csv", "--lang", "de"));
        Assert.Equal(en.Length, de.Length);
        string[] languageColumns = ["label", "explanation"];
        for (int c = 0; c < en[0].Length; c++)
        {
            if (!languageColumns.Contains(en[0][c]))
            {
                Assert.Equal(en.Select(r => r[c]), de.Select(r => r[c]));
            }
        }
    }
}
