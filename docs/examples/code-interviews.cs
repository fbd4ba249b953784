#:project ../../src/MoDomain.Samples/MoDomain.Samples.csproj
#:property PublishAot=false
#:property ImplicitUsings=enable
// Code interviews against the MIKOSS functions: dotnet run docs/examples/code-interviews.cs
// Builds a codebook, codes a small fictional corpus with two coders, prints the 4 x 3 function x perspective
// matrix and where homemaking and service co-occur, measures the agreement of the two coders of the embedded sample
// corpus (Krippendorff's alpha per code and overall, Cohen's kappa), and exports a REFI-QDA project (.qdpx) and a tidy CSV.
using MoDomain.Coding;
using MoDomain.Coding.Agreement;
using MoDomain.Interop;
using MoDomain.Samples;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using NodaTime;

// 1. Codebook: the library's frameworks plus one code of our own.
var codebook = Codebook.Standard.WithCode("own:language-barrier", "Language barrier", "Sprachbarriere", colour: "#999999");

// 2. Corpus: two interviews, coded by two coders.
string homemaking = StandardCodes.Function(SocialSecurityFunction.Homemaking);
string service = StandardCodes.Function(SocialSecurityFunction.Service);
var corpus = Corpus.Create(codebook)
    .AddDocument("mo-01", "Hier fühlen sich alle zuhause. Nach dem Tee helfen wir beim Antrag auf Wohngeld.",
        new DocumentAttributes(Perspective.MigrantOrganisation, organisationId: "anadolu-kulturverein", interviewDate: new LocalDate(2025, 3, 4)))
    .AddDocument("pa-01", "Die Vereine erreichen Familien, die wir nicht erreichen. Die Sprachbarriere bleibt.",
        new DocumentAttributes(Perspective.PublicAdministration, AdministrativeRole.IntegrationAdministration, organisationId: "anadolu-kulturverein"))
    .CodeText("mo-01", "Hier fühlen sich alle zuhause.", StandardCodes.Indicator(FunctionIndicator.ArrivingFeelingAtHome), "coder-a")
    .CodeText("mo-01", "Hier fühlen sich alle zuhause.", homemaking, "coder-b")
    .CodeText("mo-01", "Hier fühlen sich alle zuhause. Nach dem Tee helfen wir beim Antrag auf Wohngeld.", service, "coder-a")
    .CodeText("mo-01", "Nach dem Tee helfen wir beim Antrag auf Wohngeld.", StandardCodes.Indicator(FunctionIndicator.SupportUsingServices), "coder-b")
    .CodeText("pa-01", "Die Vereine erreichen Familien, die wir nicht erreichen.", StandardCodes.Indicator(FunctionIndicator.ReferralAndAccess), "coder-a")
    .CodeText("pa-01", "Die Sprachbarriere bleibt.", "own:language-barrier", "coder-b");

// 3. Analyses: the MIKOSS matrix and the co-occurrence the report asks about.
var matrix = corpus.FunctionPerspectiveMatrix();
Console.WriteLine(matrix.Render(Language.German));
foreach (var hit in corpus.WhereHomemakingAndServiceCoOccur())
{
    Console.WriteLine($"homemaking + service in {hit.DocumentId}: \"{hit.OverlapText}\"");
}

// 4. Agreement input (unit x coder x code) for the agreement statistics.
var units = CodingUnits.Assignments(corpus, CodingUnitLevel.Document);
Console.WriteLine($"{units.Length} code assignments by {corpus.Coders.Length} coders on {corpus.Documents.Count} documents");

// 4b. Agreement between the two coders of the embedded sample corpus (six interviews): code presence per segment.
var sample = SampleCorpus.Corpus;
var sampleUnits = CodingUnits.Assignments(sample, CodingUnitLevel.Segment);
var presence = CodingReliability.Presence(
    sampleUnits,
    codes: sampleUnits.Select(u => u.CodeId).Distinct(),
    coders: [SampleCorpus.CoderA, SampleCorpus.CoderB],
    units: sampleUnits.Select(u => u.UnitKey).Distinct());
foreach (var (code, alpha) in presence.AlphaByCode())
{
    var kappa = CohensKappa.Compute(presence.ForCode(code));
    Console.WriteLine($"{code,-42} alpha {Show(alpha.Value, alpha.Status)}  kappa {Show(kappa.Value, kappa.Status)}");
}
var overallAlpha = presence.OverallAlpha();
var overallKappa = CohensKappa.Compute(presence.Overall);
Console.WriteLine($"{"overall",-42} alpha {Show(overallAlpha.Value, overallAlpha.Status)}  kappa {Show(overallKappa.Value, overallKappa.Status)}");

// 5. Exports into a temporary folder: REFI-QDA project for MAXQDA/ATLAS.ti/NVivo/QualCoder, tidy CSV for R/pandas.
string folder = Directory.CreateTempSubdirectory("modomain-interviews-").FullName;
RefiProject.WriteFile(corpus, Path.Combine(folder, "interviews.qdpx"));
CorpusCsv.WriteFile(corpus, Path.Combine(folder, "codings.csv"));
Console.WriteLine($"exported to {folder}");

// Pin the documented result so the script fails if the library changes behaviour.
bool ok = matrix.Segments(SocialSecurityFunction.Homemaking, Perspective.MigrantOrganisation) == 1
    && matrix.Segments(SocialSecurityFunction.Service, Perspective.MigrantOrganisation) == 1
    && matrix.Segments(SocialSecurityFunction.Hinge, Perspective.MigrantOrganisation) == 1
    && matrix.Segments(SocialSecurityFunction.Hinge, Perspective.PublicAdministration) == 1
    && corpus.WhereHomemakingAndServiceCoOccur().Length == 1
    && overallAlpha.IsDefined && Math.Abs(overallAlpha.Value!.Value - 0.5866) < 0.00005
    && overallKappa.IsDefined && Math.Abs(overallKappa.Value!.Value - 0.5856) < 0.00005
    && RefiProject.ReadFile(Path.Combine(folder, "interviews.qdpx")).Corpus.Codings.Count == corpus.Codings.Count;
Directory.Delete(folder, recursive: true);
if (!ok)
{
    Console.Error.WriteLine("unexpected result: the matrix, the agreement or the exports differ from the documented example");
    return 1;
}
return 0;

static string Show(double? value, AgreementStatus status) =>
    status == AgreementStatus.Defined ? value!.Value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) : status.ToString();
