using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using MoDomain.Cli.Report;
using MoDomain.Cooperation;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Objectives;
using MoDomain.Samples;
using MoDomain.SocialSecurity;

namespace MoDomain.Cli;

/// <summary>The <c>report</c> command: one self-contained HTML report (inline SVG charts, no scripts) for one organisation or the whole input.</summary>
public static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the HTML goes without <c>--out</c>.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = CliInput.FileArgument("A JSON file with organisation profiles (as for 'classify'). Without it the embedded sample is reported, with its objectives and function evidence.");
        var org = new Option<string?>("--org") { Description = "Report only this organisation: its id (for the sample: e.g. anadolu-kulturverein) or its exact name. Default: every organisation." };
        var outPath = new Option<FileInfo?>("--out", "-o") { CustomParser = CliInput.ParseFile, Description = "Write the report to this file (atomically: a temporary file in the same directory replaces it). Default: standard output." };
        var objectives = new Option<FileInfo?>("--objectives") { CustomParser = CliInput.ParseFile, Description = "A JSON file with objective profiles, matched to organisations by id (or a unique name). Default: the sample's, when no FILE is given." };
        var functions = new Option<FileInfo?>("--functions") { CustomParser = CliInput.ParseFile, Description = "A JSON file with function evidence profiles, matched to organisations by id (or a unique name). Default: the sample's, when no FILE is given." };
        var funding = new Option<FileInfo?>("--funding") { CustomParser = CliInput.ParseFile, Description = "A JSON file with funding cases (as for 'eligibility'), matched to organisations by id (or a unique name), for the funding ladder. Default: the sample's, when no FILE is given." };
        var cooperation = new Option<FileInfo?>("--cooperation") { CustomParser = CliInput.ParseFile, Description = "A JSON file with a municipality's cooperation (set-up and records, as for 'cooperation'); MO keys are matched to organisations by id (or a unique name). Default: the sample municipality's, when no FILE is given." };
        var lang = CliInput.LanguageOption();
        var command = new Command("report", "Write a self-contained HTML report (definitions with reasons, Preißler quadrant chart, function × perspective heatmap, funding, cooperation, reference figures) with inline SVG charts and data tables; no scripts, no external files. Examples: 'modomain report --out report.html', 'modomain report --org moscheegemeinde-am-hafen --lang de --out moschee.html'.")
        {
            file, org, outPath, objectives, functions, funding, cooperation, lang,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(file),
            parseResult.GetValue(org),
            parseResult.GetValue(outPath),
            parseResult.GetValue(objectives),
            parseResult.GetValue(functions),
            parseResult.GetValue(funding),
            parseResult.GetValue(cooperation),
            parseResult.GetValue(lang),
            output,
            error));
        return command;
    }

    private static int Execute(FileInfo? file, string? orgKey, FileInfo? outFile, FileInfo? objectivesFile, FileInfo? functionsFile, FileInfo? fundingFile, FileInfo? cooperationFile, string? lang, TextWriter output, TextWriter error)
    {
        int status = CliInput.TryRead(file, MoDomainJson.ReadProfiles, SampleData.Profiles, error, out var profiles);
        if (status != ExitCodes.Success)
        {
            return status;
        }
        ImmutableArray<ObjectiveProfile> objectiveProfiles = file is null ? SampleObjectives.Profiles : [];
        status = CliInput.TryRead(objectivesFile, ObjectivesJson.ReadProfiles, objectiveProfiles, error, out objectiveProfiles);
        if (status != ExitCodes.Success)
        {
            return status;
        }
        ImmutableArray<FunctionEvidenceProfile> evidenceProfiles = file is null ? SampleFunctionEvidence.Profiles : [];
        status = CliInput.TryRead(functionsFile, FunctionEvidenceJson.ReadProfiles, evidenceProfiles, error, out evidenceProfiles);
        if (status != ExitCodes.Success)
        {
            return status;
        }
        ImmutableArray<FundingCase> fundingCases = file is null ? SampleFunding.Cases : [];
        status = CliInput.TryRead(fundingFile, FundingJson.ReadCases, fundingCases, error, out fundingCases);
        if (status != ExitCodes.Success)
        {
            return status;
        }

        MunicipalityCooperation? cooperationData = file is null ? SampleCooperation.Municipality : null;
        status = CliInput.TryRead(cooperationFile, CooperationJson.ReadMunicipality, cooperationData, error, out cooperationData);
        if (status != ExitCodes.Success)
        {
            return status;
        }

        List<ReportOrganisation> organisations = file is null
            ? [.. SampleData.Organisations.Select(o => new ReportOrganisation(o.Profile, o.Id, o.Description))]
            : [.. profiles.Select(p => new ReportOrganisation(p))];
        if (organisations.Count == 0)
        {
            error.WriteLine($"error: {file?.FullName}: the file contains no organisation profile.");
            return ExitCodes.InvalidInput;
        }
        List<ReportOrganisation> allOrganisations = organisations;
        string subject = file is null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"embedded sample ({organisations.Count} organisations)")
            : file.Name;
        if (orgKey is not null)
        {
            ReportOrganisation? match = organisations.FirstOrDefault(o => string.Equals(o.Profile.Id, orgKey, StringComparison.Ordinal))
                ?? organisations.FirstOrDefault(o => string.Equals(o.SampleId, orgKey, StringComparison.Ordinal))
                ?? organisations.FirstOrDefault(o => string.Equals(o.Name, orgKey, StringComparison.Ordinal))
                ?? organisations.FirstOrDefault(o => string.Equals(o.Name, orgKey, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                string known = string.Join(", ", organisations.Select(o => o.Profile.Id));
                error.WriteLine($"error: unknown organisation '{orgKey}'. Known: {known}.");
                return ExitCodes.UsageError;
            }
            organisations = [match];
            subject = match.Name;
        }

        var language = CliInput.ResolveLanguage(lang);
        if (language == Vocabulary.Language.German && file is null && orgKey is null)
        {
            subject = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"eingebettetes Beispiel ({organisations.Count} Organisationen)");
        }
        // Every organisation of the input (not only --org's), so that a name shared by two organisations stays ambiguous.
        var index = new OrganisationIndex(allOrganisations.Select(o => o.Profile));
        var objectivesById = ById(index, objectiveProfiles, p => p.Organisation);
        var evidenceById = ById(index, evidenceProfiles, p => p.Organisation);
        HtmlReport report = HtmlReport.Standard(
            organisations,
            language,
            subject,
            o => objectivesById.GetValueOrDefault(o.Profile.Id),
            o => evidenceById.GetValueOrDefault(o.Profile.Id),
            funding: new FundingSection(FundingCharts.Provider(fundingCases, index)),
            cooperation: new CooperationSection(cooperationData is null ? null : CooperationCharts.Provider(cooperationData, index)));
        string html = report.Render();
        if (outFile is null)
        {
            output.Write(html);
            return ExitCodes.Success;
        }
        OutputFile.WriteText(outFile, html);
        return ExitCodes.Success;
    }

    // Links each item to the organisation its key refers to (id, or a name no other organisation has); the first item of
    // an organisation wins; items that refer to no organisation of the report are left out.
    private static Dictionary<string, T> ById<T>(OrganisationIndex index, ImmutableArray<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (T item in items)
        {
            if (index.TryFind(key(item), out OrganisationProfile? profile))
            {
                map.TryAdd(profile.Id, item);
            }
        }
        return map;
    }
}
