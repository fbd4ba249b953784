#:project ../../src/MoDomain.Samples/MoDomain.Samples.csproj
#:property PublishAot=false
#:property ImplicitUsings=enable
// The whole study flow of a small interview study: dotnet run docs/examples/study-flow.cs
// 1. a codebook with a German coding guide (Kodierleitfaden: definition, anchor examples, coding rule), exported as
//    Markdown and CSV; 2. two transcripts imported with their speaker turns (an f4 text with timestamps and a WebVTT
//    file); 3. sentences as coding units, coded by three coders; 4. intercoder agreement on those units (Krippendorff's
//    alpha per code and overall, Fleiss' kappa, percent agreement); 5. the MIKOSS function x perspective matrix and code
//    frequencies by speaker role; 6. exports for QDA programs (REFI-QDA .qdpx) and for R/pandas (tidy CSV).
// The script ends with exit code 1 if a pinned figure changes.
using System.Globalization;
using MoDomain.Coding;
using MoDomain.Coding.Agreement;
using MoDomain.Coding.Transcripts;
using MoDomain.Interop;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using NodaTime;

// 1. Codebook: the library's frameworks plus one own code, each with a German guideline where the team wrote one.
var codebook = Codebook.Standard
    .WithCode("own:language-barrier", "Language barrier", "Sprachbarriere", colour: "#999999", guideline: new CodingGuideline(
        definition: "Äußerungen, nach denen fehlende Deutschkenntnisse den Zugang zu Leistungen erschweren.",
        anchorExamples: ["„Die Briefe vom Amt verstehen viele nicht.“ (mo-01)"],
        codingRule: "Nur kodieren, wenn die Sprache selbst als Hürde genannt wird; Probleme mit Fristen oder Formularen gehören zu service."))
    .WithGuideline("indicator:safe-space", new CodingGuideline(
        definition: "Die MO als geschützter Ort, an dem man Vertrauen fasst und offen sprechen kann.",
        anchorExamples: ["„Hier kann man über alles reden.“ (mo-01)"],
        codingRule: "Geselligkeit allein reicht nicht; es muss um Vertrauen oder Offenheit gehen."));
string folder = Directory.CreateTempSubdirectory("modomain-study-").FullName;
File.WriteAllText(Path.Combine(folder, "kodierleitfaden.md"), CodebookGuide.ToMarkdown(codebook, Language.German, onlyWithGuideline: true));
File.WriteAllText(Path.Combine(folder, "codebook.csv"), CodebookGuide.ToCsv(codebook));

// 2. Transcripts: an f4 transcript (I: interviewer, B: interviewee, a timestamp at the end of each paragraph) and
//    captions from a recording tool (WebVTT with voice tags).
const string f4 = """
    I: Was bedeutet der Verein für Sie? #00:00:03-5#

    B: Hier kann man über alles reden. Die Briefe vom Amt verstehen viele nicht. Dann helfen wir z. B. beim Antrag. #00:00:14-0#

    I: Und die Stadt? #00:00:16-2#

    B: Wir sitzen seit dem 3. Oktober im Integrationsbeirat. Dort sagen wir, was fehlt. #00:00:24-9#
    """;
const string vtt = """
    WEBVTT

    00:00:00.000 --> 00:00:02.000
    <v Interviewerin>Wie arbeiten Sie mit den Vereinen?

    00:00:02.500 --> 00:00:06.000
    <v Frau S.>Die Vereine bringen Familien in unsere Beratung. Die Sprachbarriere bleibt.

    00:00:06.000 --> 00:00:09.000
    <v Frau S.>Manche Vereine sind inzwischen selbst Mitglied im Verband.
    """;
var corpus = Corpus.Create(codebook)
    .AddTranscript("mo-01", TranscriptReader.Read(f4, sourceName: "mo-01.txt"),
        new DocumentAttributes(Perspective.MigrantOrganisation, organisationId: "anadolu-kulturverein", interviewDate: new LocalDate(2025, 3, 4), speakerId: "B01"))
    .AddTranscript("wf-01", TranscriptReader.Read(vtt, sourceName: "wf-01.vtt", options: new TranscriptOptions(
            roles: TranscriptOptions.DefaultRoles.SetItem("Frau S.", SpeakerRole.Interviewee))),
        new DocumentAttributes(Perspective.WelfareAssociation, organisationId: "anadolu-kulturverein", interviewDate: new LocalDate(2025, 3, 11), speakerId: "B02"));

// 3. Coding: the sentences of each turn are the units; three coders code them by quoting the sentence.
string safeSpace = StandardCodes.Indicator(FunctionIndicator.SafeSpace);
string formal = StandardCodes.Indicator(FunctionIndicator.FormalOffers);
string referral = StandardCodes.Indicator(FunctionIndicator.ReferralAndAccess);
string interests = StandardCodes.Indicator(FunctionIndicator.InterestRepresentation);
string membership = StandardCodes.Indicator(FunctionIndicator.WelfareAssociationMembership);
string barrier = "own:language-barrier";
(string Document, string Quote, string Code)[] shared =
[
    ("mo-01", "Hier kann man über alles reden.", safeSpace),
    ("mo-01", "Die Briefe vom Amt verstehen viele nicht.", barrier),
    ("mo-01", "Wir sitzen seit dem 3. Oktober im Integrationsbeirat.", interests),
    ("wf-01", "Die Vereine bringen Familien in unsere Beratung.", referral),
    ("wf-01", "Die Sprachbarriere bleibt.", barrier),
];
var own = new Dictionary<string, (string Document, string Quote, string Code)[]>
{
    ["coder-a"] = [("mo-01", "Dann helfen wir z. B. beim Antrag.", formal), ("mo-01", "Dort sagen wir, was fehlt.", interests), ("wf-01", "Manche Vereine sind inzwischen selbst Mitglied im Verband.", membership)],
    ["coder-b"] = [("mo-01", "Dann helfen wir z. B. beim Antrag.", formal), ("wf-01", "Manche Vereine sind inzwischen selbst Mitglied im Verband.", membership)],
    ["coder-c"] = [("mo-01", "Dann helfen wir z. B. beim Antrag.", referral), ("mo-01", "Dort sagen wir, was fehlt.", interests)],
};
foreach (var (coder, extra) in own)
{
    foreach (var (document, quote, code) in shared.Concat(extra))
    {
        corpus = corpus.CodeText(document, quote, code, coder);
    }
}

// 4. Agreement on the sentence units: every sentence is a unit, so sentences no coder coded count as agreed absences.
string[] coders = ["coder-a", "coder-b", "coder-c"];
var units = corpus.Documents.SelectMany(d => d.Units(SegmentationLevel.Sentence)).Select(s => CodingUnits.Key(s, CodingUnitLevel.Segment)).ToList();
var assignments = CodingUnits.Assignments(corpus, CodingUnitLevel.Segment);
var presence = CodingReliability.Presence(assignments, assignments.Select(a => a.CodeId).Distinct(), coders, units);
Console.WriteLine($"{units.Count} sentence units, {corpus.Codings.Count} codings by {coders.Length} coders");
foreach (var (code, alpha) in presence.AlphaByCode())
{
    Console.WriteLine($"  {code,-42} alpha {Show(alpha.Value, alpha.Status)}");
}
var overallAlpha = presence.OverallAlpha();
var fleiss = FleissKappa.Compute(presence.Overall);
var percent = PercentAgreement.Compute(presence.Overall);
Console.WriteLine($"  {"overall",-42} alpha {Show(overallAlpha.Value, overallAlpha.Status)}  Fleiss kappa {Show(fleiss.Value, fleiss.Status)}  agreement {Show(percent.Value, percent.Status)}");

// 5. Analyses: the MIKOSS matrix, frequencies by speaker role (indicators roll up to their functions), co-occurrence.
var matrix = corpus.FunctionPerspectiveMatrix();
Console.WriteLine(matrix.Render(Language.German));
foreach (var row in corpus.CodeFrequencies(FrequencyGrouping.SpeakerRole).Where(r => r.CodeId.StartsWith("function:", StringComparison.Ordinal)))
{
    Console.WriteLine($"  {row.Group,-12} {row.CodeId,-22} {row.Segments} segment(s)");
}
var coOccurrence = corpus.CoOccurrenceMatrix(["function:service", "function:hinge", barrier]);
Console.WriteLine($"service x hinge: {coOccurrence["function:service", "function:hinge"]} overlapping segment pair(s)");

// 6. Exports: REFI-QDA project for MAXQDA/ATLAS.ti/NVivo/QualCoder, tidy CSV for R and pandas.
RefiProject.WriteFile(corpus, Path.Combine(folder, "study.qdpx"));
CorpusCsv.WriteFile(corpus, Path.Combine(folder, "codings.csv"));
Console.WriteLine($"exported to {folder}");

// Pinned results: counts worked out by hand from the codings above; agreement figures as printed (three decimals).
var roles = corpus.CodeFrequencies(FrequencyGrouping.SpeakerRole);
bool ok = units.Count == 11
    && corpus.Document("mo-01").Turns.Length == 4
    && corpus.Document("wf-01").Turns.Length == 2
    && corpus.Document("wf-01").Turns[1].EndTime == Duration.FromSeconds(9)
    && matrix.Segments(SocialSecurityFunction.Service, Perspective.MigrantOrganisation) == 1
    && matrix.Segments(SocialSecurityFunction.Hinge, Perspective.MigrantOrganisation) == 1
    && matrix.Segments(SocialSecurityFunction.Advocacy, Perspective.MigrantOrganisation) == 2
    && matrix.Segments(SocialSecurityFunction.Service, Perspective.WelfareAssociation) == 1
    && roles.Contains(new CodeFrequency("interviewee", "function:advocacy", 2, 1))
    && roles.Contains(new CodeFrequency("interviewee", "function:hinge", 2, 2))
    && Math.Abs(overallAlpha.Value!.Value - 0.796) < 0.0005
    && Math.Abs(fleiss.Value!.Value - 0.795) < 0.0005
    && Math.Abs(percent.Value!.Value - 0.960) < 0.0005
    && !roles.Any(r => r.Group == "interviewer")
    && coOccurrence["function:service", "function:hinge"] == 1
    && overallAlpha.IsDefined && fleiss.IsDefined && percent.IsDefined
    && RefiProject.ReadFile(Path.Combine(folder, "study.qdpx")).Corpus.Codings.Count == corpus.Codings.Count
    && File.ReadAllText(Path.Combine(folder, "kodierleitfaden.md")).Contains("**Kodierregel:**", StringComparison.Ordinal);
Directory.Delete(folder, recursive: true);
if (!ok)
{
    Console.Error.WriteLine("unexpected result: the turns, units, matrix, frequencies or exports differ from the documented example");
    return 1;
}
return 0;

static string Show(double? value, AgreementStatus status) =>
    status == AgreementStatus.Defined ? value!.Value.ToString("F3", CultureInfo.InvariantCulture) : status.ToString();
